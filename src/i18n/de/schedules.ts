import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const num = (value: number) => formatNumber(value, 'de')

export const schedules: Messages['schedules'] = {
  page: {
    title: 'Zeitpläne',
    description:
      'Führe Konsolenbefehle, Energieaktionen und Backups nach Zeitplan aus. Das Panel liest die Zeiten auf seiner eigenen Uhr ({zone}).',
    create: 'Neuer Zeitplan',
    listLabel: 'Zeitpläne',
    loading: 'Zeitpläne werden geladen …',
    loadError: 'Die Zeitpläne konnten nicht geladen werden',
  },
  empty: {
    title: 'Noch keine Zeitpläne',
    description:
      'Ein Zeitplan führt seine Aufgaben – einen Befehl, eine Energieaktion oder ein Backup – zu den Zeiten aus, die du wählst, zum Beispiel jede Nacht einen Neustart.',
  },
  status: {
    active: 'Aktiv',
    inactive: 'Inaktiv',
    processing: 'Läuft',
  },
  row: {
    nextRun: 'Nächster Lauf',
    lastRun: 'Letzter Lauf',
    never: 'Nie',
    notScheduled: 'Nicht geplant',
    overdue: 'Fällig – wartet',
    inactiveNext: 'Pausiert',
    processingSince: 'Läuft seit',
    stuckHint: 'Hängt er? Schalte den Zeitplan aus und wieder ein, um ihn zurückzusetzen.',
    tasks: (count) => plural('de', count, { one: '1 Aufgabe', other: `${num(count)} Aufgaben` }),
    noTasksHint: 'Keine Aufgaben: Das Panel überspringt diesen Zeitplan, bis er eine hat.',
    yourTime: (time) => `deine Zeit: ${time}`,
  },
  stuck: {
    title: 'Läuft noch',
    description:
      'Ein Lauf endet normalerweise wenige Minuten nach seiner letzten Aufgabe. Hängt er fest (etwa weil der Queue-Worker des Panels angehalten wurde), schalte den Zeitplan aus und wieder ein: Das setzt ihn zurück.',
  },
  form: {
    createTitle: 'Neuer Zeitplan',
    editTitle: 'Zeitplan bearbeiten',
    description: 'Wähle, wann er läuft; seine Aufgaben fügst du auf der nächsten Seite hinzu.',
    name: 'Name',
    nameRequired: 'Gib einen Namen ein.',
    nameTooLong: (max) => `Verwende höchstens ${num(max)} Zeichen.`,
    when: 'Wann',
    presets: {
      hourly: 'Jede Stunde',
      daily: 'Jeden Tag um …',
      weekly: 'Jede Woche am …',
      everyMinutes: 'Alle paar Minuten',
      custom: 'Eigene Angabe (Cron-Felder)',
    },
    atMinute: 'In Minute',
    atTime: 'Um',
    onDay: 'Am',
    every: 'Alle',
    minutes: (count) => plural('de', count, { one: 'Minute', other: `${num(count)} Minuten` }),
    expert: 'Cron-Felder',
    expertHint:
      'Für Fortgeschrittene: die fünf Felder eines Cron-Ausdrucks, so wie das Panel sie speichert. Passt keine Vorlage mehr, wechselt die Auswahl auf „Eigene Angabe“.',
    fields: {
      minute: 'Minute',
      hour: 'Stunde',
      dayOfMonth: 'Tag im Monat',
      month: 'Monat',
      dayOfWeek: 'Wochentag',
    },
    fieldHints: {
      minute: '0–59',
      hour: '0–23',
      dayOfMonth: '1–31',
      month: '1–12',
      dayOfWeek: '0–6, So = 0',
    },
    fieldRequired: 'Pflichtfeld.',
    fieldInvalid: 'Kein gültiger Wert für dieses Feld.',
    cronInvalid: 'Das Panel kann diesen Ausdruck nicht lesen: Prüfe die markierten Felder.',
    preview: 'Was das bedeutet',
    previewInvalid: 'Korrigiere die markierten Felder, um zu sehen, wann er läuft.',
    nextRuns: 'Die nächsten fünf Läufe',
    panelTime: (zone) => `Panel-Zeit (${zone})`,
    browserTime: (zone) => `Deine Zeit (${zone})`,
    offsetUnknown:
      'Das Panel verrät seine Zeitzone mit dem ersten gespeicherten Zeitplan; bis dahin wird UTC angenommen.',
    active: 'Aktiv',
    activeHint: 'Inaktive Zeitpläne laufen nicht von selbst; „Jetzt ausführen“ geht trotzdem.',
    onlyWhenOnline: 'Nur wenn der Server online ist',
    onlyWhenOnlineHint: 'Überspringt einen Lauf, solange der Server aus ist oder stoppt.',
    save: 'Speichern',
    create: 'Zeitplan erstellen',
    saved: 'Zeitplan gespeichert.',
  },
  detail: {
    back: 'Alle Zeitpläne',
    loading: 'Zeitplan wird geladen …',
    loadError: 'Dieser Zeitplan konnte nicht geladen werden',
    notFound: 'Diesen Zeitplan gibt es nicht mehr.',
    expression: 'Ausdruck',
    onlyWhenOnline: 'Läuft nur, wenn der Server online ist',
    edit: 'Bearbeiten',
    runNow: 'Jetzt ausführen',
    runNowHint:
      'Führt die erste Aufgabe sofort aus, ohne ihre Wartezeit, danach die anderen der Reihe nach.',
    started:
      'Gestartet: Die erste Aufgabe ist gelaufen; die übrigen folgen nach ihren Wartezeiten.',
    runNeedsTasks: 'Füge zuerst eine Aufgabe hinzu.',
    delete: 'Löschen',
    deleteTitle: (name) => `„${name}“ löschen?`,
    deleteDescription:
      'Der Zeitplan und seine Aufgaben werden entfernt. Ein laufender Durchgang endet vor seiner nächsten Aufgabe.',
    deleteConfirm: 'Zeitplan löschen',
    deleted: (name) => `Zeitplan „${name}“ gelöscht.`,
  },
  tasks: {
    title: 'Aufgaben',
    description:
      'Laufen nacheinander, in dieser Reihenfolge. Jede wartet ihre Wartezeit nach der vorigen.',
    counter: (count, max) => `${num(count)} / ${num(max)}`,
    counterLabel: (count, max) => `${num(count)} von ${num(max)} Aufgaben`,
    limitReached: (max) =>
      `Ein Zeitplan kann höchstens ${num(max)} Aufgaben haben. Entferne eine, um eine neue hinzuzufügen.`,
    add: 'Aufgabe hinzufügen',
    listLabel: 'Aufgaben in Ausführungsreihenfolge',
    empty: 'Noch keine Aufgaben. Ein Zeitplan ohne Aufgaben läuft nie.',
    step: (n) => `Schritt ${num(n)}`,
    actions: { command: 'Befehl senden', power: 'Energieaktion', backup: 'Backup erstellen' },
    power: { start: 'Starten', restart: 'Neu starten', stop: 'Stoppen', kill: 'Beenden erzwingen' },
    offsetFirst: (seconds) => (seconds === 0 ? 'Zu Beginn' : `${num(seconds)} s nach dem Start`),
    offsetNext: (seconds) =>
      seconds === 0
        ? 'Direkt nach der vorigen Aufgabe'
        : `${num(seconds)} s nach der vorigen Aufgabe`,
    continues: 'Läuft bei Fehler weiter',
    queued: 'In der Warteschlange',
    ignoredFiles: 'Ignorierte Dateien',
    noIgnoredFiles: 'Keine ignorierten Dateien',
    moveUp: (n) => `Schritt ${num(n)} nach oben`,
    moveDown: (n) => `Schritt ${num(n)} nach unten`,
    moved: (n) => `Auf Schritt ${num(n)} verschoben.`,
    edit: (n) => `Schritt ${num(n)} bearbeiten`,
    delete: (n) => `Schritt ${num(n)} löschen`,
    deleteTitle: (n) => `Schritt ${num(n)} löschen?`,
    deleteDescription: 'Die Aufgaben danach rücken einen Schritt auf.',
    deleteConfirm: 'Aufgabe löschen',
  },
  taskForm: {
    createTitle: 'Aufgabe hinzufügen',
    editTitle: (n) => `Schritt ${num(n)} bearbeiten`,
    action: 'Aktion',
    command: 'Befehl',
    commandHint:
      'Wird an die Konsole des Servers geschickt, als hättest du ihn dort getippt. Der Server muss laufen.',
    commandRequired: 'Gib einen Befehl ein.',
    powerAction: 'Energieaktion',
    ignoredFiles: 'Ignorierte Dateien (optional)',
    ignoredFilesHint: 'Ein Pfad oder Muster pro Zeile, wie in einer .pteroignore-Datei.',
    offset: 'Wartezeit (Sekunden)',
    offsetHint: (max) =>
      `So lange nach der vorigen Aufgabe warten (0–${num(max)}). „Jetzt ausführen“ überspringt die Wartezeit der ersten Aufgabe.`,
    offsetInvalid: (max) => `Gib ganze Sekunden von 0 bis ${num(max)} ein.`,
    continueOnFailure: 'Weitermachen, wenn diese Aufgabe fehlschlägt',
    continueOnFailureHint:
      'Zählt nur für Fehler, die der Node meldet (etwa ein Befehl an einen gestoppten Server); andere beenden den Lauf trotzdem.',
    save: 'Aufgabe speichern',
    create: 'Aufgabe hinzufügen',
  },
}
