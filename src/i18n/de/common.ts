import type { Messages } from '../catalogue'

export const common: Messages['common'] = {
  appName: 'Talon',
  cancel: 'Abbrechen',
  close: 'Schließen',
  done: 'Fertig',
  save: 'Speichern',
  delete: 'Löschen',
  retry: 'Erneut versuchen',
  loading: 'Wird geladen',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen. Markiere den Text und kopiere ihn von Hand.',
  showPassword: 'Passwort anzeigen',
  hidePassword: 'Passwort verbergen',
  somethingWentWrong: 'Etwas ist schiefgelaufen. Versuche es erneut.',
}
