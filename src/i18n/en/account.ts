import { plural } from '../plural'

const formatNumber = (n: number) => new Intl.NumberFormat('en').format(n)

// /account: profile, email and password sections (the two-factor section is `twoFactor`).
export const account = {
  page: {
    title: 'Profile',
    description: 'Your details, the address you sign in with, and the language Talon speaks.',
  },
  /** /account/security: the password form and the two-factor section. */
  security: {
    title: 'Password & security',
    description: 'Your password and two-factor authentication.',
  },
  profile: {
    title: 'Account details',
    description: 'Your name and language are managed by your panel administrator.',
    loading: 'Loading your profile…',
    loadFailed: "Couldn't load your profile",
    username: 'Username',
    administrator: 'Administrator',
    email: 'Email',
    name: 'Name',
    nameNotSet: 'Not set',
    language: 'Language',
    /** "English (en)": the language's name in the interface language, then the panel's code. */
    languageValue: (name: string, code: string) => `${name} (${code})`,
  },
  /** This device's interface language (the panel has no endpoint to change the account's). */
  languageChoice: {
    title: 'Interface language',
    description:
      "The language Talon uses on this device. Your panel account's language is set by your administrator.",
    label: 'Language on this device',
    /** The first option; `name` is the account language's name, e.g. "English". */
    followAccount: (name: string) => `Same as my account (${name})`,
    changed: (name: string) => `Talon now uses ${name} on this device.`,
  },
  email: {
    title: 'Email address',
    description: 'The address you sign in with. Confirm the change with your current password.',
    newEmail: 'New email address',
    currentPassword: 'Current password',
    submit: 'Change email',
    changed: (email: string) => `Email address changed. Sign in with ${email} from now on.`,
    required: 'Enter your new email address.',
    tooLong: (max: number) => `Use at most ${formatNumber(max)} characters.`,
    invalid: 'Enter an email address like name@example.com.',
    /** The new address is the one the account already has (the panel would change nothing). */
    unchanged: 'That is already your email address.',
    passwordRequired: 'Enter your current password.',
  },
  password: {
    title: 'Password',
    description: 'Changing it signs you out on every other device. You stay signed in here.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    submit: 'Change password',
    changed: 'Password changed. Other devices signed in to your account have been signed out.',
    currentRequired: 'Enter your current password.',
    newRequired: 'Enter a new password.',
    tooShort: (min: number) => `Use at least ${formatNumber(min)} characters.`,
    confirmationRequired: 'Enter the new password again.',
    mismatch: "The passwords don't match.",
  },
  strength: {
    /** `{level}` is one of `levels`, shown in bold. */
    label: 'Password strength: {level}.',
    intro: (min: number) =>
      `At least ${formatNumber(min)} characters. A passphrase of several words is easy to remember and hard to guess.`,
    levels: {
      tooShort: 'Too short',
      weak: 'Weak',
      fair: 'Fair',
      good: 'Good',
      strong: 'Strong',
    },
    tips: {
      missing: (count: number) =>
        `${formatNumber(count)} more ${plural('en', count, { one: 'character', other: 'characters' })} needed.`,
      common: 'Avoid common words and number sequences.',
      repeated: 'Avoid repeated or sequential characters.',
      longer: 'A longer password or a passphrase of several words is stronger.',
      variety: 'Mix in capitals, digits or symbols.',
    },
  },
}
