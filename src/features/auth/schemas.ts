import { z } from 'zod/mini'

import { messages } from '@/i18n/language'
import { normalizeOneTimeCode } from '@/lib/one-time-code'

// Messages are functions so they are read when validation runs, in the language of that moment.

export const loginFormSchema = z.object({
  user: z
    .string()
    .check(z.trim(), z.minLength(1, { error: () => messages().auth.validation.userRequired })),
  // Passwords are never trimmed (the panel doesn't trim them either).
  password: z
    .string()
    .check(z.minLength(1, { error: () => messages().auth.validation.passwordRequired })),
})
export type LoginFormValues = z.infer<typeof loginFormSchema>

export const codeFormSchema = z.object({
  code: z.pipe(
    z.pipe(z.string(), z.transform(normalizeOneTimeCode)),
    z.string().check(z.regex(/^\d{6}$/, { error: () => messages().auth.validation.codeInvalid })),
  ),
})
export type CodeFormValues = z.input<typeof codeFormSchema>

export const recoveryFormSchema = z.object({
  recoveryToken: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => messages().auth.validation.recoveryTokenRequired }),
    ),
})
export type RecoveryFormValues = z.infer<typeof recoveryFormSchema>
