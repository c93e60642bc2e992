import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'de')

const duration = (totalSeconds: number) => {
  const s = Math.max(0, Math.round(totalSeconds))
  const minutes = Math.floor(s / 60)
  const seconds = s % 60
  const m =
    minutes > 0 ? `${n(minutes)} ${plural('de', minutes, { one: 'Minute', other: 'Minuten' })}` : ''
  const sec =
    seconds > 0 || minutes === 0
      ? `${n(seconds)} ${plural('de', seconds, { one: 'Sekunde', other: 'Sekunden' })}`
      : ''
  return [m, sec].filter(Boolean).join(' ')
}

const clock = (totalSeconds: number) => {
  const s = Math.max(0, Math.floor(totalSeconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

export const backups: Messages['backups'] = {
  title: 'Backups',
  description:
    'Archive der Serverdateien, auf seinem Node abgelegt. Mach eins vor größeren Änderungen: Du kannst es später wiederherstellen oder herunterladen.',
  usage: (used, limit) => `${n(used)} von ${n(limit)} Backups belegt`,
  usageHint: 'Fehlgeschlagene Backups zählen nicht.',
  noBackupsAllowed:
    'Dieser Server kann keine Backups haben: Sein Backup-Limit ist 0. Bitte deinen Hoster, es zu erhöhen.',
  atLimit: (limit) =>
    `Dieser Server hat sein Limit von ${n(limit)} ${plural('de', limit, { one: 'Backup', other: 'Backups' })} erreicht. Lösch eins, um Platz zu machen.`,
  throttled: (seconds) =>
    `Das Panel erlaubt pro Server 2 neue Backups alle 10 Minuten. Das nächste kannst du in ${duration(seconds)} starten.`,
  throttledShort: (seconds) => `Nächstes Backup möglich in ${clock(seconds)}.`,
  list: {
    label: 'Backups',
    loadError: 'Die Backups konnten nicht geladen werden',
    emptyTitle: 'Noch keine Backups',
    emptyDescription: 'Mach eins, bevor du Mods, Welten oder Versionen änderst.',
    page: (page, pages) => `Seite ${n(page)} von ${n(pages)}`,
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
  },
  state: {
    running: 'Läuft',
    successful: 'Fertig',
    failed: 'Fehlgeschlagen',
    locked: 'Gesperrt',
  },
  row: {
    size: 'Größe',
    checksum: 'SHA-1',
    created: 'Erstellt',
    completed: 'Abgeschlossen',
    running: 'Läuft seit',
    runningFor: (seconds) => clock(seconds),
    runningNote:
      'Wings schreibt das Archiv. Diese Seite aktualisiert sich von selbst, sobald es fertig ist; du kannst sie solange verlassen.',
    failedNote:
      'Wings konnte dieses Backup nicht abschließen, es enthält also keine Dateien. Es zählt nicht zum Limit; lösch es, wann du willst.',
    ignored: (count) =>
      `${n(count)} ${plural('de', count, { one: 'Pfad', other: 'Pfade' })} ausgelassen`,
    copyChecksum: (name) => `SHA-1-Prüfsumme von ${name} kopieren`,
    lockedNote: 'Gesperrt: Entsperr es, um es zu löschen.',
  },
  actions: {
    download: 'Herunterladen',
    restore: 'Wiederherstellen',
    lock: 'Sperren',
    unlock: 'Entsperren',
    delete: 'Löschen',
    downloadLabel: (name) => `${name} herunterladen`,
    restoreLabel: (name) => `${name} wiederherstellen`,
    lockLabel: (name) => `${name} sperren`,
    unlockLabel: (name) => `${name} entsperren`,
    deleteLabel: (name) => `${name} löschen`,
  },
  create: {
    open: 'Backup erstellen',
    title: 'Backup erstellen',
    description:
      'Wings archiviert die Serverdateien im Hintergrund; der Server läuft weiter. Das dauert meist ein paar Minuten.',
    name: 'Name',
    nameHint: 'Optional. Ohne Namen benennt das Panel es nach der aktuellen Uhrzeit.',
    nameTooLong: (max) => `Höchstens ${n(max)} Zeichen.`,
    ignored: 'Auszulassende Dateien',
    ignoredHint:
      'Ein Pfad oder Muster pro Zeile, etwa logs/ oder *.jar. Leer lassen, um die .pteroignore-Datei des Servers zu nutzen.',
    lock: 'Dieses Backup sperren',
    lockHint: 'Ein gesperrtes Backup kann erst gelöscht werden, wenn jemand es entsperrt.',
    submit: 'Backup starten',
    started: (name) => `Backup „${name}“ gestartet.`,
  },
  download: {
    started: (name) => `„${name}“ wird heruntergeladen.`,
    failed: (name, detail) => `„${name}“ konnte nicht heruntergeladen werden. ${detail}`,
  },
  restore: {
    title: (name) => `„${name}“ wiederherstellen?`,
    intro:
      'Der Server wird gestoppt, dann werden die Dateien aus diesem Backup über seine aktuellen Dateien geschrieben. Seine Seiten sind geschlossen, bis die Wiederherstellung fertig ist.',
    truncate: 'Vorher alle Dateien auf dem Server löschen',
    truncateHint:
      'Dateien, die nicht im Backup sind, werden ebenfalls entfernt. Ohne diese Option bleiben sie neben den wiederhergestellten liegen.',
    continue: 'Weiter',
    back: 'Zurück',
    confirmTitle: 'Jetzt wiederherstellen?',
    confirmKeep: (name, created) =>
      `Der Server wird gestoppt und „${name}“ vom ${created} über seine Dateien geschrieben. Dateien, die nicht im Backup sind, bleiben.`,
    confirmTruncate: (name, created) =>
      `Der Server wird gestoppt, ALLE seine aktuellen Dateien werden gelöscht und „${name}“ vom ${created} wiederhergestellt. Das lässt sich nicht rückgängig machen.`,
    confirm: 'Jetzt wiederherstellen',
    confirmTruncateAction: 'Dateien löschen und wiederherstellen',
  },
  lock: {
    locked: (name) => `„${name}“ ist gesperrt.`,
    unlocked: (name) => `„${name}“ ist entsperrt.`,
    failed: (name, detail) => `Die Sperre von „${name}“ konnte nicht geändert werden. ${detail}`,
  },
  delete: {
    title: (name) => `„${name}“ löschen?`,
    description: 'Das Archiv wird vom Node entfernt. Das lässt sich nicht rückgängig machen.',
    confirm: 'Backup löschen',
    deleted: (name) => `Backup „${name}“ gelöscht.`,
    failed: (name, detail) => `„${name}“ konnte nicht gelöscht werden. ${detail}`,
  },
  live: {
    completed: (name) => `Backup „${name}“ ist fertig.`,
    failed: (name) => `Backup „${name}“ ist fehlgeschlagen.`,
  },
}
