import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'de')
/** Durations: "3 Std." (short) / "3 Stunden" (long), as Intl spells the units in German. */
const unit = (value: number, name: string, display: 'short' | 'long') =>
  formatNumber(value, 'de', { style: 'unit', unit: name, unitDisplay: display })

export const servers: Messages['servers'] = {
  page: {
    title: 'Server',
    descriptionMine:
      'Die Gameserver, die dir gehören oder auf die du Zugriff hast, mit Live-Status.',
    descriptionAdmin: 'Alle Server des Panels (Administratoransicht).',
    newGroup: 'Neue Gruppe',
    loadError: 'Deine Server konnten nicht geladen werden',
    noMatch: (query) => `Keine Server passen zu „${query}“`,
    noMatchDescription:
      'Die Suche berücksichtigt Namen, Kennungen, UUIDs und IP:Port auf allen Seiten.',
    clearSearch: 'Suche zurücksetzen',
    noSuchPage: (page) => `Es gibt keine Seite ${n(page)}`,
    noSuchPageDescription: (pages) =>
      `Die Liste hat jetzt ${n(pages)} ${plural('de', pages, { one: 'Seite', other: 'Seiten' })}.`,
    lastPage: (page) => `Zur letzten Seite (${n(page)})`,
    firstPage: 'Zur ersten Seite',
    emptyMine: 'Du hast noch keine Server',
    emptyMineDescription: 'Server, die dir gehören oder die jemand mit dir teilt, erscheinen hier.',
    emptyAdmin: 'Noch keine Server in diesem Panel',
    emptyAdminDescription: 'Im Panel erstellte Server erscheinen hier.',
    ungrouped: 'Ohne Gruppe',
    ungroupedList: 'Server ohne Gruppe',
    serverList: 'Serverliste',
    serversList: 'Server',
    count: (total) => `${n(total)} Server`,
    matchCount: (total, query) =>
      `${n(total)} Server ${plural('de', total, { one: 'passt', other: 'passen' })} zu „${query}“`,
    updating: 'Wird aktualisiert…',
    sortedBy: (label) => `Sortiert nach: ${label} — nur diese Seite.`,
    unread: (count) =>
      `${n(count)} Server ${plural('de', count, { one: 'hat', other: 'haben' })} noch keinen Messwert und ${plural('de', count, { one: 'steht', other: 'stehen' })} am Ende.`,
  },
  deleteGroupDialog: {
    title: (name) => `Gruppe „${name}“ löschen?`,
    description:
      'Ihre Server bleiben, wo sie sind; sie wandern nur zurück in die Liste ohne Gruppe.',
    confirm: 'Gruppe löschen',
  },
  toolbar: {
    search: 'Server durchsuchen',
    searchPlaceholder: 'Name, Kennung oder IP:Port',
    searchHint: 'Durchsucht alle Seiten deiner Server im Panel.',
    view: 'Anzeigen',
    viewMine: 'Meine Server',
    viewAll: 'Alle Server',
    sort: 'Diese Seite sortieren nach',
  },
  sort: {
    options: {
      default: 'Panel-Reihenfolge',
      name: 'Name',
      status: 'Status',
      cpu: 'CPU-Nutzung (höchste zuerst)',
      memory: 'RAM-Nutzung (höchste zuerst)',
    },
  },
  status: {
    label: 'Status:',
    running: 'Läuft',
    starting: 'Startet',
    stopping: 'Stoppt',
    offline: 'Offline',
    installing: 'Wird installiert',
    install_failed: 'Installation fehlgeschlagen',
    reinstall_failed: 'Neuinstallation fehlgeschlagen',
    suspended: 'Gesperrt',
    transferring: 'Wird übertragen',
    restoring_backup: 'Backup wird wiederhergestellt',
    maintenance: 'Node-Wartung',
    checking: 'Wird geprüft…',
    unknown: 'Unbekannt',
  },
  power: {
    group: (server) => `Power-Aktionen für ${server}`,
    start: {
      label: 'Starten',
      action: (server) => `${server} starten`,
      pending: 'Wird gestartet…',
      failed: (server) => `${server} konnte nicht gestartet werden.`,
      forbidden: 'Dein Konto hat keine Berechtigung, diesen Server zu starten.',
    },
    restart: {
      label: 'Neustart',
      action: (server) => `${server} neu starten`,
      pending: 'Wird neu gestartet…',
      failed: (server) => `${server} konnte nicht neu gestartet werden.`,
      forbidden: 'Dein Konto hat keine Berechtigung, diesen Server neu zu starten.',
    },
    stop: {
      label: 'Stopp',
      action: (server) => `${server} stoppen`,
      pending: 'Wird gestoppt…',
      failed: (server) => `${server} konnte nicht gestoppt werden.`,
      forbidden: 'Dein Konto hat keine Berechtigung, diesen Server zu stoppen.',
    },
    kill: {
      label: 'Zwangsstopp',
      action: (server) => `Zwangsstopp für ${server}`,
      pending: 'Zwangsstopp läuft…',
      failed: (server) => `Zwangsstopp für ${server} fehlgeschlagen.`,
      forbidden: 'Dein Konto hat keine Berechtigung für einen Zwangsstopp dieses Servers.',
    },
    confirmStop: {
      title: (server) => `${server} stoppen?`,
      description: 'Spieler werden getrennt und der Server fährt geordnet herunter.',
      confirm: 'Server stoppen',
    },
    confirmRestart: {
      title: (server) => `${server} neu starten?`,
      description: 'Spieler werden getrennt, während der Server stoppt und wieder startet.',
      confirm: 'Server neu starten',
    },
    confirmKill: {
      title: (server) => `Zwangsstopp für ${server}?`,
      description:
        'Ein Zwangsstopp beendet den Prozess sofort, ohne zu speichern. Ungespeicherte Weltdaten können verloren gehen. Nutze ihn nur, wenn ein normaler Stopp hängt.',
      confirm: 'Zwangsstopp ausführen',
    },
    conflict:
      'Der Server ist beschäftigt oder nicht verfügbar (gesperrt, wird installiert, wird übertragen oder seine Node wird gewartet).',
    rateLimited: (seconds) =>
      `Das Panel begrenzt gerade die Anfragen. Versuche es ${
        seconds
          ? `in ${n(seconds)} ${plural('de', seconds, { one: 'Sekunde', other: 'Sekunden' })}`
          : 'gleich'
      } erneut.`,
    announcement: (server, state) => `${server}: ${state}`,
    dismissError: 'Ausblenden',
  },
  row: {
    address: 'Adresse',
    noAllocation: 'Keine Adresse zugewiesen',
    node: 'Node',
    uptime: 'Laufzeit',
    groupFor: (server) => `Gruppe für ${server}`,
    noGroup: 'Keine Gruppe',
    suspendedNote: 'Gesperrt: Live-Statistiken und Power-Aktionen sind nicht verfügbar.',
    maintenanceNote: 'Die Node wird gewartet: Live-Statistiken sind nicht verfügbar.',
    busyNote: 'Live-Statistiken sind erst verfügbar, wenn der Vorgang abgeschlossen ist.',
    failedInstallNote:
      'Die Installation ist fehlgeschlagen, daher kann der Server nicht laufen: Installiere ihn in seinen Einstellungen neu oder frag deinen Hoster.',
    staleStats: (detail) => `Es werden die letzten Werte angezeigt. ${detail}`,
    statsUnavailable: (detail) => `Live-Statistiken nicht verfügbar. ${detail}`,
  },
  usage: {
    cpu: 'CPU',
    memory: 'RAM',
    disk: 'Speicherplatz',
    unlimited: 'Unbegrenzt',
    noReading: 'noch kein Messwert',
    ofLimit: (value, limit) => `${value} von ${limit}`,
    meterName: (meter, server) => `${meter} von ${server}`,
    meterValue: (text, nearLimit) => `${text}${nearLimit ? ', nahe am Limit' : ''}`,
    limits: (cpu, memory, disk) => `Limits: CPU ${cpu} · RAM ${memory} · Speicherplatz ${disk}`,
  },
  uptime: {
    short: {
      day: (value) => unit(value, 'day', 'short'),
      hour: (value) => unit(value, 'hour', 'short'),
      minute: (value) => unit(value, 'minute', 'short'),
      second: (value) => unit(value, 'second', 'short'),
    },
    long: {
      day: (value) => unit(value, 'day', 'long'),
      hour: (value) => unit(value, 'hour', 'long'),
      minute: (value) => unit(value, 'minute', 'long'),
      second: (value) => unit(value, 'second', 'long'),
    },
  },
  groups: {
    onThisPage: 'auf dieser Seite',
    delete: 'Gruppe löschen',
    deleteLabel: (group) => `Gruppe ${group} löschen`,
    listLabel: (group) => `Server in ${group}`,
    empty:
      'Keine Server dieser Gruppe auf dieser Seite. Füge über das Gruppenmenü eines Servers einen hinzu.',
    elsewhere: (count) =>
      plural('de', count, {
        one: `${n(count)} weiterer Server dieser Gruppe wird hier nicht angezeigt (andere Seiten, Ansicht oder Suche).`,
        other: `${n(count)} weitere Server dieser Gruppe werden hier nicht angezeigt (andere Seiten, Ansicht oder Suche).`,
      }),
  },
  newGroupDialog: {
    title: 'Neue Gruppe',
    description:
      'Gruppen werden für dein Konto in diesem Browser gespeichert; das Panel speichert sie nicht.',
    name: 'Gruppenname',
    create: 'Gruppe erstellen',
    nameRequired: 'Gib einen Namen für die Gruppe ein.',
    nameTooLong: (max) => `Verwende höchstens ${n(max)} Zeichen.`,
    nameTaken: 'Du hast bereits eine Gruppe mit diesem Namen.',
  },
  pagination: {
    label: 'Serverseiten',
    summary: (first, last, total, page, pages) =>
      `${n(first)}–${n(last)} von ${n(total)} · Seite ${n(page)} von ${n(pages)}`,
    previous: 'Zurück',
    previousPage: 'Vorherige Seite',
    next: 'Weiter',
    nextPage: 'Nächste Seite',
  },
  paused: {
    title: 'Live-Statistiken pausiert — weiter in {seconds}',
    seconds: (value) => `${n(value)} s`,
    announcement: 'Live-Statistiken pausiert; sie werden automatisch fortgesetzt.',
    lowBudget:
      'Dein Anfragekontingent beim Panel ist fast aufgebraucht (andere Tabs oder Apps teilen es).',
    rateLimited: 'Das Panel hat Talon gebeten, langsamer zu machen.',
  },
}
