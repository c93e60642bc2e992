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
  },
}
