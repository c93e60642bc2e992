import * as OTPAuth from 'otpauth'

import { allInput, input, wantsJson, type RequestContext } from './context'
import { displayError, PanelError, serverError } from './panel-errors'
import { hashSecret, verifySecret } from './hashing'
import { json, logActivity, noContent, web, type Panel, type RouteFn } from './panel'
import { randomString } from './random'
import { passwordResetMail, sendMail } from './subusers/mailbox'
import type { User } from './store'
import { laravelIso } from './time'
import { requiredIf, validate } from './validation'

// routes/auth.php + Sanctum's csrf-cookie route. The controllers' quirks are kept: no validator on
// login, ThrottlesLogins keyed on an `email` input the form never sends (so effectively per IP),
// checkpoint failures counted as failed logins, and a 500 for a checkpoint without pending login.

/** PHP's (string) cast for scalars; arrays/objects never match a token. */
const scalar = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : ''

const FAILED = 'No account matching those credentials could be found.'
const CHECKPOINT_FAILED = 'The two-factor authentication token was invalid.'
const TOKEN_EXPIRED =
  'The authentication token provided has expired, please refresh the page and try again.'
const RECOVERY_INVALID = 'The recovery token provided is not valid.'
const MAX_LOGIN_ATTEMPTS = 5
const TOTP_WINDOW = 4

const lockoutKey = (rc: RequestContext): string => {
  const email = input(rc, 'email')
  return `login|${typeof email === 'string' ? email.toLowerCase() : ''}|${rc.ip}`
}

const fieldFor = (value: unknown): 'email' | 'username' =>
  typeof value === 'string' && value.includes('@') ? 'email' : 'username'

/** The model array the login response exposes (`toVueObject()`: everything but id/external_id/hidden). */
export function vueUser(user: User): Record<string, unknown> {
  return {
    uuid: user.uuid,
    username: user.username,
    email: user.email,
    name_first: user.nameFirst,
    name_last: user.nameLast,
    language: user.language,
    root_admin: user.rootAdmin,
    use_totp: user.useTotp,
    gravatar: user.gravatar,
    created_at: laravelIso(user.createdAt),
    updated_at: laravelIso(user.updatedAt),
  }
}

export function verifyTotp(secret: string, code: string, now: number): boolean {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  })
  return (
    /^\d{6}$/.test(code) &&
    totp.validate({ token: code, window: TOTP_WINDOW, timestamp: now }) !== null
  )
}

export function registerAuthRoutes(panel: Panel, route: RouteFn): void {
  const { store, limiter } = panel
  // Reset links arrive by e-mail: the double keeps its mail at GET /__demo/mail. The tokens are
  // in the store (read per call: the panel's reset swaps the store's contents).

  const lockoutCheck = (rc: RequestContext): void => {
    const key = lockoutKey(rc)
    if (!limiter.tooManyAttempts(key, MAX_LOGIN_ATTEMPTS)) return
    const seconds = limiter.availableIn(key)
    // ThrottlesLogins::sendLockoutResponse: a ValidationException re-statused to 429.
    throw new PanelError(429, [
      {
        code: 'ValidationException',
        status: '422',
        detail: `Too many login attempts. Please try again in ${seconds} seconds.`,
        meta: { source_field: 'email', rule: '' },
      },
    ])
  }

  const failLogin = (rc: RequestContext, user: User | null, message: string): never => {
    limiter.hit(lockoutKey(rc), 60_000)
    const typed = input(rc, 'user')
    logActivity(panel, rc, {
      event: 'auth:fail',
      subjects: user ? [{ type: 'user', id: user.id }] : [],
      actorId: null,
      requestMetadata: true,
      properties: { [fieldFor(typed)]: typed ?? null },
    })
    throw displayError(message)
  }

  const completeLogin = (rc: RequestContext, user: User): Response => {
    const now = panel.now()
    if (!rc.session) throw serverError()
    rc.session.pendingLogin = null
    rc.session = panel.sessions.regenerate(rc.session, now)
    limiter.clear(lockoutKey(rc))
    rc.session.userId = user.id
    rc.session.passwordHash = user.passwordHash
    user.rememberToken ??= randomString(60)
    rc.cookies.push(
      panel.sessions.rememberCookie(user.id, user.rememberToken, user.passwordHash, now),
    )
    rc.user = user
    logActivity(panel, rc, {
      event: 'auth:success',
      subjects: [{ type: 'user', id: user.id }],
      requestMetadata: true,
    })
    return json({ data: { complete: true, intended: '/', user: vueUser(user) } })
  }

  route(
    'GET',
    '/sanctum/csrf-cookie',
    web(panel, () => noContent()),
  )

  route(
    'POST',
    '/auth/login',
    web(
      panel,
      (rc) => {
        // reCAPTCHA is treated as disabled by the admin (a double cannot verify Google tokens).
        lockoutCheck(rc)
        const typed = input(rc, 'user')
        const field = fieldFor(typed)
        const user =
          typeof typed === 'string'
            ? store.users.find(
                (u) =>
                  (field === 'email' ? u.email : u.username).toLowerCase() === typed.toLowerCase(),
              )
            : undefined
        if (!user) return failLogin(rc, null, FAILED)
        const password = input(rc, 'password')
        if (typeof password !== 'string' || !verifySecret(password, user.passwordHash))
          return failLogin(rc, user, FAILED)
        if (!user.useTotp) return completeLogin(rc, user)
        const token = randomString(64)
        if (rc.session)
          rc.session.pendingLogin = {
            userId: user.id,
            tokenValue: token,
            expiresAt: panel.now() + 5 * 60_000,
          }
        logActivity(panel, rc, {
          event: 'auth:checkpoint',
          subjects: [{ type: 'user', id: user.id }],
          actorId: null,
          requestMetadata: true,
        })
        return json({ data: { complete: false, confirmation_token: token } })
      },
      { guest: true, throttle: 'authentication' },
    ),
  )

  route(
    'POST',
    '/auth/login/checkpoint',
    web(
      panel,
      (rc) => {
        validate(allInput(rc), {
          confirmation_token: ['required', 'string'],
          authentication_code: ['nullable', 'numeric', requiredIf((d) => !d.recovery_token)],
          recovery_token: ['nullable', 'string', requiredIf((d) => !d.authentication_code)],
        }).throwIfFailed()
        lockoutCheck(rc)
        const pending = rc.session?.pendingLogin
        // hasValidSessionData(array $data) receives null when nothing is pending: a TypeError (500).
        if (!pending) throw serverError('TypeError')
        if (pending.expiresAt < panel.now()) return failLogin(rc, null, TOKEN_EXPIRED)
        const given = input(rc, 'confirmation_token')
        if (typeof given !== 'string' || given !== pending.tokenValue)
          return failLogin(rc, null, CHECKPOINT_FAILED)
        const user = store.users.find((u) => u.id === pending.userId)
        if (!user) return failLogin(rc, null, TOKEN_EXPIRED)
        const recovery = input(rc, 'recovery_token')
        if (recovery !== null && recovery !== undefined) {
          const index = user.recoveryTokens.findIndex((hash) =>
            verifySecret(scalar(recovery), hash),
          )
          if (index >= 0) {
            user.recoveryTokens.splice(index, 1)
            return completeLogin(rc, user)
          }
          return failLogin(rc, user, RECOVERY_INVALID)
        }
        const code = scalar(input(rc, 'authentication_code'))
        if (user.totpSecret && verifyTotp(user.totpSecret, code, panel.now()))
          return completeLogin(rc, user)
        return failLogin(rc, user, CHECKPOINT_FAILED)
      },
      { guest: true, throttle: 'authentication' },
    ),
  )

  route(
    'POST',
    '/auth/logout',
    web(
      panel,
      (rc) => {
        const now = panel.now()
        // SessionGuard::logout() cycles the remember token and forgets the recaller cookie.
        if (rc.user) rc.user.rememberToken = randomString(60)
        rc.cookies.push(panel.sessions.forgetRememberCookie(now))
        if (rc.session) rc.session = panel.sessions.invalidate(rc.session, now)
        rc.user = null
        if (wantsJson(rc.request.headers)) return noContent()
        return new Response(null, { status: 302, headers: { Location: `${rc.url.origin}/` } })
      },
      { auth: true },
    ),
  )

  route(
    'POST',
    '/auth/password',
    web(
      panel,
      (rc) => {
        validate(allInput(rc), { email: ['required', 'email'] }).throwIfFailed()
        const email = String(input(rc, 'email')).toLowerCase()
        const user = store.users.find((u) => u.email.toLowerCase() === email)
        if (user) {
          const token = randomString(64)
          store.passwordResets.set(user.id, hashSecret(token))
          sendMail(panel, passwordResetMail(rc.url.origin, user, token))
          logActivity(panel, rc, {
            event: 'auth:reset-password',
            subjects: [{ type: 'user', id: user.id }],
            actorId: null,
            requestMetadata: true,
            description: 'sending password reset email',
          })
        }
        // Always the same answer, so the endpoint cannot be used to probe for accounts.
        return json({ status: 'We have e-mailed your password reset link!' })
      },
      { guest: true, throttle: 'forgot-password' },
    ),
  )

  route(
    'POST',
    '/auth/password/reset',
    web(
      panel,
      (rc) => {
        validate(allInput(rc), {
          token: ['required', 'string'],
          email: ['required', 'email'],
          password: ['required', 'string', 'confirmed', 'min:8'],
        }).throwIfFailed()
        const email = String(input(rc, 'email')).toLowerCase()
        const user = store.users.find((u) => u.email.toLowerCase() === email)
        if (!user) throw displayError("We can't find a user with that e-mail address.")
        const stored = store.passwordResets.get(user.id)
        if (!stored || !verifySecret(String(input(rc, 'token')), stored))
          throw displayError('This password reset token is invalid.')
        store.passwordResets.delete(user.id)
        user.passwordHash = hashSecret(String(input(rc, 'password')))
        user.rememberToken = randomString(60)
        user.updatedAt = panel.now()
        if (!user.useTotp && rc.session) {
          rc.session = panel.sessions.regenerate(rc.session, panel.now())
          rc.session.userId = user.id
          rc.session.passwordHash = user.passwordHash
        }
        return json({ success: true, redirect_to: '/', send_to_login: user.useTotp })
      },
      { guest: true },
    ),
  )
}
