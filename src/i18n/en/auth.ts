// Signing in: the login page, the two-factor checkpoint and their form messages.
export const auth = {
  login: {
    title: 'Sign in',
    description: 'Use your game panel account.',
    userLabel: 'Username or email',
    passwordLabel: 'Password',
    submit: 'Sign in',
    /** Notices for `/login?reason=…`. */
    reasons: {
      expired: 'Your session has ended. Sign in again to continue.',
      signedOut: 'You have signed out.',
      checkpointExpired: 'Your sign-in took too long to confirm. Enter your password again.',
    },
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
  },
}
