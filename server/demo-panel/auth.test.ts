import * as OTPAuth from 'otpauth'
import { describe, expect, it } from 'vitest'

import { SECURE_RECOVERY_TOKENS, SECURE_TOTP_SECRET } from './seed-accounts'
import { Browser, errorBody, loggedIn, makePanel, ORIGIN, validationError } from './test-kit'

const cookieNamed = (cookies: string[], name: string): string | undefined =>
  cookies.find((c) => c.startsWith(`${name}=`))

describe('sessions and CSRF', () => {
  it('csrf-cookie sets a readable, URL-encoded XSRF-TOKEN and an HttpOnly session cookie', async () => {
    const { panel } = makePanel()
    const res = await new Browser(panel).get('/sanctum/csrf-cookie')
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    const xsrf = cookieNamed(res.cookies, 'XSRF-TOKEN') ?? ''
    expect(xsrf).toMatch(/^XSRF-TOKEN=[^;]*%3D; expires=.+; Max-Age=43200; path=\/; samesite=lax$/)
    expect(xsrf).not.toContain('httponly')
    expect(cookieNamed(res.cookies, 'pterodactyl_session')).toMatch(
      /; path=\/; httponly; samesite=lax$/,
    )
  })

  it('rejects an XSRF header that was not URL-decoded, accepts the decoded one', async () => {
    const { panel } = makePanel()
    const browser = new Browser(panel)
    await browser.get('/sanctum/csrf-cookie')
    const raw = browser.jar.get('XSRF-TOKEN') ?? ''
    const res = await browser.post(
      '/auth/login',
      { user: 'demo', password: 'demo-password' },
      { noXsrf: true, headers: { 'X-XSRF-TOKEN': raw } },
    )
    expect(res.status).toBe(419)
    expect(res.body).toEqual(errorBody('HttpException', 419, 'CSRF token mismatch.'))
    expect(cookieNamed(res.cookies, 'XSRF-TOKEN')).toBeUndefined()
    expect(
      (await browser.post('/auth/login', { user: 'demo', password: 'demo-password' })).status,
    ).toBe(200)
  })

  it('login regenerates the session id and the CSRF token', async () => {
    const { panel } = makePanel()
    const browser = new Browser(panel)
    await browser.get('/sanctum/csrf-cookie')
    const before = { session: browser.jar.get('pterodactyl_session'), xsrf: browser.xsrf }
    const res = await browser.post('/auth/login', {
      user: 'DEMO@example.com',
      password: 'demo-password',
    })
    expect(res.status).toBe(200)
    expect(browser.jar.get('pterodactyl_session')).not.toBe(before.session)
    expect(browser.xsrf).not.toBe(before.xsrf)
    expect(
      cookieNamed(res.cookies, 'remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d'),
    ).toMatch(/httponly/)
    // The old token is now useless.
    const stale = await browser.put(
      '/api/client/account/email',
      { email: 'x@example.com', password: 'demo-password' },
      { noXsrf: true, headers: { 'X-XSRF-TOKEN': before.xsrf ?? '' } },
    )
    expect(stale.status).toBe(419)
  })

  it('API mutations through a session need the CSRF header; Bearer requests do not', async () => {
    const { panel } = makePanel()
    const browser = await loggedIn(panel)
    const res = await browser.post(
      '/api/client/account/api-keys',
      { description: 'x' },
      { noXsrf: true },
    )
    expect(res.status).toBe(419)
    const ok = await browser.post('/api/client/account/api-keys', { description: 'x' })
    expect(ok.status).toBe(200)
    expect(cookieNamed(ok.cookies, 'XSRF-TOKEN')).toBeDefined()
    const { attributes, meta } = ok.body as {
      attributes: { identifier: string }
      meta: { secret_token: string }
    }
    const bearer = new Browser(panel)
    const viaKey = await bearer.post(
      '/api/client/account/api-keys',
      { description: 'y' },
      { bearer: attributes.identifier + meta.secret_token },
    )
    expect(viaKey.status).toBe(200)
    expect(viaKey.cookies).toEqual([])
  })

  it('a Referer from a stateful domain makes a cookie-less request stateful (fresh session, CSRF applies)', async () => {
    const { panel } = makePanel()
    const browser = new Browser(panel)
    const res = await browser.post(
      '/api/client/account/api-keys',
      { description: 'x' },
      { headers: { Referer: 'http://localhost:3000/account' } },
    )
    expect(res.status).toBe(419)
    expect(cookieNamed(res.cookies, 'pterodactyl_session')).toBeDefined()
    const foreign = await new Browser(panel).post(
      '/api/client/account/api-keys',
      { description: 'x' },
      { headers: { Origin: 'http://evil.example' } },
    )
    expect(foreign.status).toBe(401)
    expect(foreign.cookies).toEqual([])
    const own = await new Browser(panel).get('/api/client/account', { headers: { Origin: ORIGIN } })
    expect(own.status).toBe(401)
    expect(cookieNamed(own.cookies, 'XSRF-TOKEN')).toBeDefined()
  })

  it('the session user wins over a Bearer token', async () => {
    const { panel } = makePanel()
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    const demo = await loggedIn(panel)
    const created = await demo.post('/api/client/account/api-keys', { description: 'x' })
    const { attributes, meta } = created.body as {
      attributes: { identifier: string }
      meta: { secret_token: string }
    }
    const res = await admin.get('/api/client/account', {
      bearer: attributes.identifier + meta.secret_token,
    })
    expect((res.body as { attributes: { username: string } }).attributes.username).toBe('admin')
  })

  it('non-JSON clients get a 302 to /auth/login instead of a 401', async () => {
    const { panel } = makePanel()
    const res = await new Browser(panel).get('/api/client/account', { html: true })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(`${ORIGIN}/auth/login`)
    const xhr = await new Browser(panel).get('/api/client/account', {
      html: true,
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    })
    expect(xhr.status).toBe(401)
    const vendor = await new Browser(panel).get('/api/client/account', {
      html: true,
      headers: { Accept: 'application/vnd.pterodactyl.v1+json' },
    })
    expect(vendor.status).toBe(401)
  })

  it('sessions expire after 720 idle minutes (the remember-me cookie logs back in)', async () => {
    const { panel, clock } = makePanel()
    const browser = await loggedIn(panel)
    clock.advance(719 * 60_000)
    expect((await browser.get('/api/client/account')).status).toBe(200)
    clock.advance(721 * 60_000)
    browser.jar.delete('remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d')
    expect((await browser.get('/api/client/account')).status).toBe(401)
    const remembered = await loggedIn(panel)
    clock.advance(721 * 60_000)
    expect((await remembered.get('/api/client/account')).status).toBe(200)
  })

  it('guest routes redirect a logged-in session to /', async () => {
    const { panel } = makePanel()
    const browser = await loggedIn(panel)
    const res = await browser.post('/auth/login', { user: 'demo', password: 'demo-password' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(`${ORIGIN}/`)
  })

  it('logout: 204, session invalidated, new CSRF token, 401 when not logged in', async () => {
    const { panel } = makePanel()
    const browser = await loggedIn(panel)
    const xsrf = browser.xsrf
    const res = await browser.post('/auth/logout')
    expect(res.status).toBe(204)
    expect(browser.xsrf).not.toBe(xsrf)
    expect(browser.jar.has('remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d')).toBe(false)
    expect((await browser.get('/api/client/account')).status).toBe(401)
    const again = await browser.post('/auth/logout')
    expect(again.status).toBe(401)
    expect(again.body).toEqual(errorBody('AuthenticationException', 401, 'Unauthenticated.'))
  })
})

describe('login', () => {
  it('logs auth:fail with what was typed, and auth:success', async () => {
    const { panel } = makePanel()
    const browser = new Browser(panel)
    await browser.login('demo@example.com', 'wrong')
    await browser.login('demo', 'demo-password')
    const feed = await browser.get('/api/client/account/activity?sort=-timestamp')
    const [success, fail] = (feed.body as { data: Array<{ attributes: Record<string, unknown> }> })
      .data
    expect(success?.attributes).toMatchObject({
      event: 'auth:success',
      ip: '198.51.100.7',
      properties: { ip: '198.51.100.7', useragent: null },
    })
    expect(fail?.attributes).toMatchObject({
      event: 'auth:fail',
      ip: null,
      properties: { ip: '[hidden]', useragent: null, email: 'demo@example.com' },
    })
  })

  it('locks out after 5 failures per minute per IP (HTTP 429, ValidationException body)', async () => {
    const { panel, clock } = makePanel()
    const browser = new Browser(panel)
    for (let i = 0; i < 5; i++) expect((await browser.login('demo', 'wrong')).status).toBe(400)
    clock.advance(10_000)
    const locked = await browser.post('/auth/login', { user: 'demo', password: 'demo-password' })
    expect(locked.status).toBe(429)
    expect(locked.body).toEqual({
      errors: [
        {
          code: 'ValidationException',
          status: '422',
          detail: 'Too many login attempts. Please try again in 50 seconds.',
          meta: { source_field: 'email', rule: '' },
        },
      ],
    })
    const elsewhere = await new Browser(panel, '192.0.2.1').login('demo', 'demo-password')
    expect(elsewhere.status).toBe(200)
    clock.advance(51_000)
    expect(
      (await browser.post('/auth/login', { user: 'demo', password: 'demo-password' })).status,
    ).toBe(200)
  })

  it('throttle:authentication is one 10/min bucket shared by every client', async () => {
    const { panel, clock } = makePanel()
    for (let i = 0; i < 10; i++) {
      const res = await new Browser(panel, `192.0.2.${i + 1}`).login('demo', 'demo-password')
      expect(res.headers.get('x-ratelimit-limit')).toBe('10')
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(9 - i))
    }
    clock.advance(15_000)
    const res = await new Browser(panel, '192.0.2.99').login('demo', 'demo-password')
    expect(res.status).toBe(429)
    expect(res.body).toEqual(errorBody('ThrottleRequestsException', 429, 'Too Many Attempts.'))
    expect(res.headers.get('retry-after')).toBe('45')
  })
})

describe('checkpoint', () => {
  const totp = (at: number): string =>
    new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(SECURE_TOTP_SECRET) }).generate({
      timestamp: at,
    })
  const start = async () => {
    const { panel, clock } = makePanel()
    const browser = new Browser(panel)
    const res = await browser.login('secure', 'secure-password')
    return {
      panel,
      clock,
      browser,
      token: (res.body as { data: { confirmation_token: string } }).data.confirmation_token,
    }
  }

  it('accepts codes within ±4 steps only', async () => {
    const { clock, browser, token } = await start()
    const early = await browser.post('/auth/login/checkpoint', {
      confirmation_token: token,
      authentication_code: totp(clock.now() - 5 * 30_000),
    })
    expect(early.status).toBe(400)
    const ok = await browser.post('/auth/login/checkpoint', {
      confirmation_token: token,
      authentication_code: totp(clock.now() - 4 * 30_000),
    })
    expect(ok.status).toBe(200)
  })

  it('recovery tokens work once', async () => {
    const { panel, browser, token } = await start()
    const used = SECURE_RECOVERY_TOKENS[0]
    expect(
      (
        await browser.post('/auth/login/checkpoint', {
          confirmation_token: token,
          recovery_token: used,
        })
      ).status,
    ).toBe(200)
    await browser.post('/auth/logout')
    const second = new Browser(panel)
    const res = await second.login('secure', 'secure-password')
    const again = await second.post('/auth/login/checkpoint', {
      confirmation_token: (res.body as { data: { confirmation_token: string } }).data
        .confirmation_token,
      recovery_token: used,
    })
    expect(again.status).toBe(400)
    expect(again.body).toEqual(
      errorBody('DisplayException', 400, 'The recovery token provided is not valid.'),
    )
  })

  it('expired token, wrong confirmation token, non-numeric code, and no pending login (500)', async () => {
    const { panel, clock, browser, token } = await start()
    const numeric = await browser.post('/auth/login/checkpoint', {
      confirmation_token: token,
      authentication_code: 'abcdef',
    })
    expect(numeric.body).toEqual({
      errors: [
        validationError(
          'authentication_code',
          'The authentication code must be a number.',
          'numeric',
        ),
      ],
    })
    const mismatch = await browser.post('/auth/login/checkpoint', {
      confirmation_token: 'nope',
      authentication_code: totp(clock.now()),
    })
    expect(mismatch.body).toEqual(
      errorBody('DisplayException', 400, 'The two-factor authentication token was invalid.'),
    )
    clock.advance(5 * 60_000 + 1000)
    const expired = await browser.post('/auth/login/checkpoint', {
      confirmation_token: token,
      authentication_code: totp(clock.now()),
    })
    expect(expired.body).toEqual(
      errorBody(
        'DisplayException',
        400,
        'The authentication token provided has expired, please refresh the page and try again.',
      ),
    )
    const fresh = new Browser(panel)
    await fresh.get('/sanctum/csrf-cookie')
    const none = await fresh.post('/auth/login/checkpoint', {
      confirmation_token: token,
      authentication_code: '123456',
    })
    expect(none.status).toBe(500)
    expect(none.body).toEqual(
      errorBody(
        'TypeError',
        500,
        'An unexpected error was encountered while processing this request, please try again.',
      ),
    )
  })
})

describe('password reset', () => {
  it('forgot: validation, always the same answer, 2/min per IP', async () => {
    const { panel } = makePanel()
    const browser = new Browser(panel)
    await browser.get('/sanctum/csrf-cookie')
    const invalid = await browser.post('/auth/password', { email: 'nope' })
    expect(invalid.body).toEqual({
      errors: [validationError('email', 'The email must be a valid email address.', 'email')],
    })
    const unknown = await browser.post('/auth/password', { email: 'nobody@example.com' })
    expect(unknown.body).toEqual({ status: 'We have e-mailed your password reset link!' })
    const third = await browser.post('/auth/password', { email: 'demo@example.com' })
    expect(third.status).toBe(429)
  })

  it('reset: validation, then invalid token', async () => {
    const { panel } = makePanel()
    const browser = new Browser(panel)
    await browser.get('/sanctum/csrf-cookie')
    const invalid = await browser.post('/auth/password/reset', {
      email: 'demo@example.com',
      password: 'short',
      password_confirmation: 'short',
    })
    expect(invalid.body).toEqual({
      errors: [
        validationError('token', 'The token field is required.', 'required'),
        validationError('password', 'The password must be at least 8 characters.', 'min'),
      ],
    })
    const bad = await browser.post('/auth/password/reset', {
      token: 'abc',
      email: 'demo@example.com',
      password: 'long-enough',
      password_confirmation: 'long-enough',
    })
    expect(bad.body).toEqual(
      errorBody('DisplayException', 400, 'This password reset token is invalid.'),
    )
  })
})
