import { messages } from '@/i18n/language'

import { PASSWORD_MIN } from './schemas'

export type StrengthLevel = 0 | 1 | 2 | 3 | 4

export interface PasswordStrength {
  /** 0 = too short / empty, 1 weak, 2 fair, 3 good, 4 strong. */
  level: StrengthLevel
  /** The level's name in the current language ("Too short", "Weak", "Fair", "Good", "Strong"). */
  label: string
  /** One short, actionable suggestion (never echoes the password). */
  tip?: string
}

const LEVEL_KEYS = ['tooShort', 'weak', 'fair', 'good', 'strong'] as const

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
  // Read when called, so the words follow the language of the moment.
  const text = messages().account.strength
  const length = [...password].length
  if (length < PASSWORD_MIN) {
    return {
      level: 0,
      label: text.levels[LEVEL_KEYS[0]],
      tip: text.tips.missing(PASSWORD_MIN - length),
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
  if (common) tip = text.tips.common
  else if (unique <= 3 || hasLongRun(password)) tip = text.tips.repeated
  else if (level < 3 && length < 14) tip = text.tips.longer
  else if (level < 3) tip = text.tips.variety
  return { level, label: text.levels[LEVEL_KEYS[level]], ...(tip && { tip }) }
}
