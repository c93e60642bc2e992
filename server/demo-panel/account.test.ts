import * as OTPAuth from 'otpauth'
import { describe, expect, it } from 'vitest'

import { otpauthUri } from './two-factor-routes'
import { Browser, errorBody, loggedIn, makePanel, validationError } from './test-kit'

type Feed = {
  data: Array<{
    attributes: { event: string; properties: Record<string, unknown>; is_api: boolean }
  }>
}
const latest = async (browser: Browser) =>
  ((await browser.get('/api/client/account/activity?sort=-timestamp')).body as Feed).data[0]
    ?.attributes

describe('email', () => {
  it('password is checked before the rules', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const res = await demo.put('/api/client/account/email', { email: '' })
    expect(res.body).toEqual(
      errorBody(
        'InvalidPasswordProvidedException',
        400,
        'The password provided was invalid for this account.',
      ),
    )
  })

  it('required (empty string → null), between, unique (case-insensitive), trimming', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const put = (email: unknown) =>
      demo.put('/api/client/account/email', { email, password: 'demo-password' })
    expect((await put('   ')).body).toEqual({
      errors: [validationError('email', 'The email field is required.', 'required')],
    })
    const long = `${'a'.repeat(185)}@example.com`
    expect((await put(long)).body).toEqual({
      errors: [
        validationError('email', 'The email must be between 1 and 191 characters.', 'between'),
      ],
    })
    expect((await put('Admin@Example.com')).body).toEqual({
      errors: [validationError('email', 'The email has already been taken.', 'unique')],
    })
    expect((await put('  demo.new@example.com  ')).status).toBe(204)
    expect(
      ((await demo.get('/api/client/account')).body as { attributes: { email: string } }).attributes
        .email,
    ).toBe('demo.new@example.com')
    expect(await latest(demo)).toMatchObject({
      event: 'user:account.email-changed',
      properties: { old: 'demo@example.com', new: 'demo.new@example.com' },
    })
  })

  it('logs nothing when the address is unchanged', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    expect(
      (
        await demo.put('/api/client/account/email', {
          email: 'demo@example.com',
          password: 'demo-password',
        })
      ).status,
    ).toBe(204)
    expect((await latest(demo))?.event).toBe('auth:success')
  })
})

describe('password', () => {
  const change = {
    current_password: 'demo-password',
    password: 'new-password-1',
    password_confirmation: 'new-password-1',
  }

  it('ends other sessions, keeps this one and API keys, logs the change', async () => {
    const { panel } = makePanel()
    const here = await loggedIn(panel)
    const there = await loggedIn(panel, 'demo', 'demo-password', '192.0.2.44')
    const created = await here.post('/api/client/account/api-keys', { description: 'stays' })
    const { attributes, meta } = created.body as {
      attributes: { identifier: string }
      meta: { secret_token: string }
    }
    expect((await here.put('/api/client/account/password', change)).status).toBe(204)
    expect((await here.get('/api/client/account')).status).toBe(200)
    const other = await there.get('/api/client/account')
    expect(other.status).toBe(401)
    expect(other.body).toEqual(errorBody('AuthenticationException', 401, 'Unauthenticated.'))
    // Even with its remember-me cookie the other device stays logged out.
    expect((await there.get('/api/client/account')).status).toBe(401)
    expect(
      (
        await new Browser(panel).get('/api/client/account', {
          bearer: attributes.identifier + meta.secret_token,
        })
      ).status,
    ).toBe(200)
    expect(await latest(here)).toMatchObject({
      event: 'user:account.password-changed',
      properties: {},
    })
    expect((await new Browser(panel).login('demo', 'new-password-1')).status).toBe(200)
  })

  it('wrong current password, required, string, passwords are not trimmed', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    expect(
      (await demo.put('/api/client/account/password', { ...change, current_password: 'nope' }))
        .status,
    ).toBe(400)
    expect(
      (await demo.put('/api/client/account/password', { current_password: 'demo-password' })).body,
    ).toEqual({
      errors: [validationError('password', 'The password field is required.', 'required')],
    })
    expect(
      (
        await demo.put('/api/client/account/password', {
          current_password: 'demo-password',
          password: 12345678,
          password_confirmation: 12345678,
        })
      ).body,
    ).toEqual({
      errors: [validationError('password', 'The password must be a string.', 'string')],
    })
    expect(
      (
        await demo.put('/api/client/account/password', {
          current_password: 'demo-password',
          password: ' spaced password ',
          password_confirmation: ' spaced password ',
        })
      ).status,
    ).toBe(204)
    expect((await new Browser(panel).login('demo', ' spaced password ')).status).toBe(200)
  })

  it('malformed JSON → 400 after authentication', async () => {
    const { panel } = makePanel()
    expect((await new Browser(panel).put('/api/client/account/password', '{"a":')).status).toBe(401)
    const demo = await loggedIn(panel)
    const res = await demo.put('/api/client/account/password', '{"a":')
    expect(res.body).toEqual(
      errorBody(
        'BadRequestHttpException',
        400,
        'The JSON data passed in the request appears to be malformed: Syntax error',
      ),
    )
  })
})

describe('two-factor', () => {
  it('GET rotates the secret on every call; the URI follows the panel format', async () => {
    const { panel } = makePanel({ appName: 'My Panel' })
    const demo = new Browser(panel)
    await demo.login('demo', 'demo-password')
    expect(demo.jar.has('my_panel_session')).toBe(true)
    const first = (await demo.get('/api/client/account/two-factor')).body as {
      data: { secret: string; image_url_data: string }
    }
    const second = (await demo.get('/api/client/account/two-factor')).body as {
      data: { secret: string }
    }
    expect(first.data.secret).not.toBe(second.data.secret)
    expect(first.data.image_url_data).toBe(
      `otpauth://totp/MyPanel:demo%40example.com?secret=${first.data.secret}&issuer=MyPanel`,
    )
    expect(otpauthUri('A&B Co', 'a+b@x.io', 'S')).toBe(
      'otpauth://totp/A%2526BCo:a%2Bb%40x.io?secret=S&issuer=A%2526BCo',
    )
    const stale = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(first.data.secret),
    }).generate()
    const fresh = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(second.data.secret),
    }).generate()
    if (stale !== fresh)
      expect(
        (
          await demo.post('/api/client/account/two-factor', {
            code: stale,
            password: 'demo-password',
          })
        ).status,
      ).toBe(400)
  })

  it('enable with a code from the returned secret, then log in with it; a number code fails `string`', async () => {
    const { panel, clock } = makePanel()
    const demo = await loggedIn(panel)
    const { data } = (await demo.get('/api/client/account/two-factor')).body as {
      data: { secret: string }
    }
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(data.secret) })
    const asNumber = await demo.post('/api/client/account/two-factor', {
      code: 123456,
      password: 'demo-password',
    })
    expect(asNumber.body).toEqual({
      errors: [validationError('code', 'The code must be a string.', 'string')],
    })
    const enabled = await demo.post('/api/client/account/two-factor', {
      code: totp.generate({ timestamp: clock.now() }),
      password: 'demo-password',
    })
    expect(enabled.status).toBe(200)
    expect(await latest(demo)).toMatchObject({ event: 'user:two-factor.create', properties: {} })
    const tokens = (enabled.body as { attributes: { tokens: string[] } }).attributes.tokens
    const browser = new Browser(panel)
    const login = await browser.login('demo', 'demo-password')
    const confirmation = (login.body as { data: { complete: boolean; confirmation_token: string } })
      .data
    expect(confirmation.complete).toBe(false)
    const ok = await browser.post('/auth/login/checkpoint', {
      confirmation_token: confirmation.confirmation_token,
      recovery_token: tokens[3],
    })
    expect(ok.status).toBe(200)
  })

  it('disable: 204 even when off, missing password → 400, activity', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    expect((await demo.post('/api/client/account/two-factor/disable', {})).body).toEqual(
      errorBody('BadRequestHttpException', 400, 'The password provided was not valid.'),
    )
    expect(
      (await demo.post('/api/client/account/two-factor/disable', { password: 'demo-password' }))
        .status,
    ).toBe(204)
    expect(await latest(demo)).toMatchObject({ event: 'user:two-factor.delete' })
    const legacyDelete = await demo.delete('/api/client/account/two-factor?password=demo-password')
    expect(legacyDelete.status).toBe(405)
    expect(legacyDelete.body).toEqual(
      errorBody(
        'MethodNotAllowedHttpException',
        405,
        'The DELETE method is not supported for route api/client/account/two-factor. Supported methods: GET, HEAD, POST.',
      ),
    )
  })

  it('legacy panels: DELETE with ?password=, and POST /disable is an unknown route', async () => {
    const { panel } = makePanel({ legacyTwoFactor: true })
    const demo = await loggedIn(panel)
    const unknown = await demo.post('/api/client/account/two-factor/disable', {
      password: 'demo-password',
    })
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual(
      errorBody(
        'NotFoundHttpException',
        404,
        'The route api/client/account/two-factor/disable could not be found.',
      ),
    )
    expect((await demo.delete('/api/client/account/two-factor?password=wrong')).status).toBe(400)
    expect(
      (await demo.delete('/api/client/account/two-factor?password=demo-password')).status,
    ).toBe(204)
  })
})
