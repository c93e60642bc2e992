import type { Messages } from '../catalogue'

export const layout: Messages['layout'] = {
  skipToContent: 'Zum Inhalt springen',
  menu: 'Menü',
  signedInAs: (name: string) => `Angemeldet als ${name}`,
  signOut: 'Abmelden',
  signOutFailed: (detail: string) => `Abmelden fehlgeschlagen. ${detail}`.trim(),
  nav: {
    label: 'Hauptnavigation',
    servers: 'Server',
    account: 'Konto',
    apiKeys: 'API-Schlüssel',
    sshKeys: 'SSH-Schlüssel',
    activity: 'Aktivität',
  },
  theme: {
    legend: 'Design',
    light: 'Hell',
    dark: 'Dunkel',
    system: 'System',
  },
  titles: {
    signIn: 'Anmelden',
    twoFactor: 'Zwei-Faktor-Authentifizierung',
    forgotPassword: 'Passwort zurücksetzen',
    resetPassword: 'Neues Passwort wählen',
    servers: 'Server',
    account: 'Konto',
    apiKeys: 'API-Schlüssel',
    sshKeys: 'SSH-Schlüssel',
    activity: 'Aktivität',
    notFound: 'Seite nicht gefunden',
    server: 'Server',
    serverSettings: 'Servereinstellungen',
    serverActivity: 'Serveraktivität',
    serverFiles: 'Dateien',
  },
  documentTitle: (title: string) => `${title} · Talon`,
  panelSlow: 'Das Panel antwortet langsam. Wir warten noch …',
  loadingPage: 'Seite wird geladen',
  goToServers: 'Zu den Servern',
  refreshFailed: (detail: string) => `Aktualisieren fehlgeschlagen. ${detail}`,
  routeError: {
    title: 'Etwas ist schiefgelaufen',
    message:
      'Diese Seite konnte nicht geladen werden. Versuche es erneut und lade die Seite neu, falls es wieder passiert.',
    unreachableTitle: 'Panel nicht erreichbar',
    failedTitle: 'Diese Seite konnte nicht geladen werden',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundMessage: 'Unter dieser Adresse gibt es nichts.',
  },
  notFound: {
    code: '404',
    title: 'Seite nicht gefunden',
    description:
      'Unter dieser Adresse gibt es nichts. Prüfe den Link oder geh zurück zu deinen Servern.',
  },
  twoFactorRequired: {
    title: 'Zwei-Faktor-Authentifizierung erforderlich',
    message:
      'Dein Panel verlangt für dieses Konto die Zwei-Faktor-Authentifizierung. Richte sie unten ein, um den Rest von Talon zu nutzen.',
  },
}
