import { z } from 'zod/mini'

import { messages } from '@/i18n/language'

// UI rules only: what the browser can know before asking the panel (contract §3.2, §3.3).
// Uniqueness of the email and the current password are the panel's to judge.

/** The panel's `between:1,191` on `email` (users.email is a VARCHAR(191)). */
export const EMAIL_MAX = 191
/** The panel's `min:8` on `password`. */
export const PASSWORD_MIN = 8

// Roughly the panel's `email` rule (egulias' RFC validation): one unquoted `@`, no whitespace or
// RFC specials, no empty labels; letters of any script are fine (jürgen@exämple.org), which
// zod's default pattern refuses. Invisible control and format characters (an RTL override) are
// refused here too: in an address they only serve to deceive.
const EMAIL = /^[^\s@"(),:;<>[\\\]\p{C}]+@[^\s@"(),:;<>[\\\]\p{C}]+$/u
const isEmailAddress = (value: string): boolean =>
  EMAIL.test(value) && !/(^\.|\.\.|\.@|@\.|\.$)/.test(value)

export const emailFormSchema = z.object({
  // The panel trims strings (TrimStrings), so the address is trimmed here too.
  email: z.pipe(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: () => messages().account.email.required }),
        z.maxLength(EMAIL_MAX, { error: () => messages().account.email.tooLong(EMAIL_MAX) }),
      ),
    z.string().check(z.refine(isEmailAddress, { error: () => messages().account.email.invalid })),
  ),
  // Passwords are never trimmed (the panel exempts them from TrimStrings).
  password: z
    .string()
    .check(z.minLength(1, { error: () => messages().account.email.passwordRequired })),
})
export type EmailFormInput = z.input<typeof emailFormSchema>
export type EmailFormValues = z.output<typeof emailFormSchema>

export const passwordFormSchema = z
  .object({
    currentPassword: z
      .string()
      .check(z.minLength(1, { error: () => messages().account.password.currentRequired })),
    password: z.string().check(
      z.minLength(1, { error: () => messages().account.password.newRequired }),
      z.minLength(PASSWORD_MIN, {
        error: () => messages().account.password.tooShort(PASSWORD_MIN),
      }),
    ),
    passwordConfirmation: z
      .string()
      .check(z.minLength(1, { error: () => messages().account.password.confirmationRequired })),
  })
  .check(
    z.refine((v) => v.password === v.passwordConfirmation, {
      // The panel reports `confirmed` on `password`; the person fixes it in the confirmation field.
      path: ['passwordConfirmation'],
      error: () => messages().account.password.mismatch,
    }),
  )
export type PasswordFormValues = z.infer<typeof passwordFormSchema>
