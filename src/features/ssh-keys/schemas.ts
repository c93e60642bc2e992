import { z } from 'zod/mini'

import { messages } from '@/i18n/language'

import { checkPublicKey } from './public-key'

// UI rules only. The panel: name required (no max), public_key required + phpseclib's verdict.
export const addSshKeyFormSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, { error: () => messages().sshKeys.validation.nameRequired })),
  publicKey: z.string().check(
    z.trim(),
    z.superRefine((value, ctx) => {
      const message = checkPublicKey(value)
      if (message) ctx.addIssue({ code: 'custom', message })
    }),
  ),
})

export type AddSshKeyFormInput = z.input<typeof addSshKeyFormSchema>
export type AddSshKeyFormValues = z.output<typeof addSshKeyFormSchema>
