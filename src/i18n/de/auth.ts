import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

const seconds = (n: number) =>
  `${formatNumber(n, 'de')} ${plural('de', n, { one: 'Sekunde', other: 'Sekunden' })}`

export const auth: Messages['auth'] = {
  login: {
    title: 'Anmelden',
    description: 'Nutze dein Konto aus dem Game-Panel.',
    userLabel: 'Benutzername oder E-Mail',
    passwordLabel: 'Passwort',
    submit: 'Anmelden',
    forgotPassword: 'Passwort vergessen?',
    lockedOut: (n) => `Zu viele Anmeldeversuche. Versuche es in ${seconds(n)} erneut.`,
    reasons: {
      expired: 'Deine Sitzung ist abgelaufen. Melde dich erneut an, um weiterzumachen.',
      signedOut: 'Du hast dich abgemeldet.',
      checkpointExpired:
        'Die Bestätigung deiner Anmeldung hat zu lange gedauert. Gib dein Passwort erneut ein.',
      passwordReset: 'Dein Passwort wurde geändert. Melde dich mit dem neuen an.',
    },
  },
  forgot: {
    title: 'Passwort zurücksetzen',
    description:
      'Gib die E-Mail-Adresse deines Kontos ein. Das Panel schickt dir einen Link, mit dem du ein neues Passwort wählst.',
    emailLabel: 'E-Mail',
    submit: 'Link zum Zurücksetzen senden',
    sentTitle: 'Schau in dein Postfach',
    sent: (email) =>
      `Wenn ein Konto ${email} verwendet, ist ein Link zum Zurücksetzen unterwegs. Das kann ein paar Minuten dauern; schau auch im Spam-Ordner nach.`,
    sendAnother: 'Noch einen Link senden',
    throttled: (n) =>
      `Zu viele Anfragen. Du kannst in ${seconds(n)} einen weiteren Link anfordern.`,
    backToSignIn: 'Zurück zur Anmeldung',
  },
  reset: {
    title: 'Neues Passwort wählen',
    description: (email) => `Für ${email}.`,
    descriptionNoEmail: 'Gib die E-Mail-Adresse deines Kontos und ein neues Passwort ein.',
    emailLabel: 'E-Mail',
    passwordLabel: 'Neues Passwort',
    confirmLabel: 'Neues Passwort wiederholen',
    submit: 'Passwort ändern',
    invalidTitle: 'Dieser Link funktioniert nicht',
    invalid:
      'Vielleicht ist er abgelaufen, wurde schon benutzt oder durch einen neueren ersetzt. Fordere einen neuen Link an.',
    requestNew: 'Neuen Link anfordern',
    done: 'Dein Passwort wurde geändert.',
    backToSignIn: 'Zurück zur Anmeldung',
  },
  checkpoint: {
    title: 'Zwei-Faktor-Authentifizierung',
    codeDescription: 'Gib den 6-stelligen Code aus deiner Authenticator-App ein.',
    recoveryDescription:
      'Gib einen der Wiederherstellungstoken ein, die du beim Einschalten der Zwei-Faktor-Authentifizierung gespeichert hast. Jeder Token funktioniert nur einmal.',
    codeLabel: 'Authentifizierungscode',
    recoveryTokenLabel: 'Wiederherstellungstoken',
    verify: 'Bestätigen',
    useRecoveryToken: 'Wiederherstellungstoken verwenden',
    useCode: 'Authentifizierungscode verwenden',
    backToSignIn: 'Zurück zur Anmeldung',
  },
  validation: {
    userRequired: 'Gib deinen Benutzernamen oder deine E-Mail-Adresse ein.',
    passwordRequired: 'Gib dein Passwort ein.',
    codeInvalid: 'Gib den 6-stelligen Code aus deiner Authenticator-App ein.',
    recoveryTokenRequired: 'Gib einen deiner Wiederherstellungstoken ein.',
    emailRequired: 'Gib deine E-Mail-Adresse ein.',
    emailInvalid: 'Gib eine E-Mail-Adresse wie name@example.com ein.',
    newPasswordRequired: 'Gib ein neues Passwort ein.',
    newPasswordTooShort: 'Verwende mindestens 8 Zeichen.',
    confirmMismatch: 'Die beiden Passwörter stimmen nicht überein.',
  },
}
