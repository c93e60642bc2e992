import * as OTPAuth from 'otpauth'
import { beforeEach, describe, expect, it } from 'vitest'

import type { DemoPanel } from './index'
import { SECURE_TOTP_SECRET } from './seed-accounts'
import {
  ATOM,
  Browser,
  errorBody,
  expectShape,
  LARAVEL_ISO,
  loggedIn,
  makePanel,
  SHA1,
  UUID,
  validationError,
  type Clock,
} from './test-kit'

// Every vector of panel-contract.md §10, replayed against the double. The contract's user is
// jane (id 7); the double's seed user is demo (id 2), so user-specific values are substituted and
// random values are matched by format.

const LAPTOP_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOaXIq09NH4a93EVdrvHYiZ67Wj+GBEBQ9ou4W0qSYm2 jane@laptop'
const LAPTOP_FINGERPRINT = 'T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M'
const LAPTOP_PEM =
  '-----BEGIN PUBLIC KEY-----\r\nMCowBQYDK2VwAyEA5pcirT00fhr3cRV2u8diJnrtaP4YEQFD2i7hbSpJibY=\r\n-----END PUBLIC KEY-----'

let panel: DemoPanel
let clock: Clock
let jane: Browser

beforeEach(async () => {
  ;({ panel, clock } = makePanel())
  jane = await loggedIn(panel)
})

describe('§10 account', () => {
  it('GET /api/client/account', async () => {
    const res = await jane.get('/api/client/account')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      object: 'user',
      attributes: {
        id: 2,
        admin: false,
        username: 'demo',
        email: 'demo@example.com',
        first_name: 'Demo',
        last_name: 'User',
        language: 'en',
      },
    })
  })

  it('401 without credentials', async () => {
    const res = await new Browser(panel).get('/api/client/account')
    expect(res.status).toBe(401)
    expect(res.body).toEqual(errorBody('AuthenticationException', 401, 'Unauthenticated.'))
  })

  it('PUT email: 204, 422 email rule, 400 wrong password', async () => {
    const ok = await jane.put('/api/client/account/email', {
      email: 'jane.new@example.com',
      password: 'demo-password',
    })
    expect(ok.status).toBe(204)
    expect(ok.text).toBe('')
    const bad = await jane.put('/api/client/account/email', {
      email: 'not-an-email',
      password: 'demo-password',
    })
    expect(bad.status).toBe(422)
    expect(bad.body).toEqual({
      errors: [validationError('email', 'The email must be a valid email address.', 'email')],
    })
    const wrong = await jane.put('/api/client/account/email', {
      email: 'not-an-email',
      password: 'nope',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body).toEqual(
      errorBody(
        'InvalidPasswordProvidedException',
        400,
        'The password provided was invalid for this account.',
      ),
    )
  })

  it('PUT password: 204, min and confirmed', async () => {
    const min = await jane.put('/api/client/account/password', {
      current_password: 'demo-password',
      password: 'short',
      password_confirmation: 'short',
    })
    expect(min.status).toBe(422)
    expect(min.body).toEqual({
      errors: [validationError('password', 'The password must be at least 8 characters.', 'min')],
    })
    const mismatch = await jane.put('/api/client/account/password', {
      current_password: 'demo-password',
      password: 'correct-horse-1',
      password_confirmation: 'correct-horse-2',
    })
    expect(mismatch.status).toBe(422)
    expect(mismatch.body).toEqual({
      errors: [
        validationError('password', 'The password confirmation does not match.', 'confirmed'),
      ],
    })
    const ok = await jane.put('/api/client/account/password', {
      current_password: 'demo-password',
      password: 'correct-horse-1',
      password_confirmation: 'correct-horse-1',
    })
    expect(ok.status).toBe(204)
  })
})

describe('§10 two-factor', () => {
  it('GET mints a secret in an otpauth URI', async () => {
    const res = await jane.get('/api/client/account/two-factor')
    expect(res.status).toBe(200)
    expectShape(res.body, {
      data: {
        image_url_data:
          /^otpauth:\/\/totp\/Pterodactyl:demo%40example\.com\?secret=[A-Z2-7]{32}&issuer=Pterodactyl$/,
        secret: /^[A-Z2-7]{32}$/,
      },
    })
  })

  it('already enabled → 400', async () => {
    const secure = new Browser(panel)
    await secure.login('secure', 'secure-password')
    const token = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(SECURE_TOTP_SECRET),
    }).generate({ timestamp: clock.now() })
    const last = await secure.post('/auth/login/checkpoint', {
      confirmation_token: 'x'.repeat(64),
      authentication_code: token,
    })
    expect(last.status).toBe(400)
    const again = await secure.login('secure', 'secure-password')
    const confirmation = (again.body as { data: { confirmation_token: string } }).data
      .confirmation_token
    const done = await secure.post('/auth/login/checkpoint', {
      confirmation_token: confirmation,
      authentication_code: token,
    })
    expect(done.status).toBe(200)
    const res = await secure.get('/api/client/account/two-factor')
    expect(res.status).toBe(400)
    expect(res.body).toEqual(
      errorBody(
        'BadRequestHttpException',
        400,
        'Two-factor authentication is already enabled on this account.',
      ),
    )
  })

  it('POST enable → recovery tokens; validation; wrong password; wrong code', async () => {
    const setup = await jane.get('/api/client/account/two-factor')
    const secret = (setup.body as { data: { secret: string } }).data.secret
    const required = await jane.post('/api/client/account/two-factor', { code: '' })
    expect(required.status).toBe(422)
    expect(required.body).toEqual({
      errors: [
        validationError('code', 'The code field is required.', 'required'),
        validationError('password', 'The password field is required.', 'required'),
      ],
    })
    const size = await jane.post('/api/client/account/two-factor', { code: '12345', password: 'x' })
    expect(size.body).toEqual({
      errors: [validationError('code', 'The code must be 6 characters.', 'size')],
    })
    const wrongPassword = await jane.post('/api/client/account/two-factor', {
      code: '123456',
      password: 'nope',
    })
    expect(wrongPassword.status).toBe(400)
    expect(wrongPassword.body).toEqual(
      errorBody('BadRequestHttpException', 400, 'The password provided was not valid.'),
    )
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
      timestamp: clock.now(),
    })
    const wrongCode = await jane.post('/api/client/account/two-factor', {
      code: code === '000000' ? '111111' : '000000',
      password: 'demo-password',
    })
    expect(wrongCode.status).toBe(400)
    expect(wrongCode.body).toEqual(
      errorBody(
        'TwoFactorAuthenticationTokenInvalid',
        400,
        'The provided two-factor authentication token was not valid.',
      ),
    )
    const ok = await jane.post('/api/client/account/two-factor', {
      code,
      password: 'demo-password',
    })
    expect(ok.status).toBe(200)
    const token = /^[A-Za-z0-9]{10}$/
    expectShape(ok.body, {
      object: 'recovery_tokens',
      attributes: { tokens: Array.from({ length: 10 }, () => token) },
    })
  })

  it('POST disable → 204, wrong password → 400', async () => {
    const bad = await jane.post('/api/client/account/two-factor/disable', { password: 'nope' })
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual(
      errorBody('BadRequestHttpException', 400, 'The password provided was not valid.'),
    )
    const ok = await jane.post('/api/client/account/two-factor/disable', {
      password: 'demo-password',
    })
    expect(ok.status).toBe(204)
    expect(ok.text).toBe('')
  })
})

describe('§10 api keys', () => {
  it('GET lists api_key items', async () => {
    const res = await jane.get('/api/client/account/api-keys')
    expect(res.status).toBe(200)
    const item = {
      object: 'api_key',
      attributes: {
        identifier: /^ptlc_[A-Za-z0-9]{11}$/,
        description: String,
        allowed_ips: [String, String],
        last_used_at: ATOM,
        created_at: ATOM,
      },
    }
    const body = res.body as { object: string; data: unknown[] }
    expect(body.object).toBe('list')
    expect(Object.keys(body)).toEqual(['object', 'data'])
    expectShape(body.data[0], item)
  })

  it('POST creates; the Bearer token is identifier + secret', async () => {
    const res = await jane.post('/api/client/account/api-keys', {
      description: 'CI deploy',
      allowed_ips: ['203.0.113.0/24', '2001:db8::1'],
    })
    expect(res.status).toBe(200)
    expectShape(res.body, {
      object: 'api_key',
      attributes: {
        identifier: /^ptlc_[A-Za-z0-9]{11}$/,
        description: 'CI deploy',
        allowed_ips: ['203.0.113.0/24', '2001:db8::1'],
        last_used_at: null,
        created_at: '2024-10-24T12:00:00+00:00',
      },
      meta: { secret_token: /^[A-Za-z0-9]{32}$/ },
    })
    const body = res.body as { attributes: { identifier: string }; meta: { secret_token: string } }
    const token = body.attributes.identifier + body.meta.secret_token
    expect(token).toHaveLength(48)
    const viaKey = await new Browser(panel, '203.0.113.9').get('/api/client/account', {
      bearer: token,
    })
    expect(viaKey.status).toBe(200)
  })

  it('validation vector with hodor', async () => {
    const res = await jane.post('/api/client/account/api-keys', {
      description: '',
      allowed_ips: ['hodor', '127.0.0.1', 'hodor/24'],
    })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      errors: [
        validationError('description', 'The description field is required.', 'required'),
        validationError('allowed_ips.0', '"hodor" is not a valid IP address or CIDR range.', ''),
        validationError('allowed_ips.2', '"hodor/24" is not a valid IP address or CIDR range.', ''),
      ],
    })
  })

  it('other 422 details and the 26th key', async () => {
    const long = await jane.post('/api/client/account/api-keys', { description: 'x'.repeat(501) })
    expect(long.body).toEqual({
      errors: [
        validationError(
          'description',
          'The description may not be greater than 500 characters.',
          'max',
        ),
      ],
    })
    const many = await jane.post('/api/client/account/api-keys', {
      description: 'x',
      allowed_ips: Array.from({ length: 51 }, () => '10.0.0.1'),
    })
    expect(many.body).toEqual({
      errors: [
        validationError('allowed_ips', 'The allowed ips may not have more than 50 items.', 'max'),
      ],
    })
    const notArray = await jane.post('/api/client/account/api-keys', {
      description: 'x',
      allowed_ips: '10.0.0.1',
    })
    expect(notArray.body).toEqual({
      errors: [validationError('allowed_ips', 'The allowed ips must be an array.', 'array')],
    })
    for (let i = 3; i < 25; i++) {
      expect(
        (await jane.post('/api/client/account/api-keys', { description: `key ${i}` })).status,
      ).toBe(200)
    }
    const limit = await jane.post('/api/client/account/api-keys', { description: 'one too many' })
    expect(limit.status).toBe(400)
    expect(limit.body).toEqual(
      errorBody(
        'DisplayException',
        400,
        'You have reached the account limit for number of API keys.',
      ),
    )
  })

  it('DELETE → 204, unknown → 404', async () => {
    const created = await jane.post('/api/client/account/api-keys', { description: 'temp' })
    const identifier = (created.body as { attributes: { identifier: string } }).attributes
      .identifier
    expect((await jane.delete(`/api/client/account/api-keys/${identifier}`)).status).toBe(204)
    const missing = await jane.delete(`/api/client/account/api-keys/${identifier}`)
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual(
      errorBody(
        'NotFoundHttpException',
        404,
        'The requested resource could not be found on the server.',
      ),
    )
  })
})

describe('§10 ssh keys', () => {
  it('POST the factory ed25519 key: exact fingerprint and CRLF PEM', async () => {
    const res = await jane.post('/api/client/account/ssh-keys', {
      name: 'Laptop',
      public_key: LAPTOP_KEY,
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      object: 'ssh_key',
      attributes: {
        name: 'Laptop',
        fingerprint: LAPTOP_FINGERPRINT,
        public_key: LAPTOP_PEM,
        created_at: '2024-10-24T12:00:00+00:00',
      },
    })
    const list = await jane.get('/api/client/account/ssh-keys')
    expect((list.body as { data: unknown[] }).data).toContainEqual(res.body)
    const again = await jane.post('/api/client/account/ssh-keys', {
      name: 'Laptop',
      public_key: LAPTOP_KEY,
    })
    expect(again.body).toEqual({
      errors: [
        validationError(
          'public_key',
          'The public key provided already exists on your account.',
          '',
        ),
      ],
    })
  })

  it('invalid key, and name + key errors in order', async () => {
    const invalid = await jane.post('/api/client/account/ssh-keys', {
      name: 'Laptop',
      public_key: 'invalid',
    })
    expect(invalid.status).toBe(422)
    expect(invalid.body).toEqual({
      errors: [validationError('public_key', 'The public key provided is not valid.', '')],
    })
    const both = await jane.post('/api/client/account/ssh-keys', {
      name: '',
      public_key: 'invalid',
    })
    expect(both.body).toEqual({
      errors: [
        validationError('name', 'The name field is required.', 'required'),
        validationError('public_key', 'The public key provided is not valid.', ''),
      ],
    })
  })

  it('remove → 204 (also when absent), {} → 422', async () => {
    await jane.post('/api/client/account/ssh-keys', { name: 'Laptop', public_key: LAPTOP_KEY })
    expect(
      (await jane.post('/api/client/account/ssh-keys/remove', { fingerprint: LAPTOP_FINGERPRINT }))
        .status,
    ).toBe(204)
    expect(
      (await jane.post('/api/client/account/ssh-keys/remove', { fingerprint: LAPTOP_FINGERPRINT }))
        .status,
    ).toBe(204)
    const empty = await jane.post('/api/client/account/ssh-keys/remove', {})
    expect(empty.status).toBe(422)
    expect(empty.body).toEqual({
      errors: [validationError('fingerprint', 'The fingerprint field is required.', 'required')],
    })
  })
})

describe('§10 activity', () => {
  it('sorted, with actor, paginated envelope', async () => {
    const outsider = new Browser(panel)
    await outsider.login('demo', 'wrong')
    clock.advance(120_000)
    await jane.post('/api/client/account/api-keys', { description: 'CI deploy' })
    const res = await jane.get('/api/client/account/activity?sort=-timestamp&include=actor&page=1')
    expect(res.status).toBe(200)
    const body = res.body as { data: unknown[]; meta: { pagination: Record<string, unknown> } }
    const actor = {
      object: 'user',
      attributes: {
        uuid: UUID,
        username: 'demo',
        email: 'demo@example.com',
        image: 'https://gravatar.com/avatar/7c4ff521986b4ff8d29440beec01972d',
        '2fa_enabled': false,
        created_at: ATOM,
      },
    }
    expectShape(body.data[0], {
      object: 'activity_log',
      attributes: {
        id: SHA1,
        batch: null,
        event: 'user:api-key.create',
        is_api: false,
        ip: '198.51.100.7',
        description: null,
        properties: { identifier: /^ptlc_/ },
        has_additional_metadata: false,
        timestamp: '2024-10-24T12:02:00+00:00',
        relationships: { actor },
      },
    })
    expectShape(body.data[1], {
      object: 'activity_log',
      attributes: {
        id: SHA1,
        batch: null,
        event: 'auth:fail',
        is_api: false,
        ip: null,
        description: null,
        properties: { ip: '[hidden]', useragent: null, username: 'demo' },
        has_additional_metadata: true,
        timestamp: '2024-10-24T12:00:00+00:00',
        relationships: { actor: { object: 'null_resource', attributes: null } },
      },
    })
    expect(body.meta.pagination).toMatchObject({ per_page: 25, current_page: 1, count: 25 })
  })

  it('filter[ip] → 400 InvalidFilterQuery', async () => {
    const res = await jane.get('/api/client/account/activity?filter[ip]=1.2.3.4')
    expect(res.status).toBe(400)
    expect(res.body).toEqual(
      errorBody(
        'InvalidFilterQuery',
        400,
        'Requested filter(s) `ip` are not allowed. Allowed filter(s) are `event`.',
      ),
    )
  })
})

describe('§10 login', () => {
  it('csrf-cookie → 204; login complete body', async () => {
    const browser = new Browser(panel)
    const csrf = await browser.get('/sanctum/csrf-cookie')
    expect(csrf.status).toBe(204)
    const res = await browser.post('/auth/login', {
      user: 'demo',
      password: 'demo-password',
      'g-recaptcha-response': null,
    })
    expect(res.status).toBe(200)
    expectShape(res.body, {
      data: {
        complete: true,
        intended: '/',
        user: {
          uuid: UUID,
          username: 'demo',
          email: 'demo@example.com',
          name_first: 'Demo',
          name_last: 'User',
          language: 'en',
          root_admin: false,
          use_totp: false,
          gravatar: true,
          created_at: LARAVEL_ISO,
          updated_at: LARAVEL_ISO,
        },
      },
    })
  })

  it('2FA: confirmation token, checkpoint validation, bad code, success', async () => {
    const browser = new Browser(panel)
    const res = await browser.login('secure', 'secure-password')
    expectShape(res.body, { data: { complete: false, confirmation_token: /^[A-Za-z0-9]{64}$/ } })
    const token = (res.body as { data: { confirmation_token: string } }).data.confirmation_token
    const missing = await browser.post('/auth/login/checkpoint', { confirmation_token: token })
    expect(missing.status).toBe(422)
    expect(missing.body).toEqual({
      errors: [
        validationError(
          'authentication_code',
          'The authentication code field is required.',
          'required',
        ),
        validationError('recovery_token', 'The recovery token field is required.', 'required'),
      ],
    })
    const code = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(SECURE_TOTP_SECRET),
    }).generate({ timestamp: clock.now() })
    const wrong = await browser.post('/auth/login/checkpoint', {
      confirmation_token: token,
      authentication_code: code === '492039' ? '111111' : '492039',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body).toEqual(
      errorBody('DisplayException', 400, 'The two-factor authentication token was invalid.'),
    )
    const ok = await browser.post('/auth/login/checkpoint', {
      confirmation_token: token,
      authentication_code: code,
    })
    expect(ok.status).toBe(200)
    expect(
      (ok.body as { data: { complete: boolean; user: { use_totp: boolean } } }).data,
    ).toMatchObject({ complete: true, intended: '/', user: { use_totp: true } })
  })

  it('bad credentials → 400; logout → 204; missing XSRF → 419', async () => {
    const browser = new Browser(panel)
    const bad = await browser.login('demo', 'wrong')
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual(
      errorBody('DisplayException', 400, 'No account matching those credentials could be found.'),
    )
    const noXsrf = await browser.post(
      '/auth/login',
      { user: 'demo', password: 'demo-password' },
      { noXsrf: true },
    )
    expect(noXsrf.status).toBe(419)
    expect(noXsrf.body).toEqual(errorBody('HttpException', 419, 'CSRF token mismatch.'))
    expect((await jane.post('/auth/logout', undefined, { noXsrf: true })).status).toBe(419)
    const out = await jane.post('/auth/logout')
    expect(out.status).toBe(204)
    expect(out.text).toBe('')
  })
})

describe('§10 servers', () => {
  it('resources of 1a7ce997', async () => {
    const res = await jane.get('/api/client/servers/1a7ce997/resources')
    expect(res.status).toBe(200)
    expectShape(res.body, {
      object: 'stats',
      attributes: {
        current_state: 'running',
        is_suspended: false,
        resources: {
          memory_bytes: Number,
          cpu_absolute: Number,
          disk_bytes: Number,
          network_rx_bytes: Number,
          network_tx_bytes: Number,
          uptime: Number,
        },
      },
    })
    expect(
      (res.body as { attributes: { resources: { uptime: number } } }).attributes.resources.uptime,
    ).toBe(3 * 3600_000)
  })

  it('power restart → 204; reboot → 422', async () => {
    const ok = await jane.post('/api/client/servers/1a7ce997/power', { signal: 'restart' })
    expect(ok.status).toBe(204)
    const bad = await jane.post('/api/client/servers/1a7ce997/power', { signal: 'reboot' })
    expect(bad.status).toBe(422)
    expect(bad.body).toEqual({
      errors: [validationError('signal', 'The selected signal is invalid.', 'in')],
    })
  })

  it('721st call in a minute → 429 with headers', async () => {
    for (let i = 0; i < 719; i++) await jane.get('/api/client/account')
    const last = await jane.get('/api/client/account')
    expect(last.status).toBe(200)
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0')
    clock.advance(18_000)
    const res = await jane.get('/api/client/account')
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('42')
    expect(res.headers.get('x-ratelimit-limit')).toBe('720')
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(res.headers.get('x-ratelimit-reset')).toBe(String(Math.floor(clock.now() / 1000) + 42))
    expect(res.body).toEqual(errorBody('ThrottleRequestsException', 429, 'Too Many Attempts.'))
  })
})
