// The two-factor section of /account: status, enrolment (QR code, recovery tokens) and turning it off.
export const twoFactor = {
  section: {
    title: 'Two-factor authentication',
    description: 'Ask for a code from an authenticator app when you sign in.',
    checking: 'Checking two-factor authentication…',
    requiredTitle: 'Your panel requires two-factor authentication',
    requiredMessage: 'Set it up to use the rest of Talon.',
    alreadyOn: 'Two-factor authentication is already on for this account.',
    turnedOn: 'Two-factor authentication turned on.',
    turnedOff: 'Two-factor authentication turned off.',
    /** `reason` is Talon's own error message; a "Check again" button follows. */
    checkFailed: (reason: string) => `The check failed: ${reason}`,
    checkAgain: 'Check again',
    setUp: 'Set up',
    turnOff: 'Turn off',
  },
  /** What the section says for each status (badge beside the heading, then the body). */
  status: {
    on: {
      badge: 'On',
      heading: 'Two-factor authentication is on.',
      body: 'Signing in asks for a code from your authenticator app. Lost your phone? Use one of your recovery tokens on the sign-in page.',
    },
    off: {
      badge: 'Off',
      heading: 'Two-factor authentication is off.',
      body: 'Add a code from an authenticator app to your sign-in, so a stolen password alone is not enough.',
    },
    unknown: {
      badge: 'Unknown',
      heading: "Talon couldn't confirm whether two-factor authentication is on.",
      body: "Your panel doesn't report it directly. If it is already on, Set up will tell you.",
    },
  },
  enrol: {
    title: 'Set up two-factor authentication',
    description: 'Your authenticator app will show a new 6-digit code every 30 seconds.',
    preparing: 'Preparing your setup key…',
    startFailed: "Couldn't start the setup",
    /** `{step}` is `scanStepLabel`, in bold. */
    scanStep:
      '{step} with an authenticator app such as Aegis, 2FAS, Google Authenticator or 1Password.',
    scanStepLabel: '1. Scan this QR code',
    qrCode: 'QR code for your authenticator app',
    cantScan: "Can't scan it? Enter this setup key instead:",
    copySetupKey: 'Copy setup key',
    openInApp: 'Open in an authenticator app on this device',
    /** `{step}` is `confirmStepLabel`, in bold. */
    confirmStep: '{step} with the 6-digit code the app shows and your account password.',
    confirmStepLabel: '2. Confirm',
    formLabel: 'Confirm two-factor setup',
    code: 'Authentication code',
    password: 'Password',
    submit: 'Turn on',
  },
  recoveryTokens: {
    title: 'Save your recovery tokens',
    description: 'Two-factor authentication is now on.',
    warningTitle: "Save these now. They won't be shown again.",
    warningMessage:
      'Each token signs you in once if you lose your phone. Without your app or a token, only your panel administrator can let you back in.',
    listLabel: 'Recovery tokens',
    copyAll: 'Copy all recovery tokens',
    download: 'Download .txt',
    print: 'Print',
    saved: 'I have saved these recovery tokens somewhere safe',
    /** Shown when Back or a link was refused while the tokens are on screen. */
    leaveRefused:
      "You're still here: these tokens can't be shown again. Save them, tick the box below, then choose Done.",
    /** The downloaded file's name; `account` is already safe for file names. */
    fileName: (account: string) => `recovery-tokens-${account}.txt`,
    printTitle: 'Two-factor recovery tokens',
    printAccount: (account: string) => `Account: ${account}`,
    printHint:
      'Each token signs you in once if you lose your authenticator app. Keep this page somewhere safe.',
  },
  disable: {
    title: 'Turn off two-factor authentication?',
    description:
      'Signing in will only need your password. Your authenticator app and recovery tokens will stop working for this account.',
    formLabel: 'Turn off two-factor authentication',
    password: 'Password',
    submit: 'Turn off',
  },
  errors: {
    codeRequired: 'Enter the 6-digit code from your authenticator app.',
    codeFormat: 'The code is 6 digits.',
    passwordRequired: 'Enter your password.',
    invalidCode:
      "That code didn't work. Enter the code your app shows now. If it keeps failing, check that your phone's clock is set automatically.",
    wrongPassword: "That password isn't right.",
  },
}
