import { PASSWORD_MIN } from './schemas'

export type StrengthLevel = 0 | 1 | 2 | 3 | 4

export interface PasswordStrength {
  /** 0 = too short / empty, 1 weak, 2 fair, 3 good, 4 strong. */
  level: StrengthLevel
  label: 'Too short' | 'Weak' | 'Fair' | 'Good' | 'Strong'
  /** One short, actionable suggestion (never echoes the password). */
  tip?: string
}

const LABELS = ['Too short', 'Weak', 'Fair', 'Good', 'Strong'] as const

// Fragments that make a password easy to guess however long it is.
const COMMON = [
  'password',
  'passwort',
  'qwerty',
  'azerty',
  'letmein',
  'welcome',
  'admin',
  'iloveyou',
  'monkey',
  'dragon',
  'minecraft',
  'pterodactyl',
  '123456',
  '654321',
  'abc123',
  '111111',
]

function hasLongRun(value: string): boolean {
  // aaaa, 1234, abcd, 4321 — four or more repeated or consecutive characters in a row.
  let same = 1
  let up = 1
  let down = 1
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1)
    same = d === 0 ? same + 1 : 1
    up = d === 1 ? up + 1 : 1
    down = d === -1 ? down + 1 : 1
    if (same >= 4 || up >= 4 || down >= 4) return true
  }
  return false
}

/**
 * A cheap, dependency-free hint: length and character variety, minus obvious patterns. It is
 * advice only — the panel's one rule is at least 8 characters, and nothing here blocks a submit.
 */
export function passwordStrength(password: string): PasswordStrength {
  const length = [...password].length
  if (length < PASSWORD_MIN) {
    const missing = PASSWORD_MIN - length
    return {
      level: 0,
      label: LABELS[0],
      tip: `${missing} more ${missing === 1 ? 'character' : 'characters'} needed.`,
    }
  }

  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length
  const lower = password.toLowerCase()
  const common = COMMON.some((word) => lower.includes(word))
  const unique = new Set(password).size

  let score = 0
  if (length >= 10) score += 1
  if (length >= 14) score += 1
  if (length >= 20) score += 1
  if (classes >= 2) score += 1
  if (classes >= 3) score += 1
  if (common) score -= 2
  if (hasLongRun(password)) score -= 1
  if (unique <= 3) score -= 2

  const level = Math.min(4, Math.max(1, score)) as StrengthLevel
  let tip: string | undefined
  if (common) tip = 'Avoid common words and number sequences.'
  else if (unique <= 3 || hasLongRun(password)) tip = 'Avoid repeated or sequential characters.'
  else if (level < 3 && length < 14)
    tip = 'A longer password or a passphrase of several words is stronger.'
  else if (level < 3) tip = 'Mix in capitals, digits or symbols.'
  return { level, label: LABELS[level], ...(tip && { tip }) }
}
