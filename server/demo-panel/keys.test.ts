import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { Browser, errorBody, loggedIn, makePanel, validationError } from './test-kit'

type Feed = {
  data: Array<{
    attributes: {
      event: string
      properties: Record<string, unknown>
      is_api: boolean
      ip: string | null
    }
  }>
}
const feed = async (browser: Browser) =>
  ((await browser.get('/api/client/account/activity?sort=-timestamp')).body as Feed).data.map(
    (d) => d.attributes,
  )

const createKey = async (browser: Browser, body: Record<string, unknown>) => {
  const res = await browser.post('/api/client/account/api-keys', body)
  expect(res.status).toBe(200)
  const { attributes, meta } = res.body as {
    attributes: { identifier: string }
    meta: { secret_token: string }
  }
  return { identifier: attributes.identifier, token: attributes.identifier + meta.secret_token }
}

describe('API keys over Bearer', () => {
  it('allowed_ips: CIDR, wildcard, range, netmask and IPv6 entries are enforced', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const { token, identifier } = await createKey(demo, {
      description: 'restricted',
      allowed_ips: [
        '203.0.113.0/24',
        '10.1.2.*',
        '192.0.2.10-192.0.2.20',
        '172.16.0.0 255.255.0.0',
        '2001:db8::/32',
      ],
    })
    const from = (ip: string) =>
      new Browser(panel, ip).get('/api/client/account', { bearer: token })
    for (const ip of [
      '203.0.113.77',
      '10.1.2.250',
      '192.0.2.15',
      '172.16.9.9',
      '2001:db8::42',
      '::ffff:203.0.113.5',
    ]) {
      expect((await from(ip)).status, ip).toBe(200)
    }
    const blocked = await from('198.51.100.1')
    expect(blocked.status).toBe(403)
    expect(blocked.body).toEqual(
      errorBody(
        'AccessDeniedHttpException',
        403,
        'This IP address (198.51.100.1) does not have permission to access the API using these credentials.',
      ),
    )
    const [entry] = await feed(demo)
    expect(entry).toMatchObject({
      event: 'auth:ip-blocked',
      is_api: true,
      properties: { identifier },
    })
  })

  it('X-Forwarded-For is honoured only from a loopback peer', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const { token } = await createKey(demo, { description: 'x', allowed_ips: ['203.0.113.0/24'] })
    const proxied = await new Browser(panel, '127.0.0.1').get('/api/client/account', {
      bearer: token,
      headers: { 'X-Forwarded-For': '203.0.113.9' },
    })
    expect(proxied.status).toBe(200)
    const spoofed = await new Browser(panel, '198.51.100.1').get('/api/client/account', {
      bearer: token,
      headers: { 'X-Forwarded-For': '203.0.113.9' },
    })
    expect(spoofed.status).toBe(403)
  })

  it('updates last_used_at, marks activity is_api, refuses application keys and bad tokens', async () => {
    const { panel, clock } = makePanel()
    const demo = await loggedIn(panel)
    const { token, identifier } = await createKey(demo, { description: 'x' })
    clock.advance(60_000)
    await new Browser(panel).post(
      '/api/client/account/api-keys',
      { description: 'made by key' },
      { bearer: token },
    )
    const keys = (await demo.get('/api/client/account/api-keys')).body as {
      data: Array<{
        attributes: { identifier: string; last_used_at: string | null; allowed_ips: string[] }
      }>
    }
    const used = keys.data.find((k) => k.attributes.identifier === identifier)
    expect(used?.attributes.last_used_at).toBe('2024-10-24T12:01:00+00:00')
    expect(keys.data.at(-1)?.attributes.allowed_ips).toEqual([])
    expect((await feed(demo))[0]).toMatchObject({ event: 'user:api-key.create', is_api: true })
    expect(
      (
        await new Browser(panel).get('/api/client/account', {
          bearer: `${token.slice(0, 16)}${'x'.repeat(32)}`,
        })
      ).status,
    ).toBe(401)
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    expect((await admin.get('/api/client/account/api-keys')).body).toEqual({
      object: 'list',
      data: [],
    })
  })

  it('allowed_ips edge cases: bad prefix is a 500, strings only, deletes are per user', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const prefix = await demo.post('/api/client/account/api-keys', {
      description: 'x',
      allowed_ips: ['10.0.0.0/33'],
    })
    expect(prefix.status).toBe(500)
    expect(prefix.body).toEqual(
      errorBody(
        'Exception',
        500,
        'An unexpected error was encountered while processing this request, please try again.',
      ),
    )
    const reversed = await demo.post('/api/client/account/api-keys', {
      description: 'x',
      allowed_ips: ['10.0.0.9-10.0.0.1'],
    })
    expect(reversed.status).toBe(500)
    const empty = await demo.post('/api/client/account/api-keys', {
      description: 'x',
      allowed_ips: [''],
    })
    expect(empty.body).toEqual({
      errors: [
        validationError('allowed_ips.0', 'The allowed ips.0 must be a string.', 'string'),
        validationError('allowed_ips.0', '"" is not a valid IP address or CIDR range.', ''),
      ],
    })
    const description = await demo.post('/api/client/account/api-keys', { description: ['x'] })
    expect(description.body).toEqual({
      errors: [validationError('description', 'The description must be a string.', 'string')],
    })
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    const { identifier } = await createKey(admin, { description: 'admin key' })
    expect((await demo.delete(`/api/client/account/api-keys/${identifier}`)).status).toBe(404)
    expect((await admin.delete(`/api/client/account/api-keys/${identifier}`)).status).toBe(204)
    expect((await feed(admin))[0]).toMatchObject({
      event: 'user:api-key.delete',
      properties: { identifier },
    })
  })
})

// Keys are made fresh (ssh-keygen, node:crypto): a prime search can take seconds on a busy
// 2-core machine, so these tests get more than the default 5 s.
describe('SSH keys', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-panel-ssh-'))
  const sshKeygen = (args: string[]): string =>
    execFileSync('ssh-keygen', args, { encoding: 'utf8' })

  const fresh = (type: 'ed25519' | 'rsa' | 'ecdsa', bits?: number): string => {
    const file = join(dir, `${type}-${bits ?? 0}-${Math.random().toString(36).slice(2)}`)
    sshKeygen([
      '-q',
      '-t',
      type,
      ...(bits ? ['-b', String(bits)] : []),
      '-N',
      '',
      '-C',
      'test@host',
      '-f',
      file,
    ])
    return file
  }

  it('fingerprints equal `ssh-keygen -lf` for freshly generated keys', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    for (const [type, bits] of [
      ['ed25519'],
      ['rsa', 2048],
      ['ecdsa', 256],
      ['ecdsa', 384],
      ['ecdsa', 521],
    ] as const) {
      const file = fresh(type, bits)
      const expected = /SHA256:(\S+)/.exec(sshKeygen(['-lf', `${file}.pub`]))?.[1]
      const res = await demo.post('/api/client/account/ssh-keys', {
        name: `${type}${bits ?? ''}`,
        public_key: readFileSync(`${file}.pub`, 'utf8'),
      })
      expect(res.status, type).toBe(200)
      const attributes = (res.body as { attributes: { fingerprint: string; public_key: string } })
        .attributes
      expect(attributes.fingerprint).toBe(expected)
      expect(attributes.public_key).toMatch(
        /^-----BEGIN PUBLIC KEY-----\r\n([A-Za-z0-9+/=]{1,64}\r\n)+-----END PUBLIC KEY-----$/,
      )
    }
  })

  it('accepts PEM (SPKI) public keys and matches the OpenSSH fingerprint', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const file = fresh('rsa', 2048)
    const expected = /SHA256:(\S+)/.exec(sshKeygen(['-lf', `${file}.pub`]))?.[1]
    const pem = sshKeygen(['-e', '-m', 'PKCS8', '-f', `${file}.pub`])
    const res = await demo.post('/api/client/account/ssh-keys', { name: 'pem', public_key: pem })
    expect((res.body as { attributes: { fingerprint: string } }).attributes.fingerprint).toBe(
      expected,
    )
  })

  it('rejects private keys, DSA, short RSA, FIDO keys and garbage with the panel messages', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const post = (public_key: string) =>
      demo.post('/api/client/account/ssh-keys', { name: 'k', public_key })
    const invalid = {
      errors: [validationError('public_key', 'The public key provided is not valid.', '')],
    }
    const privateFile = fresh('ed25519')
    expect((await post(readFileSync(privateFile, 'utf8'))).body).toEqual(invalid)
    const pkcs8 = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    expect((await post(pkcs8)).body).toEqual(invalid)
    const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString()
    expect((await post(rsa1024)).body).toEqual({
      errors: [
        validationError('public_key', 'RSA keys must be at least 2048 bytes in length.', ''),
      ],
    })
    // The smallest DSA parameters: any DSA key is refused, and larger ones take seconds to make.
    const dsa = generateKeyPairSync('dsa', {
      modulusLength: 1024,
      divisorLength: 160,
    })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString()
    expect((await post(dsa)).body).toEqual({
      errors: [validationError('public_key', 'DSA keys are not supported.', '')],
    })
    const sk =
      'sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIEX/dQ0v4127bEo8eeG1EV0ApO2lWbSnN6RWusn/NjqIAAAABHNzaDo= me@yubikey'
    expect((await post(sk)).body).toEqual(invalid)
    const mismatch = readFileSync(`${fresh('ed25519')}.pub`, 'utf8').replace(
      'ssh-ed25519',
      'ssh-rsa',
    )
    expect((await post(mismatch)).body).toEqual(invalid)
    const missing = await demo.post('/api/client/account/ssh-keys', { name: 7 })
    expect(missing.body).toEqual({
      errors: [
        validationError('name', 'The name must be a string.', 'string'),
        validationError('public_key', 'The public key field is required.', 'required'),
        validationError('public_key', 'The public key provided is not valid.', ''),
      ],
    })
  })

  it('logs create and delete (delete only when the key existed); names have no max', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const line = readFileSync(`${fresh('ed25519')}.pub`, 'utf8')
    const res = await demo.post('/api/client/account/ssh-keys', {
      name: 'n'.repeat(1000),
      public_key: line,
    })
    const { fingerprint } = (res.body as { attributes: { fingerprint: string } }).attributes
    expect((await feed(demo))[0]).toMatchObject({
      event: 'user:ssh-key.create',
      properties: { fingerprint },
    })
    expect((await demo.post('/api/client/account/ssh-keys/remove', { fingerprint })).status).toBe(
      204,
    )
    expect((await feed(demo))[0]).toMatchObject({
      event: 'user:ssh-key.delete',
      properties: { fingerprint },
    })
    expect((await demo.post('/api/client/account/ssh-keys/remove', { fingerprint })).status).toBe(
      204,
    )
    expect((await feed(demo))[0]?.event).toBe('user:ssh-key.delete')
    expect((await feed(demo))[1]?.event).toBe('user:ssh-key.create')
  })

  it('the seeded keys are real and listed', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const list = (await demo.get('/api/client/account/ssh-keys')).body as {
      data: Array<{ attributes: { name: string; fingerprint: string } }>
    }
    expect(list.data.map((k) => k.attributes.name)).toEqual(['MacBook Pro', 'CI runner'])
    for (const key of list.data) expect(key.attributes.fingerprint).toMatch(/^[A-Za-z0-9+/]{43}$/)
    writeFileSync(join(dir, 'unused'), '')
  })
})
