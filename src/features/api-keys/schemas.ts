import { z } from 'zod'

import { MAX_ALLOWED_IPS, MAX_DESCRIPTION_LENGTH } from '@/api/api-keys'

import { findIpProblems, splitAllowedIps } from './allowed-ips'

// UI rules only, mirroring StoreApiKeyRequest: description required + max 500; allowed_ips at
// most 50 entries, each a valid address or range. Per-entry details are rendered from
// `findIpProblems` (the field error here is the summary).

export const createApiKeyFormSchema = z.object({
  description: z
    .string()
    .trim()
    .min(1, { error: 'Enter a description, so you can tell this key apart later.' })
    .max(MAX_DESCRIPTION_LENGTH, {
      error: `Keep the description to ${MAX_DESCRIPTION_LENGTH} characters or fewer.`,
    }),
  allowedIps: z.string().superRefine((text, ctx) => {
    const entries = splitAllowedIps(text)
    if (entries.length > MAX_ALLOWED_IPS) {
      ctx.addIssue({
        code: 'custom',
        message: `Enter at most ${MAX_ALLOWED_IPS} entries (you have ${entries.length}).`,
      })
      return
    }
    const problems = findIpProblems(entries)
    if (problems.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          problems.length === 1
            ? '1 entry is not a valid IP address or CIDR range.'
            : `${problems.length} entries are not valid IP addresses or CIDR ranges.`,
      })
    }
  }),
})

export type CreateApiKeyFormInput = z.input<typeof createApiKeyFormSchema>
export type CreateApiKeyFormValues = z.output<typeof createApiKeyFormSchema>
