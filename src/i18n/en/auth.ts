import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

const seconds = (n: number) =>
  `${formatNumber(n, 'en')} ${plural('en', n, { one: 'second', other: 'seconds' })}`

// Signing in: the login page, the two-factor checkpoint, password reset and their form messages.
export const auth = {
  login: {
    title: 'Sign in',
    description: 'Use your game panel account.',
    userLabel: 'Username or email',
    passwordLabel: 'Password',
    submit: 'Sign in',
    forgotPassword: 'Forgot password?',
    /** The panel's lockout (5 failed sign-ins a minute) or throttle, counting down. */
    lockedOut: (n: number) => `Too many sign-in attempts. Try again in ${seconds(n)}.`,
    /** Notices for `/login?reason=…`. */
    reasons: {
      expired: 'Your session has ended. Sign in again to continue.',
      signedOut: 'You have signed out.',
      checkpointExpired: 'Your sign-in took too long to confirm. Enter your password again.',
      passwordReset: 'Your password has been changed. Sign in with the new one.',
    },
  },
  /** /auth/password: ask the panel to email a reset link. */
  forgot: {
    title: 'Reset your password',
    description:
      "Enter your account's email address. The panel emails it a link to choose a new password.",
    emailLabel: 'Email',
    submit: 'Email me a reset link',
    sentTitle: 'Check your inbox',
    /** The panel gives the same answer whether or not an account uses the address. */
    sent: (email: string) =>
      `If an account uses ${email}, a reset link is on its way. It can take a few minutes; check your spam folder too.`,
    sendAnother: 'Send another link',
    /** The panel allows two requests a minute from one address. */
    throttled: (n: number) => `Too many requests. You can ask for another link in ${seconds(n)}.`,
    backToSignIn: 'Back to sign in',
  },
  /** /auth/password/reset/:token?email=… — the page the panel's email links to. */
  reset: {
    title: 'Choose a new password',
    description: (email: string) => `For ${email}.`,
    descriptionNoEmail: 'Enter the email address of your account and a new password.',
    emailLabel: 'Email',
    passwordLabel: 'New password',
    confirmLabel: 'Repeat new password',
    submit: 'Change password',
    invalidTitle: "This reset link doesn't work",
    invalid:
      'It may have expired, been used already, or been replaced by a newer one. Ask for a new link.',
    requestNew: 'Ask for a new link',
    done: 'Your password has been changed.',
    backToSignIn: 'Back to sign in',
  },
  checkpoint: {
    title: 'Two-factor authentication',
    codeDescription: 'Enter the 6-digit code from your authenticator app.',
    recoveryDescription:
      'Enter one of the recovery tokens you saved when you turned on two-factor authentication. Each token works once.',
    codeLabel: 'Authentication code',
    recoveryTokenLabel: 'Recovery token',
    verify: 'Verify',
    useRecoveryToken: 'Use a recovery token',
    useCode: 'Use an authentication code',
    backToSignIn: 'Back to sign in',
  },
  /** zod messages of the sign-in forms. */
  validation: {
    userRequired: 'Enter your username or email.',
    passwordRequired: 'Enter your password.',
    codeInvalid: 'Enter the 6-digit code from your authenticator app.',
    recoveryTokenRequired: 'Enter one of your recovery tokens.',
    emailRequired: 'Enter your email address.',
    emailInvalid: 'Enter an email address like name@example.com.',
    newPasswordRequired: 'Enter a new password.',
    newPasswordTooShort: 'Use at least 8 characters.',
    confirmMismatch: "The two passwords don't match.",
  },
}
