import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import type { RequestOptions } from './client'
import { fractalItem } from './fractal'

// GET /api/client/account (contract §3.1): no uuid, no 2FA flag.
export const accountSchema = fractalItem(
  'user',
  z.pipe(
    z.object({
      id: z.int(),
      admin: z.boolean(),
      username: z.string(),
      email: z.string(),
      first_name: z.nullable(z.string()),
      last_name: z.nullable(z.string()),
      language: z.string(),
    }),
    z.transform((a) => ({
      id: a.id,
      admin: a.admin,
      username: a.username,
      email: a.email,
      firstName: a.first_name ?? '',
      lastName: a.last_name ?? '',
      language: a.language,
    })),
  ),
)

export type Account = z.output<typeof accountSchema>

/** `expectsUnauthorized`: the caller probes for a session, so a 401 is an answer, not a loss. */
export function getAccount(
  signal?: AbortSignal,
  options: Pick<RequestOptions, 'expectsUnauthorized'> = {},
): Promise<Account> {
  return api.get('/api/client/account', accountSchema, { signal, ...options })
}

export const accountQueries = {
  /** Root of every account-scoped key: sign-out and 401 clear this prefix. */
  all: () => ['account'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) => getAccount(signal),
      staleTime: 60_000,
    }),
}

/** Display name: "First Last", falling back to the username. */
export function accountDisplayName(account: Pick<Account, 'firstName' | 'lastName' | 'username'>) {
  const name = `${account.firstName} ${account.lastName}`.trim()
  return name || account.username
}

/** The panel's answer to a wrong current password (contract §3.2/§3.3): 400, no `source_field`. */
export const INVALID_PASSWORD_CODE = 'InvalidPasswordProvidedException'

export interface UpdateEmailInput {
  email: string
  /** The current password. */
  password: string
}

/** PUT /api/client/account/email (contract §3.2) → 204. Carries a password: call it directly. */
export function updateEmail(input: UpdateEmailInput): Promise<void> {
  return api.put('/api/client/account/email', { email: input.email, password: input.password })
}

export interface UpdatePasswordInput {
  currentPassword: string
  password: string
  passwordConfirmation: string
}

/**
 * PUT /api/client/account/password (contract §3.3) → 204. The panel signs out every *other*
 * session; this one stays valid. Carries passwords: call it directly, never through useMutation.
 */
export function updatePassword(input: UpdatePasswordInput): Promise<void> {
  return api.put('/api/client/account/password', {
    current_password: input.currentPassword,
    password: input.password,
    password_confirmation: input.passwordConfirmation,
  })
}
