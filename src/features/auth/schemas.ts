import { z } from 'zod'

export const loginFormSchema = z.object({
  user: z.string().trim().min(1, { error: 'Enter your username or email.' }),
  // Passwords are never trimmed (the panel doesn't trim them either).
  password: z.string().min(1, { error: 'Enter your password.' }),
})
export type LoginFormValues = z.infer<typeof loginFormSchema>

export const codeFormSchema = z.object({
  code: z
    .string()
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(
      z.string().regex(/^\d{6}$/, { error: 'Enter the 6-digit code from your authenticator app.' }),
    ),
})
export type CodeFormValues = z.input<typeof codeFormSchema>

export const recoveryFormSchema = z.object({
  recoveryToken: z.string().trim().min(1, { error: 'Enter one of your recovery tokens.' }),
})
export type RecoveryFormValues = z.infer<typeof recoveryFormSchema>
