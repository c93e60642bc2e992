import { z } from 'zod/mini'

import { api, refreshCsrfCookie } from './client'
import { dateTime } from './fractal'

// Web auth routes (contract §6). These are guest routes: never POST /auth/login while a session
// is live (the panel answers with a 302 to `/`).

/** GET /sanctum/csrf-cookie: sets XSRF-TOKEN and the session cookie. */
export function fetchCsrfCookie(signal?: AbortSignal): Promise<void> {
  return refreshCsrfCookie(signal)
}

// The login `user` is the panel's model array (different names from /account: root_admin,
// name_first), so it is parsed leniently and only used for a friendly greeting.
const loginUserSchema = z.pipe(
  z.object({
    uuid: z.string(),
    username: z.string(),
    email: z.string(),
    name_first: z.nullish(z.string()),
    name_last: z.nullish(z.string()),
    language: z.optional(z.string()),
    root_admin: z.optional(z.boolean()),
    use_totp: z.optional(z.boolean()),
    created_at: z.nullish(dateTime),
  }),
  z.transform((u) => ({
    uuid: u.uuid,
    username: u.username,
    email: u.email,
    firstName: u.name_first ?? '',
    lastName: u.name_last ?? '',
    language: u.language ?? 'en',
    admin: u.root_admin ?? false,
    useTotp: u.use_totp ?? false,
  })),
)

export type LoginUser = z.output<typeof loginUserSchema>

const loginResponseSchema = z.pipe(
  z.object({
    data: z.discriminatedUnion('complete', [
      z.object({
        complete: z.literal(true),
        intended: z.optional(z.string()),
        user: loginUserSchema,
      }),
      z.object({
        complete: z.literal(false),
        confirmation_token: z.string().check(z.minLength(1)),
      }),
    ]),
  }),
  z.transform(({ data }): LoginResult =>
    data.complete
      ? { complete: true, user: data.user }
      : { complete: false, confirmationToken: data.confirmation_token },
  ),
)

export type LoginResult =
  { complete: true; user: LoginUser } | { complete: false; confirmationToken: string }

export interface LoginInput {
  /** Username or email. */
  user: string
  password: string
}

export function login({ user, password }: LoginInput): Promise<LoginResult> {
  // reCAPTCHA: a third-party front end has no site key; the admin disables it (contract §2.3).
  return api.post(
    '/auth/login',
    { user, password, 'g-recaptcha-response': null },
    loginResponseSchema,
  )
}

export type CheckpointInput =
  { confirmationToken: string; code: string } | { confirmationToken: string; recoveryToken: string }

const checkpointResponseSchema = loginResponseSchema.check(
  z.refine((r) => r.complete, { error: 'Checkpoint did not complete the sign-in' }),
)

export async function loginCheckpoint(
  input: CheckpointInput,
): Promise<{ complete: true; user: LoginUser }> {
  const body =
    'code' in input
      ? { confirmation_token: input.confirmationToken, authentication_code: input.code }
      : { confirmation_token: input.confirmationToken, recovery_token: input.recoveryToken }
  const result = await api.post('/auth/login/checkpoint', body, checkpointResponseSchema)
  if (!result.complete) throw new Error('unreachable: checkpoint refine')
  return result
}

/** POST /auth/logout → 204. */
export function logout(): Promise<void> {
  // 401/419 here mean the session is already gone: the caller handles that, no redirect.
  return api.post('/auth/logout', undefined, undefined, { expectsUnauthorized: true })
}

// Password reset (contract §6.5). Guest routes like login: the panel answers a live session with
// a 302, so these pages are for signed-out visitors only.

const forgotResponseSchema = z.object({ status: z.string() })

/**
 * POST /auth/password → 200 `{status}` for any well-formed address (the panel never says whether
 * an account uses it). 422 for a malformed one; 429 after two requests a minute from one IP.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  await api.post('/auth/password', { email, 'g-recaptcha-response': null }, forgotResponseSchema)
}

export interface ResetPasswordInput {
  token: string
  email: string
  password: string
  passwordConfirmation: string
}

const resetResponseSchema = z.pipe(
  z.object({
    success: z.boolean(),
    redirect_to: z.optional(z.string()),
    send_to_login: z.boolean(),
  }),
  z.transform((r) => ({ sendToLogin: r.send_to_login })),
)

/**
 * POST /auth/password/reset → 200; the panel signs the session in unless the account has 2FA
 * (`send_to_login: true`: sign in again, through the checkpoint). 400 for a bad token.
 */
export function resetPassword(input: ResetPasswordInput): Promise<{ sendToLogin: boolean }> {
  return api.post(
    '/auth/password/reset',
    {
      token: input.token,
      email: input.email,
      password: input.password,
      password_confirmation: input.passwordConfirmation,
    },
    resetResponseSchema,
  )
}
