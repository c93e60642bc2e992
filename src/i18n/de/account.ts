import type { Messages } from '../catalogue'

const formatNumber = (n: number) => new Intl.NumberFormat('de').format(n)

export const account: Messages['account'] = {
  page: {
    title: 'Profil',
    description: 'Deine Angaben, die Adresse, mit der du dich anmeldest, und Talons Sprache.',
  },
  security: {
    title: 'Passwort & Sicherheit',
    description: 'Dein Passwort und die Zwei-Faktor-Authentifizierung.',
  },
  profile: {
    title: 'Kontodaten',
    description: 'Deinen Namen und deine Sprache legt die Administration deines Panels fest.',
    loading: 'Dein Profil wird geladen …',
    loadFailed: 'Dein Profil konnte nicht geladen werden',
    username: 'Benutzername',
    administrator: 'Administrator',
    email: 'E-Mail',
    name: 'Name',
    nameNotSet: 'Nicht angegeben',
    language: 'Sprache',
    languageValue: (name: string, code: string) => `${name} (${code})`,
  },
  languageChoice: {
    title: 'Sprache der Oberfläche',
    description:
      'Die Sprache, die Talon auf diesem Gerät verwendet. Die Sprache deines Panel-Kontos legt die Administration fest.',
    label: 'Sprache auf diesem Gerät',
    followAccount: (name: string) => `Wie mein Konto (${name})`,
    changed: (name: string) => `Talon verwendet auf diesem Gerät jetzt ${name}.`,
  },
  email: {
    title: 'E-Mail-Adresse',
    description:
      'Die Adresse, mit der du dich anmeldest. Bestätige die Änderung mit deinem aktuellen Passwort.',
    newEmail: 'Neue E-Mail-Adresse',
    currentPassword: 'Aktuelles Passwort',
    submit: 'E-Mail ändern',
    changed: (email: string) => `E-Mail-Adresse geändert. Melde dich ab jetzt mit ${email} an.`,
    required: 'Gib deine neue E-Mail-Adresse ein.',
    tooLong: (max: number) => `Verwende höchstens ${formatNumber(max)} Zeichen.`,
    invalid: 'Gib eine E-Mail-Adresse wie name@example.com ein.',
    unchanged: 'Das ist bereits deine E-Mail-Adresse.',
    passwordRequired: 'Gib dein aktuelles Passwort ein.',
  },
  password: {
    title: 'Passwort',
    description:
      'Eine Änderung meldet dich auf allen anderen Geräten ab. Hier bleibst du angemeldet.',
    currentPassword: 'Aktuelles Passwort',
    newPassword: 'Neues Passwort',
    confirmPassword: 'Neues Passwort bestätigen',
    submit: 'Passwort ändern',
    changed:
      'Passwort geändert. Andere Geräte, die mit deinem Konto angemeldet waren, wurden abgemeldet.',
    currentRequired: 'Gib dein aktuelles Passwort ein.',
    newRequired: 'Gib ein neues Passwort ein.',
    tooShort: (min: number) => `Verwende mindestens ${formatNumber(min)} Zeichen.`,
    confirmationRequired: 'Gib das neue Passwort noch einmal ein.',
    mismatch: 'Die Passwörter stimmen nicht überein.',
  },
  strength: {
    label: 'Passwortstärke: {level}.',
    intro: (min: number) =>
      `Mindestens ${formatNumber(min)} Zeichen. Eine Passphrase aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.`,
    levels: {
      tooShort: 'Zu kurz',
      weak: 'Schwach',
      fair: 'Mittel',
      good: 'Gut',
      strong: 'Stark',
    },
    tips: {
      // „Zeichen“ is the same in singular and plural.
      missing: (count: number) => `Noch ${formatNumber(count)} Zeichen nötig.`,
      common: 'Vermeide gängige Wörter und Zahlenfolgen.',
      repeated: 'Vermeide wiederholte oder aufeinanderfolgende Zeichen.',
      longer: 'Ein längeres Passwort oder eine Passphrase aus mehreren Wörtern ist stärker.',
      variety: 'Mische Großbuchstaben, Ziffern oder Sonderzeichen unter.',
    },
  },
}
