import type { Messages } from '@/i18n/catalogue'

import type { VariableRules } from './variable-rules'

type VariableText = Messages['startup']['variables']

/** The limits the rules set, in words, so nobody learns them from a refusal. */
export function ruleHints({ control, required }: VariableRules, text: VariableText): string[] {
  const hints: string[] = []
  if (required) hints.push(text.required)
  if (control.kind === 'number') {
    const { min, max } = control
    if (min !== undefined && max !== undefined) hints.push(text.between(min, max))
    else if (min !== undefined) hints.push(text.atLeast(min))
    else if (max !== undefined) hints.push(text.atMost(max))
    if (control.integer) hints.push(text.wholeNumber)
  } else if (control.kind === 'text') {
    const { minLength, maxLength } = control
    if (minLength !== undefined && maxLength !== undefined) {
      hints.push(text.lengthBetween(minLength, maxLength))
    } else if (maxLength !== undefined) hints.push(text.maxLength(maxLength))
  }
  return hints
}
