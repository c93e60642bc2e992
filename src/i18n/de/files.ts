import { formatBytes, formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'de')
const size = (bytes: number) => (bytes < 1024 ? `${n(bytes)} B` : formatBytes(bytes, 'de'))
const items = (count: number) => plural('de', count, { one: 'Eintrag', other: 'Einträge' })

export const files: Messages['files'] = {
  title: 'Dateien',
  breadcrumbs: 'Ordnerpfad',
  root: 'Hauptverzeichnis des Servers',
  count: (shown, total) =>
    shown === total ? `${n(total)} ${items(total)}` : `${n(shown)} von ${n(total)} ${items(total)}`,
  selected: (count) => `${n(count)} ausgewählt`,
  filter: 'Nach Namen filtern',
  filterPlaceholder: 'Diesen Ordner filtern …',
  sort: {
    label: 'Sortieren nach',
    name: 'Name',
    size: 'Größe',
    modified: 'Geändert',
    ascending: 'aufsteigend',
    descending: 'absteigend',
    sortedBy: (column, direction) => `${column}, ${direction} sortiert`,
  },
  columns: {
    name: 'Name',
    size: 'Größe',
    modified: 'Geändert',
    mode: 'Rechte',
    actions: 'Aktionen',
  },
  listLabel: (path) => `Inhalt von ${path}`,
  keyboardHint:
    'Pfeiltasten bewegen, Enter öffnet, Leertaste wählt aus, Entf löscht, Umschalt+F10 öffnet die Aktionen.',
  loading: 'Ordner wird geladen',
  loadError: 'Dieser Ordner ließ sich nicht öffnen',
  notFound: 'Diesen Ordner gibt es nicht, oder der Node konnte ihn nicht lesen.',
  empty: {
    title: 'Dieser Ordner ist leer',
    description: 'Lade Dateien hoch oder lege einen Ordner an.',
  },
  noMatch: (query) => `Hier passt nichts zu „${query}“.`,
  clearFilter: 'Filter leeren',
  folder: 'Ordner',
  symlinkTo: 'Link',
  selectAll: 'Alle auswählen',
  selectEntry: (name) => `${name} auswählen`,
  actionsFor: (name) => `Aktionen für ${name}`,
  actions: {
    newFolder: 'Neuer Ordner',
    newFile: 'Neue Datei',
    upload: 'Hochladen',
    uploadFiles: 'Dateien hochladen',
    uploadFolder: 'Einen Ordner hochladen',
    pull: 'Von URL holen',
    refresh: 'Aktualisieren',
    open: 'Öffnen',
    rename: 'Umbenennen',
    move: 'Verschieben',
    copy: 'Kopieren',
    permissions: 'Rechte',
    archive: 'Archivieren',
    unarchive: 'Entpacken',
    download: 'Herunterladen',
    delete: 'Löschen',
    clearSelection: 'Auswahl aufheben',
  },
  bulkLabel: 'Ausgewählte Einträge',
  done: {
    copied: (name) => `${name} kopiert.`,
    renamed: 'Umbenannt.',
    moved: (count) => `${n(count)} ${items(count)} verschoben.`,
    deleted: (count) => `${n(count)} ${items(count)} gelöscht.`,
    chmod: 'Rechte geändert.',
    folderCreated: (name) => `${name} angelegt.`,
    downloadStarted: (name) => `${name} wird heruntergeladen.`,
  },
  name: {
    empty: 'Gib einen Namen ein.',
    slash:
      'Ein Name darf kein „/“ enthalten. Nimm „Verschieben“, um ihn in einen anderen Ordner zu legen.',
    dots: '„.“ und „..“ sind keine Namen.',
    tooLong: 'Höchstens 255 Bytes.',
    exists: 'Hier gibt es schon etwas mit diesem Namen.',
  },
  rename: {
    title: (name) => `${name} umbenennen`,
    field: 'Neuer Name',
    submit: 'Umbenennen',
  },
  move: {
    title: (count, name) =>
      count === 1 ? `${name} verschieben` : `${n(count)} Einträge verschieben`,
    field: 'Verschieben nach',
    hint: 'Ein Ordnerpfad. Relativ zu diesem Ordner („../“ geht eine Ebene hoch) oder mit führendem „/“ vom Hauptverzeichnis aus.',
    preview: (path) => `Landet in ${path}`,
    empty: 'Gib einen Ordner ein.',
    outside: 'Das liegt außerhalb des Hauptverzeichnisses.',
    same: 'Dort liegt es schon.',
    submit: 'Verschieben',
  },
  chmod: {
    title: (count, name) =>
      count === 1 ? `Rechte von ${name}` : `Rechte von ${n(count)} Einträgen`,
    octal: 'Oktal',
    octalHint: 'Drei Ziffern, z. B. 644 oder 755.',
    octalInvalid: 'Drei oder vier Ziffern von 0 bis 7.',
    matrix: 'Rechte-Matrix',
    who: { owner: 'Besitzer', group: 'Gruppe', others: 'Andere' },
    what: { read: 'Lesen', write: 'Schreiben', execute: 'Ausführen' },
    cell: (who, what) => `${who}: ${what}`,
    submit: 'Übernehmen',
  },
  remove: {
    title: (count, name) => (count === 1 ? `${name} löschen?` : `${n(count)} Einträge löschen?`),
    description: 'Gelöschte Dateien lassen sich nur aus einem Backup wiederherstellen.',
    folderWarning: 'Ordner werden mit ihrem ganzen Inhalt gelöscht.',
    submit: 'Löschen',
  },
  newFolder: {
    title: 'Neuer Ordner',
    field: 'Ordnername',
    submit: 'Ordner anlegen',
  },
  pull: {
    title: 'Datei von einer URL holen',
    description:
      'Der Node lädt die Datei selbst im Hintergrund herunter; sie erscheint in diesem Ordner, sobald sie fertig ist.',
    url: 'URL',
    urlInvalid: 'Gib eine vollständige http://- oder https://-Adresse ein.',
    filename: 'Speichern als (optional)',
    filenameHint: 'Leer lassen, um den Namen aus der URL zu nehmen.',
    useHeader: 'Den Namen nehmen, den der Server schickt (Content-Disposition)',
    throttle:
      'Das Panel erlaubt pro Server nur wenige Abrufe in kurzer Zeit (bei aktuellen Panels 5 in 10 Minuten), geteilt von allen auf diesem Server.',
    submit: 'Holen',
    throttled: (seconds) =>
      seconds === undefined
        ? 'Gerade zu viele Abrufe auf diesem Server. Warte ein paar Minuten bis zum nächsten.'
        : `Gerade zu viele Abrufe auf diesem Server. Versuch es in ${n(Math.ceil(seconds / 60))} Min. wieder.`,
  },
  jobs: {
    label: 'Laufende Aufträge',
    archiving: (count) => `${n(count)} ${items(count)} werden archiviert …`,
    unarchiving: (name) => `${name} wird entpackt …`,
    pulling: (what) => `Der Node lädt ${what} herunter …`,
    pullNote:
      'Wings lädt im Hintergrund; Talon schaut bis zu 5 Minuten in diesen Ordner und zeigt die Datei, sobald sie da ist.',
    pulled: (name) => `${name} ist angekommen.`,
    elapsed: (seconds) => `${n(seconds)} s`,
    limit:
      'Das Panel wartet bis zu 5 Minuten; danach läuft der Auftrag im Hintergrund auf dem Node weiter.',
    archived: (name) => `${name} angelegt.`,
    unarchived: (name) => `${name} entpackt.`,
    timedOut:
      'Das Panel hat aufgehört zu warten, aber der Node arbeitet vielleicht noch. Aktualisiere den Ordner später, um das Ergebnis zu sehen.',
    failed: (detail) => `Fehlgeschlagen: ${detail}`,
    dismiss: 'Ausblenden',
  },
  upload: {
    title: 'Uploads',
    dropHere: 'Dateien oder Ordner hier ablegen, um sie hochzuladen',
    dropInto: (path) => `Uploads landen in ${path}`,
    progress: (loaded, total) => `${size(loaded)} von ${size(total)}`,
    status: {
      queued: 'Wartet',
      uploading: 'Lädt hoch',
      done: 'Hochgeladen',
      failed: 'Fehlgeschlagen',
      cancelled: 'Abgebrochen',
    },
    summary: (done, total) => `${n(done)} von ${n(total)} hochgeladen`,
    cancel: (name) => `${name} abbrechen`,
    retry: (name) => `${name} erneut versuchen`,
    clear: 'Fertige ausblenden',
    tooLarge: (limit) =>
      `Größer als das Upload-Limit dieses Nodes von ${formatBytes(limit, 'de')}. Nimm für große Dateien SFTP.`,
    folderFailed: (detail) => `Der Ordner dafür ließ sich nicht anlegen: ${detail}`,
    noFolderSupport:
      'Dieser Browser kann abgelegte Ordner nicht lesen. Nimm stattdessen „Einen Ordner hochladen“.',
  },
  size,
}
