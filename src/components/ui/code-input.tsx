import type { ChangeEvent, ComponentPropsWithRef } from 'react'

import { cn } from '@/lib/cn'
import { normalizeOneTimeCode } from '@/lib/one-time-code'

import { Input } from './input'

/**
 * The one field for a 6-digit authenticator code (sign-in checkpoint and 2FA setup).
 *
 * No `maxLength`: the browser applies it before any script sees the text, which is what cut a
 * pasted "268 442" to "268 44". Separators are dropped as the value changes instead, so a paste
 * with spaces or dashes lands as six digits; anything else stays visible for validation to name.
 * Works with react-hook-form's `register` (the cleaned value is what its onChange reads).
 */
export function CodeInput({ className, onChange, ...props }: ComponentPropsWithRef<'input'>) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const cleaned = normalizeOneTimeCode(event.target.value)
    if (cleaned !== event.target.value) event.target.value = cleaned
    onChange?.(event)
  }
  return (
    <Input
      inputMode="numeric"
      // Older iOS picks its digit keypad from this; forms are noValidate, so it never blocks.
      pattern="[0-9]*"
      autoComplete="one-time-code"
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      enterKeyHint="done"
      className={cn('font-mono tracking-[0.3em]', className)}
      {...props}
      onChange={handleChange}
    />
  )
}
