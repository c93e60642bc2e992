import { verifyTotp } from './auth-routes'
import { allInput, input } from './context'
import { badRequest, displayError, serverError } from './panel-errors'
import { hashSecret, verifySecret } from './hashing'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from './panel'
import { BASE32, randomString } from './random'
import type { RequestContext } from './context'
import type { User } from './store'
import { validate } from './validation'

// TwoFactorController. GET has a side effect (a new secret on every call, TwoFactorSetupService),
// enabling needs the code *and* the password, disabling needs only the password.

/** PHP urlencode(): RFC 1738 style, space as `+`, only `-_.` left alone. */
const phpUrlencode = (text: string): string =>
  encodeURIComponent(text)
    .replace(/[!'()*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')

/** PHP rawurlencode(): RFC 3986, `-_.~` left alone. */
const phpRawurlencode = (text: string): string =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  )

export function otpauthUri(appName: string, email: string, secret: string): string {
  const company = phpRawurlencode(phpUrlencode(appName.replace(/\s/g, '')))
  return `otpauth://totp/${company}:${phpRawurlencode(email)}?secret=${phpRawurlencode(secret)}&issuer=${company}`
}

export function registerTwoFactorRoutes(panel: Panel, route: RouteFn): void {
  const subject = (user: User) => [{ type: 'user' as const, id: user.id }]

  const disable = (rc: RequestContext, user: User): Response => {
    const password = input(rc, 'password')
    if (!verifySecret(typeof password === 'string' ? password : '', user.passwordHash)) {
      throw badRequest('The password provided was not valid.')
    }
    user.useTotp = false
    user.updatedAt = panel.now()
    logActivity(panel, rc, { event: 'user:two-factor.delete', subjects: subject(user) })
    return noContent()
  }

  route(
    'GET',
    '/api/client/account/two-factor',
    client(panel, (_rc, { user }) => {
      if (user.useTotp)
        throw badRequest('Two-factor authentication is already enabled on this account.')
      user.totpSecret = randomString(32, BASE32)
      return json({
        data: {
          image_url_data: otpauthUri(panel.options.appName, user.email, user.totpSecret),
          secret: user.totpSecret,
        },
      })
    }),
  )

  route(
    'POST',
    '/api/client/account/two-factor',
    client(panel, (rc, { user }) => {
      validate(allInput(rc), {
        code: ['required', 'string', 'size:6'],
        password: ['required', 'string'],
      }).throwIfFailed()
      if (!verifySecret(String(input(rc, 'password')), user.passwordHash)) {
        throw badRequest('The password provided was not valid.')
      }
      // decrypt(null) when GET was never called: an uncaught DecryptException.
      if (user.totpSecret === null) throw serverError('DecryptException')
      if (!verifyTotp(user.totpSecret, String(input(rc, 'code')), panel.now())) {
        throw displayError(
          'The provided two-factor authentication token was not valid.',
          'TwoFactorAuthenticationTokenInvalid',
        )
      }
      const tokens = Array.from({ length: 10 }, () => randomString(10))
      user.recoveryTokens = tokens.map((t) => hashSecret(t))
      user.useTotp = true
      user.updatedAt = panel.now()
      logActivity(panel, rc, { event: 'user:two-factor.create', subjects: subject(user) })
      return json({ object: 'recovery_tokens', attributes: { tokens } })
    }),
  )

  if (panel.options.legacyTwoFactor) {
    // ≤ v1.11.7: DELETE with the password in the query string.
    route(
      'DELETE',
      '/api/client/account/two-factor',
      client(panel, (rc, { user }) => disable(rc, user)),
    )
  } else {
    route(
      'POST',
      '/api/client/account/two-factor/disable',
      client(panel, (rc, { user }) => disable(rc, user)),
    )
  }
}
