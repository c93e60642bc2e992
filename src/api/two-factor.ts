import { queryOptions } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { accountQueries } from './account'
import { activityQueries } from './activity'
import { api } from './client'
import { isApiError } from './errors'
import { fractalItem, paginated } from './fractal'

// Two-factor authentication (contract §3.4–3.6, §1.1 history, §3.1 for how to know the state).
//
// The panel has no "is 2FA on?" endpoint and GET /account carries no flag. GET /two-factor must
// never be used as a probe: every call mints and stores a new secret. The state therefore comes
// from the newest own activity entry with `include=actor` (`actor.attributes.2fa_enabled` is read
// from the user row at request time), or from the login response's `use_totp` when the sign-in
// code seeds it (see `seedTwoFactorStatus`).

// ── Setup (GET /two-factor) ───────────────────────────────────────────────────────────────────

const setupSchema = z.pipe(
  z.object({
    data: z.object({
      image_url_data: z.string().check(z.startsWith('otpauth://')),
      secret: z.string().check(z.minLength(1)),
    }),
  }),
  z.transform(({ data }) => ({ otpauthUrl: data.image_url_data, secret: data.secret })),
)

export type TwoFactorSetup = z.output<typeof setupSchema>

/**
 * GET /api/client/account/two-factor. **Side effect**: the panel generates and stores a new secret
 * on every call, so call it once per enrolment attempt, from an event handler, never from a query
 * that could refetch. Its result is a secret: keep it in component state only.
 */
export function getTwoFactorSetup(signal?: AbortSignal): Promise<TwoFactorSetup> {
  return api.get('/api/client/account/two-factor', setupSchema, { signal })
}

/** GET /two-factor answers 400 BadRequestHttpException when 2FA is already on (contract §3.4). */
export function isAlreadyEnabledError(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.status === 400 &&
    /already enabled/i.test(error.detail) &&
    error.code !== 'TwoFactorAuthRequiredException'
  )
}

// ── Enable (POST /two-factor) ─────────────────────────────────────────────────────────────────

const recoveryTokensSchema = z.pipe(
  fractalItem('recovery_tokens', z.object({ tokens: z.array(z.string().check(z.minLength(1))) })),
  z.transform((a) => a.tokens),
)

export interface EnableTwoFactorInput {
  /** Six digits, sent as a JSON string (a number fails the panel's `string` rule). */
  code: string
  password: string
}

/** POST /api/client/account/two-factor → the 10 one-time recovery tokens. Secret-bearing. */
export function enableTwoFactor({ code, password }: EnableTwoFactorInput): Promise<string[]> {
  return api.post('/api/client/account/two-factor', { code, password }, recoveryTokensSchema)
}

/** 400 TwoFactorAuthenticationTokenInvalid: the code did not match the stored secret. */
export function isInvalidCodeError(error: unknown): boolean {
  return isApiError(error) && error.code === 'TwoFactorAuthenticationTokenInvalid'
}

/** 400 BadRequestHttpException "The password provided was not valid." (no source field). */
export function isWrongPasswordError(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.status === 400 &&
    (error.code === 'BadRequestHttpException' ||
      error.code === 'InvalidPasswordProvidedException') &&
    /password/i.test(error.detail)
  )
}

// ── Disable ───────────────────────────────────────────────────────────────────────────────────

/** The new route is missing on panels older than v1.11.8: 404 route-not-found, or 405. */
function isMissingRoute(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.status === 405 || (error.status === 404 && error.code === 'NotFoundHttpException'))
  )
}

/**
 * Disables 2FA. v1.11.8+ is `POST /two-factor/disable` with the password in the body. Older
 * panels only know `DELETE /two-factor?password=…` (contract §1.1): used only when the new
 * route does not exist, because it puts the password in the panel's access log.
 */
export async function disableTwoFactor(password: string): Promise<void> {
  try {
    await api.post('/api/client/account/two-factor/disable', { password })
  } catch (error) {
    if (!isMissingRoute(error)) throw error
    await api.delete('/api/client/account/two-factor', undefined, undefined, {
      params: { password },
    })
  }
}

// ── Status (is 2FA on?) ───────────────────────────────────────────────────────────────────────

// The actor of an entry; anything else (an API key, the system, a malformed user) says nothing
// about this account's 2FA and reads as null.
const userActorSchema = z.object({
  object: z.literal('user'),
  attributes: z.object({
    username: z.string(),
    email: z.string(),
    '2fa_enabled': z.optional(z.boolean()),
  }),
})

const statusEntrySchema = z.pipe(
  z.object({
    object: z.literal('activity_log'),
    attributes: z.object({
      relationships: z.optional(z.object({ actor: z.optional(z.unknown()) })),
    }),
  }),
  z.transform(({ attributes }) => {
    const actor = userActorSchema.safeParse(attributes.relationships?.actor)
    if (!actor.success) return null
    const a = actor.data.attributes
    return { username: a.username, email: a.email, twoFactorEnabled: a['2fa_enabled'] }
  }),
)

const statusPageSchema = paginated(statusEntrySchema)

export type TwoFactorState = 'on' | 'off' | 'unknown'

export interface TwoFactorStatus {
  state: TwoFactorState
  /** The panel enforces 2FA for this account and it is not set up (forced-2FA answer, §2.5). */
  required: boolean
}

export interface AccountIdentity {
  username: string
  email: string
}

const isSelf = (actor: AccountIdentity, me: AccountIdentity) =>
  actor.username.toLowerCase() === me.username.toLowerCase() ||
  actor.email.toLowerCase() === me.email.toLowerCase()

async function findOwnActor(
  me: AccountIdentity,
  params: Record<string, string | number | Record<string, string>>,
  signal?: AbortSignal,
) {
  const page = await api.get('/api/client/account/activity', statusPageSchema, {
    params: { include: 'actor', sort: '-timestamp', ...params },
    signal,
  })
  // Entries of guests (auth:fail, auth:checkpoint) have no user actor; a server owner can be the
  // actor of an entry about us (subuser events). Only our own user tells our 2FA state.
  const own = page.items.find((a) => a !== null && isSelf(a, me))
  return { own, more: page.pagination.totalPages > 1 }
}

/** Reads the 2FA state from the account's own activity (`include=actor`). Never throws on 400 2FA-required. */
export async function getTwoFactorStatus(
  me: AccountIdentity,
  signal?: AbortSignal,
): Promise<TwoFactorStatus> {
  try {
    const first = await findOwnActor(me, { per_page: 10 }, signal)
    let own = first.own
    // Ten guest entries in a row (someone guessing the password): every sign-in is logged with
    // the user as actor, so look at the newest one of those.
    if (!own && first.more) {
      own = (await findOwnActor(me, { per_page: 1, filter: { event: 'auth:success' } }, signal)).own
    }
    const enabled = own?.twoFactorEnabled
    return { state: enabled === undefined ? 'unknown' : enabled ? 'on' : 'off', required: false }
  } catch (error) {
    // The activity route is behind the forced-2FA middleware: this answer itself says "off".
    if (isApiError(error) && error.code === 'TwoFactorAuthRequiredException') {
      return { state: 'off', required: true }
    }
    throw error
  }
}

export const twoFactorQueries = {
  all: () => [...accountQueries.all(), 'two-factor'] as const,
  status: ({ username, email }: AccountIdentity) => {
    const me = { username, email }
    return queryOptions({
      queryKey: [...twoFactorQueries.all(), 'status', me] as const,
      queryFn: ({ signal }) => getTwoFactorStatus(me, signal),
      // Only changes through this page (we write it) or elsewhere (another device, an admin).
      staleTime: 5 * 60_000,
      meta: { silent: true },
    })
  },
}

/**
 * Records a known state (after enabling/disabling here, after "already enabled", or from the
 * login response's `use_totp`) and refreshes the activity the change added.
 */
export function setTwoFactorStatus(
  queryClient: QueryClient,
  me: AccountIdentity,
  state: Exclude<TwoFactorState, 'unknown'>,
  { invalidateActivity = true }: { invalidateActivity?: boolean } = {},
) {
  queryClient.setQueryData(twoFactorQueries.status(me).queryKey, { state, required: false })
  if (invalidateActivity) void queryClient.invalidateQueries({ queryKey: activityQueries.all() })
}

/** For the sign-in code: `use_totp` of the login/checkpoint response's `user`. */
export function seedTwoFactorStatus(
  queryClient: QueryClient,
  me: AccountIdentity,
  useTotp: boolean,
) {
  setTwoFactorStatus(queryClient, me, useTotp ? 'on' : 'off', { invalidateActivity: false })
}
