import { useI18n } from '@/i18n/language'
import { interpolate } from '@/i18n/interpolate'
import { cn } from '@/lib/cn'

import { passwordStrength } from '../password-strength'
import { PASSWORD_MIN } from '../schemas'
import type { StrengthLevel } from '../password-strength'

const bar: Record<StrengthLevel, string> = {
  0: 'bg-danger-text',
  1: 'bg-danger-text',
  2: 'bg-warning-text',
  3: 'bg-success-text',
  4: 'bg-success-text',
}

interface PasswordStrengthHintProps {
  id: string
  password: string
  /** The field shows an error: skip the tip so the two don't repeat each other. */
  hideTip?: boolean
}

/**
 * Advice, not a rule: a four-step meter plus one tip. The label sits in a polite live region, so
 * a screen reader hears "Password strength: Fair" only when the level changes, not per keystroke.
 */
export function PasswordStrengthHint({ id, password, hideTip }: PasswordStrengthHintProps) {
  const { t } = useI18n()
  // Computed on every render, so a language change re-words the label and tip too.
  const strength = password ? passwordStrength(password) : undefined
  return (
    <div id={id} className="space-y-1.5">
      <div className="grid grid-cols-4 gap-1" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span
            key={step}
            className={cn(
              'h-1.5 rounded-full transition-colors',
              (strength && strength.level >= step && bar[strength.level]) ||
                (strength?.level === 0 && step === 1 && bar[0]) ||
                'bg-surface-muted',
            )}
          />
        ))}
      </div>
      <p className="text-sm text-fg-muted">
        <span aria-live="polite" aria-atomic="true">
          {strength
            ? interpolate(t.account.strength.label, {
                level: <span className="font-medium text-fg">{strength.label}</span>,
              })
            : t.account.strength.intro(PASSWORD_MIN)}
        </span>
        {strength?.tip && !hideTip && <span> {strength.tip}</span>}
      </p>
    </div>
  )
}
