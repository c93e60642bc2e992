import { z } from 'zod'

// UI rules only; the panel checks the code against the secret and the password itself.

/** People copy codes as "123 456": spaces are dropped before checking the six digits. */
export const totpCodeSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .min(1, 'Enter the 6-digit code from your authenticator app.')
      .regex(/^\d{6}$/, 'The code is 6 digits.'),
  )

export const enableFormSchema = z.object({
  code: totpCodeSchema,
  password: z.string().min(1, 'Enter your password.'),
})
export type EnableFormInput = z.input<typeof enableFormSchema>
export type EnableFormValues = z.output<typeof enableFormSchema>

export const disableFormSchema = z.object({
  password: z.string().min(1, 'Enter your password.'),
})
export type DisableFormValues = z.output<typeof disableFormSchema>
