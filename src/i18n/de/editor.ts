import type { Messages } from '../catalogue'

export const editor: Messages['editor'] = {
  breadcrumbs: 'Pfad',
  root: 'Dateien',
  newFile: 'Neue Datei',
  opening: (name) => `${name} wird geöffnet…`,
  contentLabel: (name) => `Inhalt von ${name}`,
  newContentLabel: 'Inhalt der neuen Datei',
  status: {
    dirty: 'Ungespeicherte Änderungen',
    clean: 'Alles gespeichert',
    saving: 'Wird gespeichert…',
    saved: 'Gespeichert.',
    created: 'Datei angelegt.',
    noChanges: 'Nichts zu speichern: keine Änderungen seit dem letzten Speichern.',
  },
  toolbar: {
    label: 'Editor-Werkzeuge',
    save: 'Speichern',
    create: 'Datei anlegen',
    download: 'Herunterladen',
    find: 'Suchen und ersetzen',
    language: 'Hervorhebung',
    wrap: 'Zeilen umbrechen',
  },
  shortcuts: (mod) =>
    `${mod}+S speichert · ${mod}+F sucht · ${mod}+Z macht rückgängig · Esc, dann Tab verlässt den Text`,
  languages: {
    plain: 'Reiner Text',
    properties: 'Properties / INI',
    yaml: 'YAML',
    json: 'JSON',
    toml: 'TOML',
    javascript: 'JavaScript',
    typescript: 'TypeScript',
    shell: 'Shell',
    xml: 'XML',
    html: 'HTML',
    css: 'CSS',
    markdown: 'Markdown',
    python: 'Python',
    lua: 'Lua',
  },
  readOnly:
    'Du kannst diese Datei lesen, aber keine Änderungen speichern: Dafür brauchst du die Berechtigung „Dateien erstellen“ (file.create).',
  saveFailed: (name) => `${name} konnte nicht gespeichert werden`,
  saveFailedKept: 'Dein Text ist noch da. Behebe das Problem und versuch es erneut.',
  retrySave: 'Erneut speichern',
  refused: {
    tooLarge: {
      title: 'Zu groß zum Bearbeiten',
      description: (size) =>
        `Das Panel öffnet Dateien bis ${size} im Editor. Lade diese herunter, um sie auf deinem Rechner zu bearbeiten, oder nutze SFTP.`,
    },
    binary: {
      title: 'Diese Datei ist kein Text',
      description:
        'Sie sieht nach einer Binärdatei aus (ein Archiv, ein Plugin, ein Bild oder Weltdaten). Als Text bearbeitet würde sie beschädigt. Lade sie stattdessen herunter.',
    },
    notUtf8: {
      title: 'Diese Datei ist kein UTF-8-Text',
      description:
        'Ihre Zeichen sind anders kodiert, und Speichern hier würde sie verändern. Lade sie zum Bearbeiten herunter oder wandle sie vorher in UTF-8 um.',
    },
  },
  downloadFailed: (detail) => `Der Download konnte nicht starten. ${detail}`,
  openFailed: 'Diese Datei konnte nicht geöffnet werden',
  missing:
    'Das Panel konnte sie nicht lesen: Vielleicht wurde sie verschoben, umbenannt oder gelöscht, oder die Node des Servers antwortet nicht.',
  backToFolder: 'Zurück zum Ordner',
  noReadAccess: {
    title: 'Du kannst auf diesem Server keine Dateien öffnen',
    description:
      'Zum Öffnen einer Datei brauchst du die Berechtigung „Dateiinhalte lesen“ (file.read-content). Frag den Besitzer des Servers.',
  },
  noCreateAccess: {
    title: 'Du kannst auf diesem Server keine Dateien anlegen',
    description:
      'Zum Anlegen einer Datei brauchst du die Berechtigung „Dateien erstellen“ (file.create). Frag den Besitzer des Servers.',
  },
  leave: {
    title: 'Ohne Speichern verlassen?',
    description: (name) =>
      `Deine Änderungen an ${name} sind nicht gespeichert. Wenn du jetzt gehst, sind sie verloren.`,
    stay: 'Bleiben',
    leave: 'Ohne Speichern verlassen',
  },
  name: {
    label: 'Dateiname',
    hint: (dir) => `Wird in ${dir} angelegt. Die Endung des Namens bestimmt die Hervorhebung.`,
    placeholder: 'config.yml',
    checking: 'Ordner wird geprüft…',
    errors: {
      empty: 'Gib einen Namen ein.',
      slash:
        'Ein Name darf kein / oder \\ enthalten. Leg zuerst den Ordner an, dann die Datei darin.',
      dots: '„.“ und „..“ sind keine Dateinamen.',
      control: 'Ein Name darf keine Steuerzeichen wie Zeilenumbrüche enthalten.',
      tooLong: (max) =>
        `Höchstens ${max} Bytes (Zeichen außerhalb von A–Z zählen als 2–4; ä, ö, ü als 2).`,
      exists: (name) =>
        `„${name}“ gibt es in diesem Ordner schon. Wähl einen anderen Namen oder öffne diese Datei.`,
    },
  },
  phrases: {
    Find: 'Suchen',
    Replace: 'Ersetzen',
    next: 'weiter',
    previous: 'zurück',
    all: 'alle',
    'match case': 'Groß/klein',
    'by word': 'ganzes Wort',
    regexp: 'Regex',
    replace: 'ersetzen',
    'replace all': 'alle ersetzen',
    close: 'schließen',
    'current match': 'aktueller Treffer',
    'on line': 'in Zeile',
    'replaced $ matches': '$ Treffer ersetzt',
    'replaced match on line $': 'Treffer in Zeile $ ersetzt',
    'Go to line': 'Gehe zu Zeile',
    go: 'los',
    'Selection deleted': 'Auswahl gelöscht',
    'Control character': 'Steuerzeichen',
    'folded code': 'eingeklappter Code',
    unfold: 'ausklappen',
    'Folded lines': 'Zeilen eingeklappt',
    'Unfolded lines': 'Zeilen ausgeklappt',
    'Fold line': 'Zeile einklappen',
    'Unfold line': 'Zeile ausklappen',
    to: 'bis',
  },
}
