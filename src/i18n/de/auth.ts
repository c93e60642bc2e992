import type { Messages } from '../catalogue'

export const auth: Messages['auth'] = {
  login: {
    title: 'Anmelden',
    description: 'Nutze dein Konto aus dem Game-Panel.',
    userLabel: 'Benutzername oder E-Mail',
    passwordLabel: 'Passwort',
    submit: 'Anmelden',
    reasons: {
      expired: 'Deine Sitzung ist abgelaufen. Melde dich erneut an, um weiterzumachen.',
      signedOut: 'Du hast dich abgemeldet.',
      checkpointExpired:
        'Die Bestätigung deiner Anmeldung hat zu lange gedauert. Gib dein Passwort erneut ein.',
    },
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
  },
}
