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

/** The panel's `min:8` on a new password. */
export const NEW_PASSWORD_MIN = 8

const emailField = z.pipe(
  z
    .string()
    .check(z.trim(), z.minLength(1, { error: () => messages().auth.validation.emailRequired })),
  z.email({ error: () => messages().auth.validation.emailInvalid }),
)

export const forgotFormSchema = z.object({ email: emailField })
export type ForgotFormValues = z.infer<typeof forgotFormSchema>

export const resetFormSchema = z
  .object({
    email: emailField,
    // Never trimmed (the panel exempts passwords from TrimStrings).
    password: z.string().check(
      z.minLength(1, { error: () => messages().auth.validation.newPasswordRequired }),
      z.minLength(NEW_PASSWORD_MIN, {
        error: () => messages().auth.validation.newPasswordTooShort,
      }),
    ),
    passwordConfirmation: z.string(),
  })
  .check(
    z.refine((v) => v.password === v.passwordConfirmation, {
      path: ['passwordConfirmation'],
      error: () => messages().auth.validation.confirmMismatch,
    }),
  )
export type ResetFormValues = z.infer<typeof resetFormSchema>
