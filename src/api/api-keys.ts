import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { accountQueries } from './account'
import { api } from './client'
import { dateTime, fractalItem, fractalList } from './fractal'

// Client API keys (contract §2.4, §3.7). The list never carries secrets; the create response
// carries `meta.secret_token`, which is only half of the Bearer token: the usable key is
// `identifier + secret_token` (48 chars). It is returned to the caller once and must never be
// written to the query cache, storage, logs or toasts.

const apiKeyAttributes = z.pipe(
  z.object({
    identifier: z.string(),
    description: z.nullable(z.string()),
    allowed_ips: z.nullable(z.array(z.string())),
    last_used_at: z.nullable(dateTime),
    created_at: dateTime,
  }),
  z.transform((k) => ({
    identifier: k.identifier,
    description: k.description ?? '',
    allowedIps: k.allowed_ips ?? [],
    lastUsedAt: k.last_used_at,
    createdAt: k.created_at,
  })),
)

export const apiKeySchema = fractalItem('api_key', apiKeyAttributes)
export type ApiKey = z.output<typeof apiKeySchema>

const createdApiKeySchema = z.pipe(
  z.object({
    object: z.literal('api_key'),
    attributes: apiKeyAttributes,
    meta: z.object({ secret_token: z.string().check(z.minLength(1)) }),
  }),
  z.transform((r) => ({ key: r.attributes, secretToken: r.meta.secret_token })),
)

/** The panel refuses a 26th account key (contract §3.7). */
export const MAX_API_KEYS = 25
/** `allowed_ips` may hold at most 50 entries (`max:50`). */
export const MAX_ALLOWED_IPS = 50
/** `description` is `required|max:500`. */
export const MAX_DESCRIPTION_LENGTH = 500
/** Prefix of client keys made by panels ≥ 1.x (application keys use `ptla_`). */
export const CLIENT_KEY_PREFIX = 'ptlc_'

export const apiKeyQueries = {
  all: () => [...accountQueries.all(), 'api-keys'] as const,
  list: () =>
    queryOptions({
      queryKey: [...apiKeyQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        api.get('/api/client/account/api-keys', fractalList(apiKeySchema), { signal }),
    }),
}

export interface CreateApiKeyInput {
  description: string
  allowedIps: string[]
}

export interface CreatedApiKey {
  /** The stored attributes (safe to cache). */
  key: ApiKey
  /** The full Bearer token, `identifier + meta.secret_token`. Show once; never store. */
  token: string
}

/** POST /api/client/account/api-keys. Call it from the submit handler, not through useMutation. */
export async function createApiKey(input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const { key, secretToken } = await api.post(
    '/api/client/account/api-keys',
    { description: input.description, allowed_ips: input.allowedIps },
    createdApiKeySchema,
  )
  return { key, token: `${key.identifier}${secretToken}` }
}

export function deleteApiKey(identifier: string): Promise<void> {
  return api.delete(`/api/client/account/api-keys/${encodeURIComponent(identifier)}`)
}
