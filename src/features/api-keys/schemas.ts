import { z } from 'zod/mini'

import { MAX_ALLOWED_IPS, MAX_DESCRIPTION_LENGTH } from '@/api/api-keys'
import { messages } from '@/i18n/language'

import { findIpProblems, splitAllowedIps } from './allowed-ips'

// UI rules only, mirroring StoreApiKeyRequest: description required + max 500; allowed_ips at
// most 50 entries, each a valid address or range. Per-entry details are rendered from
// `findIpProblems` (the field error here is the summary).

export const createApiKeyFormSchema = z.object({
  description: z.string().check(
    z.trim(),
    z.minLength(1, { error: () => messages().apiKeys.validation.descriptionRequired }),
    z.maxLength(MAX_DESCRIPTION_LENGTH, {
      error: () => messages().apiKeys.validation.descriptionTooLong(MAX_DESCRIPTION_LENGTH),
    }),
  ),
  allowedIps: z.string().check(
    z.superRefine((text, ctx) => {
      const entries = splitAllowedIps(text)
      if (entries.length > MAX_ALLOWED_IPS) {
        ctx.addIssue({
          code: 'custom',
          message: messages().apiKeys.validation.tooManyEntries(MAX_ALLOWED_IPS, entries.length),
        })
        return
      }
      const problems = findIpProblems(entries)
      if (problems.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: messages().apiKeys.validation.invalidEntries(problems.length),
        })
      }
    }),
  ),
})

export type CreateApiKeyFormInput = z.input<typeof createApiKeyFormSchema>
export type CreateApiKeyFormValues = z.output<typeof createApiKeyFormSchema>
