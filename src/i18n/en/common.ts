import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

// Words every part of the interface uses. Feature-specific text lives in the feature's namespace.
export const common = {
  appName: 'Talon',
  cancel: 'Cancel',
  close: 'Close',
  done: 'Done',
  save: 'Save',
  delete: 'Delete',
  retry: 'Try again',
  /** The short button label next to a failure ("Retry"). */
  retryAction: 'Retry',
  loading: 'Loading',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed. Select the text and copy it by hand.',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  somethingWentWrong: 'Something went wrong. Try again.',
  /** Default title of an inline load failure (ErrorState). */
  loadFailed: "Couldn't load this",
  /** The toasts' live region and each toast's close button. */
  notifications: 'Notifications',
  dismissNotification: 'Dismiss notification',
  /** Talon's own error messages (src/i18n/error-text.ts): shown when the panel's words don't help. */
  errors: {
    unreachable: "Can't reach the panel. Check your connection and try again.",
    timeout: 'The panel took too long to answer. Try again in a moment.',
    sessionEnded: 'Your session has ended. Sign in again.',
    forbidden: "You don't have permission to do that.",
    notFound: 'That could not be found. It may have been removed.',
    tokenExpired: 'Your security token expired. Try again; if it keeps happening, reload the page.',
    /** 429; `seconds` from Retry-After or the panel's lockout text, when known. */
    tooManyAttempts: (seconds: number | undefined) =>
      `Too many attempts. Try again ${
        seconds === undefined || seconds <= 0
          ? 'in a moment'
          : `in ${formatNumber(seconds, 'en')} ${plural('en', seconds, { one: 'second', other: 'seconds' })}`
      }.`,
    panelUnavailable: "Can't reach the panel right now. Try again in a moment.",
    panelFailed: 'The panel ran into a problem. Try again in a moment.',
    unreadableResponse: 'The panel sent a response Talon could not read.',
    unexpectedResponse: 'The panel sent a response Talon did not expect.',
  },
}
