import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'de')
const seconds = (s: number) => `${n(s)} ${plural('de', s, { one: 'Sekunde', other: 'Sekunden' })}`

export const server: Messages['server'] = {
  shell: {
    backToServers: 'Alle Server',
    address: 'Adresse',
    copyAddress: 'Adresse kopieren',
    noAddress: 'Keine Adresse',
    node: 'Node',
    tabsLabel: 'Serverbereiche',
    tabs: {
      console: 'Konsole',
      schedules: 'Zeitpläne',
      settings: 'Einstellungen',
      activity: 'Aktivität',
      startup: 'Start',
      network: 'Netzwerk',
      backups: 'Backups',
      users: 'Benutzer',
      databases: 'Datenbanken',
      files: 'Dateien',
    },
    loadError: 'Der Server konnte nicht geladen werden',
    notFound: {
      title: 'Server nicht gefunden',
      description:
        'Unter dieser Adresse gibt es keinen Server, oder dein Konto darf ihn nicht öffnen. Prüfe den Link oder wähle einen Server aus deiner Liste.',
      action: 'Zurück zu deinen Servern',
    },
    noAccess: {
      title: 'Diese Seite kannst du nicht öffnen',
      description:
        'Dein Zugang zu diesem Server umfasst diesen Bereich nicht. Frag die Person, der der Server gehört.',
    },
  },
  state: {
    offline: 'Offline',
    starting: 'Startet',
    running: 'Läuft',
    stopping: 'Stoppt',
    unknown: 'Unbekannt',
    connecting: 'Verbinde…',
  },
  conflict: {
    installing: {
      title: 'Dieser Server wird installiert',
      description:
        'Das Panel führt das Installationsskript aus. Die Serverseiten öffnen sich, sobald es fertig ist – meist nach wenigen Minuten. Diese Seite aktualisiert sich von selbst.',
    },
    installFailed: {
      title: 'Die Installation ist fehlgeschlagen',
      description:
        'Das Installationsskript ist mit einem Fehler abgebrochen, deshalb kann der Server nicht starten. Bitte deinen Hoster oder eine Panel-Administration, sich das Installationsprotokoll anzusehen und neu zu installieren.',
    },
    reinstallFailed: {
      title: 'Die Neuinstallation ist fehlgeschlagen',
      description:
        'Die Neuinstallation ist mit einem Fehler abgebrochen, deshalb kann der Server nicht starten. Bitte deinen Hoster oder eine Panel-Administration, sich das Installationsprotokoll anzusehen und es erneut zu versuchen.',
    },
    suspended: {
      title: 'Dieser Server ist gesperrt',
      description:
        'Eine Administratorin oder ein Administrator hat diesen Server gesperrt: Er lässt sich nicht starten und seine Seiten sind geschlossen. Frag deinen Hoster nach dem Grund.',
    },
    restoring: {
      title: 'Ein Backup wird wiederhergestellt',
      description:
        'Dateien werden aus einem Backup wiederhergestellt. Die Serverseiten öffnen sich wieder, sobald das fertig ist. Diese Seite aktualisiert sich von selbst.',
    },
    transferring: {
      title: 'Dieser Server zieht auf eine andere Node um',
      description:
        'Der Server wird gerade übertragen und ist bis zum Ende der Übertragung nicht verfügbar. Diese Seite aktualisiert sich von selbst.',
    },
    maintenance: {
      title: 'Die Node wird gewartet',
      description:
        'Die Maschine, auf der dieser Server läuft, wird gerade gewartet, deshalb lassen sich seine Seiten im Moment nicht öffnen. Versuch es später noch einmal.',
    },
    adminConsole: 'Als Panel-Administration kannst du die Konsole unten trotzdem verfolgen.',
    refresh: 'Erneut prüfen',
  },
  connection: {
    label: 'Konsolenverbindung',
    idle: 'Nicht verbunden',
    connecting: 'Verbinde mit dem Server…',
    connected: 'Verbunden',
    reconnecting: (s: number) =>
      s > 0 ? `Verbindung verloren. Neuer Versuch in ${seconds(s)}…` : 'Neuer Versuch…',
    rateLimited: (s: number) =>
      `Zu viele Verbindungsversuche für diesen Server (das Panel erlaubt 5 pro Minute). Neuer Versuch in ${seconds(s)}.`,
    reconnect: 'Neu verbinden',
    errors: {
      forbidden: 'Dein Zugang zu diesem Server umfasst die Konsolenverbindung nicht.',
      conflict: 'Der Server ist in seinem jetzigen Zustand nicht erreichbar.',
      notFound: 'Diesen Server gibt es nicht mehr.',
      jwt: 'Die Node hat die Konsolenverbindung abgelehnt. Verbinde neu oder lade die Seite neu, wenn es wieder passiert.',
      deleted: 'Dieser Server wurde gelöscht.',
      tokenRejected:
        'Die Node lehnt immer wieder neue Konsolen-Tokens ab. Vielleicht hat sich dein Zugang geändert; lade die Seite neu.',
    },
    detail: (text: string) => `Details: ${text}`,
  },
  console: {
    terminalLabel: 'Konsolenausgabe des Servers',
    liveRegionLabel: 'Neue Konsolenzeilen',
    empty: 'Noch keine Ausgabe.',
    searchOpen: 'Im Protokoll suchen',
    searchLabel: 'Konsole durchsuchen',
    searchPlaceholder: 'In der Konsole suchen',
    searchNext: 'Nächster Treffer',
    searchPrevious: 'Vorheriger Treffer',
    searchClose: 'Suche schließen',
    searchNoMatch: 'Kein Treffer',
    copyAll: 'Protokoll kopieren',
    copyAllLabel: 'Das ganze Konsolenprotokoll kopieren',
    command: {
      label: 'Befehl',
      placeholder: 'Befehl eingeben…',
      send: 'Senden',
      hint: 'Mit Pfeil hoch und runter holst du frühere Befehle zurück.',
      notConnected:
        'Nicht mit dem Server verbunden. Dein Befehl bleibt stehen; sende ihn, sobald die Konsole verbunden ist.',
      offline:
        'Der Server ist offline und nimmt keine Befehle an. Starte ihn zuerst; dein Befehl bleibt stehen.',
      starting:
        'Der Server startet noch. Sende den Befehl, sobald er läuft; dein Befehl bleibt stehen.',
    },
    noCommandPermission:
      'Mit deinem Zugang kannst du die Konsole verfolgen, aber keine Befehle eingeben.',
    lines: {
      marked: (state: string) => `Server ist jetzt: ${state}.`,
      installStarted: 'Installation gestartet…',
      installCompleted: 'Installation abgeschlossen.',
      transferStarted: 'Übertragung gestartet…',
      backupRestored: 'Backup-Wiederherstellung abgeschlossen.',
      daemonPrefix: 'container@wings~',
    },
    install: {
      running: 'Der Server wird installiert.',
      adminOnly:
        'Die Installationsausgabe sehen nur Panel-Administratorinnen und -Administratoren. Sobald sie fertig ist, siehst du hier, wie der Server hochfährt.',
      done: 'Installation abgeschlossen.',
    },
  },
  power: {
    label: 'Energie',
    start: 'Starten',
    stop: 'Stoppen',
    restart: 'Neu starten',
    kill: 'Beenden (Kill)',
    confirmRestart: {
      title: 'Server neu starten?',
      description: 'Alle Spielerinnen und Spieler werden beim Neustart getrennt.',
      confirm: 'Neu starten',
    },
    confirmKill: {
      title: 'Serverprozess sofort beenden?',
      description:
        'Kill beendet den Prozess sofort, ohne zu speichern. Nutze es nur, wenn Stoppen nicht fertig wird.',
      confirm: 'Beenden (Kill)',
    },
    notSent: 'Nicht verbunden: Die Aktion wurde nicht gesendet.',
    busy: 'Eine andere Energieaktion läuft noch. Warte kurz und versuch es erneut.',
  },
  stats: {
    label: 'Ressourcen',
    cpu: 'CPU',
    memory: 'Arbeitsspeicher',
    disk: 'Speicherplatz',
    network: 'Netzwerk',
    uptime: 'Laufzeit',
    inbound: 'Ein',
    outbound: 'Aus',
    ofLimit: (used: string, limit: string) => `${used} von ${limit}`,
    unlimited: (used: string) => `${used} (ohne Limit)`,
    offline: 'Offline',
    chartLabel: (what: string) => `${what} in der letzten Minute`,
  },
  settings: {
    rename: {
      title: 'Name und Beschreibung',
      description: 'So wird dieser Server allen angezeigt, die ihn sehen können.',
      name: 'Servername',
      descriptionField: 'Beschreibung',
      descriptionHint: 'Optional.',
      submit: 'Speichern',
      saved: 'Gespeichert.',
      nameRequired: 'Gib einen Namen ein.',
      nameTooLong: (max: number) => `Höchstens ${n(max)} Zeichen.`,
    },
    sftp: {
      title: 'SFTP',
      description:
        'Lade Dateien mit einem SFTP-Programm wie FileZilla oder WinSCP hoch und bearbeite sie.',
      address: 'Serveradresse',
      username: 'Benutzername',
      password: 'Passwort',
      passwordValue: 'Dein Panel-Passwort (oder ein SSH-Schlüssel aus deinem Konto)',
      copyAddress: 'SFTP-Adresse kopieren',
      copyUsername: 'SFTP-Benutzernamen kopieren',
      launch: 'Im SFTP-Programm öffnen',
      launchHint: 'Öffnet die Adresse in dem Programm, das dein System für sftp://-Links nutzt.',
    },
    debug: {
      title: 'Für den Support',
      description: 'Gib diese Angaben an, wenn du deinen Hoster um Hilfe bittest.',
      node: 'Node',
      uuid: 'Server-ID',
      copyUuid: 'Server-ID kopieren',
    },
    reinstall: {
      title: 'Neu installieren',
      description:
        'Führt das Installationsskript des Eggs erneut aus. Dabei können Dateien gelöscht oder geändert werden, und der Server stoppt währenddessen. Sichere vorher, was du brauchst.',
      action: 'Server neu installieren',
      dialogTitle: 'Diesen Server neu installieren?',
      dialogDescription:
        'Der Server stoppt und das Installationsskript läuft erneut; es kann Dateien löschen oder überschreiben. Die Installationsausgabe erscheint nur für Panel-Administratorinnen und -Administratoren in der Konsole.',
      typeName: (name: string) => `Gib ${name} zur Bestätigung ein`,
      typeNameLabel: 'Servername',
      mismatch: 'Der Name stimmt nicht überein.',
      confirm: 'Neu installieren',
      started:
        'Neuinstallation gestartet. Die Serverseiten öffnen sich wieder, wenn sie fertig ist.',
    },
    nothing: 'Dein Zugang zu diesem Server umfasst keine Einstellungen.',
  },
  activity: {
    title: 'Aktivität',
    description: 'Was auf diesem Server passiert ist, das Neueste zuerst.',
    emptyDescription: 'Energieaktionen, Befehle und Änderungen an diesem Server erscheinen hier.',
    noMatchDescription: 'Nichts auf diesem Server passt zu {event}.',
    loadError: 'Die Aktivität dieses Servers konnte nicht geladen werden',
  },
}
