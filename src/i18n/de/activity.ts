import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'de')

export const activity: Messages['activity'] = {
  page: {
    title: 'Aktivität',
    description: 'Anmeldungen und Änderungen an deinem Konto, die neuesten zuerst.',
    allActivity: 'Alle Aktivitäten',
    filteredPrefix: 'Aktivität: ',
    entriesLabel: 'Aktivitätseinträge',
    loadError: 'Deine Aktivität konnte nicht geladen werden',
    loading: 'Aktivität wird geladen',
  },
  status: {
    loadingPage: (page: number) => `Seite ${n(page)} wird geladen…`,
    showing: (from: number, to: number, total: number) =>
      `${n(from)}–${n(to)} von ${n(total)} ${plural('de', total, { one: 'Eintrag', other: 'Einträgen' })}`,
  },
  empty: {
    noSuchPage: {
      title: (page: number) => `Seite ${n(page)} gibt es nicht`,
      description: (totalPages: number) =>
        plural('de', totalPages, {
          one: 'Es gibt nur eine Seite mit Einträgen.',
          other: `Es gibt ${n(totalPages)} Seiten mit Einträgen.`,
        }),
      action: 'Zur letzten Seite',
    },
    noMatch: {
      title: 'Keine Einträge passen zu diesem Filter',
      description: 'Nichts in deiner Aktivität passt zu {event}.',
      action: 'Alle Ereignisse anzeigen',
    },
    noActivity: {
      title: 'Noch keine Aktivität',
      description: 'Anmeldungen und Änderungen an deinem Konto erscheinen hier.',
    },
  },
  filters: {
    label: 'Aktivität filtern',
    event: 'Ereignis',
    allEvents: 'Alle Ereignisse',
    otherGroup: 'Andere',
    clear: 'Filter zurücksetzen',
    perPage: 'Pro Seite',
  },
  pagination: {
    label: 'Aktivitätsseiten',
    previous: 'Zurück',
    next: 'Weiter',
    position: 'Seite {page} von {total}',
  },
  entry: {
    filterByEvent: (event: string) => `Nur Ereignisse vom Typ ${event} anzeigen`,
    keyName: (name: string) => `(${name})`,
    ip: 'IP',
    ipHidden: 'IP verborgen',
    ipHiddenHint: 'Das Panel verbirgt die Adresse von Anfragen, die jemand anderes gestellt hat.',
    system: 'System',
    unknownUser: 'Unbekannter Benutzer',
    viaApiKey: 'über API-Schlüssel',
    details: 'Details',
    moreDetails: 'Weitere Details',
    descriptionLabel: 'Beschreibung: ',
    properties: 'Eigenschaften',
  },
  values: {
    missing: 'unbekannt',
    hidden: 'verborgen',
    yes: 'ja',
    no: 'nein',
    none: 'keine',
  },
  device: {
    browserOnSystem: (browser: string, system: string) => `${browser} auf ${system}`,
    script: 'Skript',
  },
  groups: {
    signIn: 'Anmeldung',
    account: 'Konto',
    apiKeys: 'API-Schlüssel',
    sshKeys: 'SSH-Schlüssel',
    twoFactor: 'Zwei-Faktor-Authentifizierung',
    subusers: 'Unterbenutzer',
    serverConsole: 'Konsole',
    serverPower: 'Energie',
    serverFiles: 'Dateien',
    serverSftp: 'SFTP',
    serverBackups: 'Backups',
    serverDatabases: 'Datenbanken',
    serverNetwork: 'Netzwerk',
    serverSchedules: 'Zeitpläne',
    serverStartup: 'Start',
    serverSettings: 'Einstellungen',
  },
  events: {
    signedIn: { sentence: 'Angemeldet', label: 'Angemeldet' },
    signInFailed: { sentence: 'Anmeldung fehlgeschlagen', label: 'Anmeldung fehlgeschlagen' },
    twoFactorRequested: {
      sentence: 'Zwei-Faktor-Authentifizierung angefordert',
      label: 'Zwei-Faktor-Code angefordert',
    },
    twoFactorSolved: {
      sentence: 'Zwei-Faktor-Abfrage bestanden',
      label: 'Zwei-Faktor-Code akzeptiert',
    },
    recoveryTokenUsed: {
      sentence: 'Zwei-Faktor-Wiederherstellungscode verwendet',
      label: 'Wiederherstellungscode verwendet',
    },
    ipBlocked: {
      sentence: 'Anfrage für :identifier von nicht freigegebener IP-Adresse blockiert',
      label: 'Anfrage von nicht freigegebener IP blockiert',
    },
    sftpSignInFailed: {
      sentence: 'SFTP-Anmeldung fehlgeschlagen',
      label: 'SFTP-Anmeldung fehlgeschlagen',
    },
    passwordResetRequested: {
      sentence: 'Zurücksetzen des Passworts angefordert',
      label: 'Zurücksetzen des Passworts angefordert',
    },
    passwordReset: { sentence: 'Passwort zurückgesetzt', label: 'Passwort zurückgesetzt' },
    emailChanged: {
      sentence: 'E-Mail-Adresse von :old in :new geändert',
      label: 'E-Mail-Adresse geändert',
    },
    passwordChanged: { sentence: 'Passwort geändert', label: 'Passwort geändert' },
    apiKeyCreated: {
      sentence: 'Neuen API-Schlüssel :identifier erstellt',
      label: 'API-Schlüssel erstellt',
    },
    apiKeyDeleted: {
      sentence: 'API-Schlüssel :identifier gelöscht',
      label: 'API-Schlüssel gelöscht',
    },
    sshKeyAdded: {
      sentence: 'SSH-Schlüssel :fingerprint zum Konto hinzugefügt',
      label: 'SSH-Schlüssel hinzugefügt',
    },
    sshKeyRemoved: {
      sentence: 'SSH-Schlüssel :fingerprint vom Konto entfernt',
      label: 'SSH-Schlüssel entfernt',
    },
    twoFactorEnabled: {
      sentence: 'Zwei-Faktor-Authentifizierung aktiviert',
      label: 'Zwei-Faktor-Authentifizierung aktiviert',
    },
    twoFactorDisabled: {
      sentence: 'Zwei-Faktor-Authentifizierung deaktiviert',
      label: 'Zwei-Faktor-Authentifizierung deaktiviert',
    },
    subuserAdded: {
      sentence: ':email als Unterbenutzer hinzugefügt',
      label: 'Unterbenutzer hinzugefügt',
    },
    subuserUpdated: {
      sentence: 'Berechtigungen des Unterbenutzers :email aktualisiert',
      label: 'Berechtigungen eines Unterbenutzers aktualisiert',
    },
    subuserRemoved: {
      sentence: ':email als Unterbenutzer entfernt',
      label: 'Unterbenutzer entfernt',
    },
    serverReinstalled: { sentence: 'Server neu installiert', label: 'Server neu installiert' },
    consoleCommand: { sentence: '„:command“ auf dem Server ausgeführt', label: 'Konsolenbefehl' },
    powerStart: { sentence: 'Server gestartet', label: 'Server gestartet' },
    powerStop: { sentence: 'Server gestoppt', label: 'Server gestoppt' },
    powerRestart: { sentence: 'Server neu gestartet', label: 'Server neu gestartet' },
    powerKill: { sentence: 'Serverprozess beendet (Kill)', label: 'Serverprozess beendet' },
    backupDownload: { sentence: 'Backup :name heruntergeladen', label: 'Backup heruntergeladen' },
    backupDelete: { sentence: 'Backup :name gelöscht', label: 'Backup gelöscht' },
    backupRestore: {
      sentence: 'Backup :name wiederhergestellt (Dateien gelöscht: :truncate)',
      label: 'Backup wiederhergestellt',
    },
    backupRestoreComplete: {
      sentence: 'Wiederherstellung des Backups :name abgeschlossen',
      label: 'Wiederherstellung abgeschlossen',
    },
    backupRestoreFailed: {
      sentence: 'Wiederherstellung des Backups :name fehlgeschlagen',
      label: 'Wiederherstellung fehlgeschlagen',
    },
    backupStart: { sentence: 'Neues Backup :name gestartet', label: 'Backup gestartet' },
    backupComplete: { sentence: 'Backup :name als fertig markiert', label: 'Backup fertig' },
    backupFail: {
      sentence: 'Backup :name als fehlgeschlagen markiert',
      label: 'Backup fehlgeschlagen',
    },
    backupLock: { sentence: 'Backup :name gesperrt', label: 'Backup gesperrt' },
    backupUnlock: { sentence: 'Backup :name entsperrt', label: 'Backup entsperrt' },
    databaseCreate: { sentence: 'Neue Datenbank :name angelegt', label: 'Datenbank angelegt' },
    databaseRotate: {
      sentence: 'Passwort der Datenbank :name erneuert',
      label: 'Datenbankpasswort erneuert',
    },
    databaseDelete: { sentence: 'Datenbank :name gelöscht', label: 'Datenbank gelöscht' },
    fileCompress: {
      sentence: ':directory:file komprimiert',
      sentenceMany: ':count Dateien in :directory komprimiert',
      label: 'Dateien komprimiert',
    },
    fileRead: { sentence: 'Inhalt von :file angesehen', label: 'Datei angesehen' },
    fileCopy: { sentence: 'Kopie von :file erstellt', label: 'Datei kopiert' },
    fileCreateDirectory: { sentence: 'Ordner :directory:name angelegt', label: 'Ordner angelegt' },
    fileDecompress: { sentence: ':files in :directory entpackt', label: 'Archiv entpackt' },
    fileDelete: {
      sentence: ':directory:files.0 gelöscht',
      sentenceMany: ':count Dateien in :directory gelöscht',
      label: 'Dateien gelöscht',
    },
    fileDownload: { sentence: ':file heruntergeladen', label: 'Datei heruntergeladen' },
    filePull: {
      sentence: 'Datei von :url nach :directory heruntergeladen',
      label: 'Datei aus dem Netz geladen',
    },
    fileRename: {
      sentence: ':directory:files.0.from in :directory:files.0.to umbenannt',
      sentenceMany: ':count Dateien in :directory umbenannt',
      label: 'Dateien umbenannt',
    },
    fileWrite: { sentence: 'Neuen Inhalt in :file geschrieben', label: 'Datei bearbeitet' },
    fileUpload: { sentence: 'Datei-Upload begonnen', label: 'Upload begonnen' },
    fileUploaded: { sentence: ':directory:file hochgeladen', label: 'Datei hochgeladen' },
    sftpDenied: {
      sentence: 'SFTP-Zugriff wegen fehlender Berechtigung blockiert',
      label: 'SFTP-Zugriff blockiert',
    },
    sftpCreate: {
      sentence: ':files.0 angelegt',
      sentenceMany: ':count neue Dateien angelegt',
      label: 'Per SFTP angelegt',
    },
    sftpWrite: {
      sentence: 'Inhalt von :files.0 geändert',
      sentenceMany: 'Inhalt von :count Dateien geändert',
      label: 'Per SFTP geändert',
    },
    sftpDelete: {
      sentence: ':files.0 gelöscht',
      sentenceMany: ':count Dateien gelöscht',
      label: 'Per SFTP gelöscht',
    },
    sftpCreateDirectory: {
      sentence: 'Ordner :files.0 angelegt',
      sentenceMany: ':count Ordner angelegt',
      label: 'Per SFTP Ordner angelegt',
    },
    sftpRename: {
      sentence: ':files.0.from in :files.0.to umbenannt',
      sentenceMany: ':count Dateien umbenannt oder verschoben',
      label: 'Per SFTP umbenannt',
    },
    allocationCreate: {
      sentence: ':allocation zum Server hinzugefügt',
      label: 'Zuweisung hinzugefügt',
    },
    allocationNotes: {
      sentence: 'Notiz für :allocation von „:old“ in „:new“ geändert',
      label: 'Zuweisungsnotiz geändert',
    },
    allocationPrimary: {
      sentence: ':allocation als primäre Zuweisung festgelegt',
      label: 'Primäre Zuweisung geändert',
    },
    allocationDelete: { sentence: 'Zuweisung :allocation gelöscht', label: 'Zuweisung gelöscht' },
    scheduleCreate: { sentence: 'Zeitplan :name angelegt', label: 'Zeitplan angelegt' },
    scheduleUpdate: { sentence: 'Zeitplan :name geändert', label: 'Zeitplan geändert' },
    scheduleExecute: {
      sentence: 'Zeitplan :name von Hand ausgeführt',
      label: 'Zeitplan von Hand ausgeführt',
    },
    scheduleDelete: { sentence: 'Zeitplan :name gelöscht', label: 'Zeitplan gelöscht' },
    taskCreate: {
      sentence: 'Neue Aufgabe „:action“ im Zeitplan :name angelegt',
      label: 'Aufgabe angelegt',
    },
    taskUpdate: {
      sentence: 'Aufgabe „:action“ im Zeitplan :name geändert',
      label: 'Aufgabe geändert',
    },
    taskDelete: { sentence: 'Eine Aufgabe im Zeitplan :name gelöscht', label: 'Aufgabe gelöscht' },
    settingsRename: { sentence: 'Server von :old in :new umbenannt', label: 'Server umbenannt' },
    settingsDescription: {
      sentence: 'Serverbeschreibung von :old in :new geändert',
      label: 'Beschreibung geändert',
    },
    startupEdit: {
      sentence: 'Variable :variable von „:old“ in „:new“ geändert',
      label: 'Startvariable geändert',
    },
    startupImage: {
      sentence: 'Docker-Image des Servers von :old in :new geändert',
      label: 'Docker-Image geändert',
    },
  },
}
