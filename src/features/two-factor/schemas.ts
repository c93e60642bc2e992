import { z } from 'zod/mini'

import { messages } from '@/i18n/language'
import { normalizeOneTimeCode } from '@/lib/one-time-code'

// UI rules only; the panel checks the code against the secret and the password itself.

/** People copy codes as "123 456" or "123-456": separators are dropped before checking the six digits. */
export const totpCodeSchema = z.pipe(
  z.pipe(z.string(), z.transform(normalizeOneTimeCode)),
  z
    .string()
    .check(
      z.minLength(1, { error: () => messages().twoFactor.errors.codeRequired }),
      z.regex(/^\d{6}$/, { error: () => messages().twoFactor.errors.codeFormat }),
    ),
)

export const enableFormSchema = z.object({
  code: totpCodeSchema,
  password: z
    .string()
    .check(z.minLength(1, { error: () => messages().twoFactor.errors.passwordRequired })),
})
export type EnableFormInput = z.input<typeof enableFormSchema>
export type EnableFormValues = z.output<typeof enableFormSchema>

export const disableFormSchema = z.object({
  password: z
    .string()
    .check(z.minLength(1, { error: () => messages().twoFactor.errors.passwordRequired })),
})
export type DisableFormValues = z.output<typeof disableFormSchema>
