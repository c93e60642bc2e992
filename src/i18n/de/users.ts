import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'de')

export const users: Messages['users'] = {
  title: 'Benutzer',
  list: {
    title: 'Personen mit Zugriff',
    description:
      'Jede Person meldet sich mit ihrem eigenen Konto an und kann nur das, was du für sie ankreuzt. Der Besitzer hat immer vollen Zugriff.',
    label: 'Unterbenutzer',
    loadError: 'Die Personen mit Zugriff konnten nicht geladen werden',
    invite: 'Jemanden einladen',
    twoFactorOn: '2FA an',
    twoFactorOff: '2FA aus',
    twoFactorOnLabel: 'Zwei-Faktor-Authentifizierung ist an',
    twoFactorOffLabel: 'Zwei-Faktor-Authentifizierung ist aus',
    permissionCount: (count: number) =>
      `${n(count)} ${plural('de', count, { one: 'Berechtigung', other: 'Berechtigungen' })}`,
    edit: 'Berechtigungen bearbeiten',
    editLabel: (email: string) => `Berechtigungen von ${email} bearbeiten`,
    remove: 'Entfernen',
    removeLabel: (email: string) => `${email} entfernen`,
    you: 'Du',
    selfHint:
      'Deinen eigenen Zugriff kannst du weder ändern noch entfernen. Frag den Besitzer des Servers.',
    added: (email: string) => `${email} wurde eingeladen.`,
    saved: (email: string) => `Die Berechtigungen von ${email} wurden gespeichert.`,
    removed: (email: string) => `${email} wurde entfernt.`,
  },
  empty: {
    title: 'Bisher nur du',
    description:
      'Lade Freunde oder Moderatoren per E-Mail ein und lege genau fest, was sie auf diesem Server dürfen.',
  },
  noRead: 'Du darfst Personen einladen, aber nicht sehen, wer bereits Zugriff hat.',
  invite: {
    title: 'Jemanden einladen',
    description: 'Die Person bekommt eine E-Mail vom Panel und findet den Server in ihrer Liste.',
    email: 'E-Mail-Adresse',
    emailHint:
      'Gibt es noch kein Konto mit dieser Adresse, legt das Panel eines an und schickt per E-Mail einen Link, um ein Passwort zu wählen.',
    emailRequired: 'Gib die E-Mail-Adresse der Person ein, die du einladen willst.',
    emailInvalid: 'Das sieht nicht nach einer E-Mail-Adresse aus.',
    emailTooLong: 'Die E-Mail-Adresse darf höchstens 191 Zeichen lang sein.',
    submit: 'Einladung senden',
    watchOnly: 'Nichts angekreuzt: Die Person kann die Konsole und ihre Werte nur ansehen.',
  },
  edit: {
    title: (email: string) => `Berechtigungen von ${email}`,
    description:
      'Änderungen gelten sofort: Was du wegnimmst, verschwindet auch aus ihrer offenen Konsole.',
    submit: 'Berechtigungen speichern',
    unchanged: 'Noch nichts geändert.',
  },
  remove: {
    title: (email: string) => `${email} entfernen?`,
    description:
      'Die Person verliert sofort den Zugriff auf diesen Server, auch eine offene Konsole. Ihr Panel-Konto bleibt bestehen.',
    confirm: 'Zugriff entfernen',
  },
  matrix: {
    legend: 'Berechtigungen',
    loadError: 'Die Liste der Berechtigungen konnte nicht geladen werden',
    selectedCount: (on: number, all: number) => `${n(on)} von ${n(all)}`,
    groupToggle: (group: string) => `Alle: ${group}`,
    cannotGrant: 'Du hast diese Berechtigung selbst nicht und kannst sie daher nicht vergeben.',
    removeOnly:
      'Du hast diese Berechtigung selbst nicht: Du kannst sie wegnehmen, aber das Panel lässt dich sie nicht behalten.',
    refused: (count: number) =>
      `Entferne vor dem Speichern ${plural('de', count, { one: 'die Berechtigung', other: `die ${n(count)} Berechtigungen` })}, die du selbst nicht hast (unten markiert): Das Panel lehnt Änderungen ab, die sie behalten.`,
    groups: {
      control: 'Konsole und Energie',
      user: 'Benutzer',
      file: 'Dateien',
      backup: 'Backups',
      allocation: 'Netzwerk',
      startup: 'Start',
      database: 'Datenbanken',
      schedule: 'Zeitpläne',
      settings: 'Einstellungen',
      activity: 'Aktivität',
    },
  },
}
