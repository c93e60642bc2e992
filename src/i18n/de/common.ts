import { formatNumber } from '../../lib/format'

import type { Messages } from '../catalogue'
import { plural } from '../plural'

export const common: Messages['common'] = {
  appName: 'Talon',
  cancel: 'Abbrechen',
  close: 'Schließen',
  done: 'Fertig',
  save: 'Speichern',
  delete: 'Löschen',
  retry: 'Erneut versuchen',
  retryAction: 'Erneut versuchen',
  loading: 'Wird geladen',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen. Markiere den Text und kopiere ihn von Hand.',
  showPassword: 'Passwort anzeigen',
  hidePassword: 'Passwort verbergen',
  somethingWentWrong: 'Etwas ist schiefgelaufen. Versuche es erneut.',
  loadFailed: 'Konnte nicht geladen werden',
  notifications: 'Benachrichtigungen',
  dismissNotification: 'Benachrichtigung schließen',
  errors: {
    unreachable: 'Das Panel ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
    timeout: 'Das Panel hat zu lange nicht geantwortet. Versuche es gleich noch einmal.',
    sessionEnded: 'Deine Sitzung ist abgelaufen. Melde dich erneut an.',
    forbidden: 'Dazu fehlt dir die Berechtigung.',
    notFound: 'Das wurde nicht gefunden. Vielleicht wurde es entfernt.',
    tokenExpired:
      'Dein Sicherheitstoken ist abgelaufen. Versuche es erneut; wenn das immer wieder passiert, lade die Seite neu.',
    tooManyAttempts: (seconds: number | undefined) =>
      seconds === undefined || seconds <= 0
        ? 'Zu viele Versuche. Versuche es gleich noch einmal.'
        : `Zu viele Versuche. Versuche es in ${formatNumber(seconds, 'de')} ${plural('de', seconds, { one: 'Sekunde', other: 'Sekunden' })} erneut.`,
    panelUnavailable: 'Das Panel ist gerade nicht erreichbar. Versuche es gleich noch einmal.',
    panelFailed: 'Im Panel ist ein Problem aufgetreten. Versuche es gleich noch einmal.',
    unreadableResponse: 'Das Panel hat eine Antwort gesendet, die Talon nicht lesen konnte.',
    unexpectedResponse: 'Das Panel hat eine Antwort gesendet, die Talon nicht erwartet hat.',
  },
}
