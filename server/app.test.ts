import http from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ProxySetup, RunningTalon, Stub } from './test-kit'
import { closedPort, makeDist, rawRequest, send, startProxySetup, startTalon } from './test-kit'

let panel: Stub
let other: Stub // a second host that must never be contacted
let talon: RunningTalon
let setup: ProxySetup
const dist = makeDist()

beforeAll(async () => {
  setup = await startProxySetup(dist.dir, 4096)
  ;({ panel, other, talon } = setup)
})
afterEach(() => {
  panel.requests.length = 0
  other.requests.length = 0
  panel.handle((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end('{"ok":true}')
  })
})
afterAll(async () => {
  await setup.close()
  dist.remove()
})

const json = { Accept: 'application/json' }

function errorOf(text: string): { code: string; status: string; detail: string } {
  const [first] = (
    JSON.parse(text) as { errors: { code: string; status: string; detail: string }[] }
  ).errors
  if (!first) throw new Error(`no error entry in ${text}`)
  return first
}

describe('forwarding allow-list', () => {
  it.each([
    ['GET', '/api/client'],
    ['GET', '/api/client?page=2&filter%5Bname%5D=x'],
    ['GET', '/api/client/account'],
    ['DELETE', '/api/client/account/api-keys/ptlc_Xk3mPq9Ztw1'],
    ['PUT', '/api/client/account/email'],
    ['GET', '/sanctum/csrf-cookie'],
    ['POST', '/auth/login'],
    ['POST', '/auth/login/checkpoint'],
    ['POST', '/auth/logout'],
    ['POST', '/auth/password'],
    ['POST', '/auth/password/reset'],
  ])('%s %s reaches the panel with path and query intact', async (method, target) => {
    const res = await send(talon.url + target, { method, headers: json, body: '' })
    expect(res.status).toBe(200)
    expect(panel.requests).toHaveLength(1)
    expect(panel.requests[0]).toMatchObject({ method, url: target })
  })

  it.each([
    ['GET', '/api/application/users'],
    ['GET', '/api/clientx'],
    ['GET', '/api'],
    ['POST', '/api/application/users'],
    ['GET', '/sanctum/token'],
    ['POST', '/auth/register'],
    ['GET', '/admin/users'],
    ['POST', '/admin'],
    ['GET', '/API/client'],
  ])('%s %s never reaches the panel (404)', async (method, target) => {
    const res = await send(talon.url + target, { method, headers: json })
    expect(res.status).toBe(404)
    expect(JSON.parse(res.text)).toEqual({
      errors: [
        {
          code: 'NotFoundHttpException',
          status: '404',
          detail: 'The requested resource could not be found on the server.',
        },
      ],
    })
    expect(panel.requests).toHaveLength(0)
  })

  it('serves the SPA, not the panel, for /admin in a browser', async () => {
    const res = await send(`${talon.url}/admin`, { headers: { Accept: 'text/html' } })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(panel.requests).toHaveLength(0)
  })

  // The panel's reset email links to <APP_URL>/auth/password/reset/<token>?email=…: where Talon
  // serves that host, the browser must get Talon's own reset page, never the panel.
  it.each([
    '/auth/password',
    '/auth/password/reset/0d2f6a5c9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?email=jane%40example.com',
  ])('serves the SPA for a browser opening %s', async (target) => {
    const res = await send(talon.url + target, {
      headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(panel.requests).toHaveLength(0)
  })

  it('answers a wrong method on a panel route with 405 + Allow', async () => {
    const del = await send(`${talon.url}/auth/login`, { method: 'DELETE', headers: json })
    expect(del.status).toBe(405)
    expect(del.headers.allow).toBe('POST')
    const post = await send(`${talon.url}/sanctum/csrf-cookie`, { method: 'POST', headers: json })
    expect(post.status).toBe(405)
    expect(errorOf(post.text).code).toBe('MethodNotAllowedHttpException')
    expect(panel.requests).toHaveLength(0)
  })
})

describe('path tricks never reach the panel', () => {
  const tricks = [
    ['absolute-form target to another host', () => `GET ${other.url}/api/client HTTP/1.1`],
    ['absolute-form target to the panel itself', () => `GET ${panel.url}/api/client HTTP/1.1`],
    [
      'protocol-relative path',
      () => `GET //127.0.0.1:${new URL(other.url).port}/api/client HTTP/1.1`,
    ],
    ['plain ..', () => 'GET /api/client/../../api/application/users HTTP/1.1'],
    ['trailing ..', () => 'GET /api/client/.. HTTP/1.1'],
    ['. segment', () => 'GET /api/client/./account HTTP/1.1'],
    ['empty segment', () => 'GET /api/client//account HTTP/1.1'],
    ['%2e%2e', () => 'GET /api/client/%2e%2e/%2e%2e/api/application/users HTTP/1.1'],
    ['%2E%2E upper case', () => 'GET /api/client/%2E%2E/x HTTP/1.1'],
    ['.%2e mixed', () => 'GET /api/client/.%2e/x HTTP/1.1'],
    ['%2f', () => 'GET /api/client%2f..%2fapplication HTTP/1.1'],
    ['%5c', () => 'GET /api/client/%5c..%5capplication HTTP/1.1'],
    ['raw backslash', () => 'GET /api/client/..\\..\\admin HTTP/1.1'],
    ['double-encoded %252e', () => 'GET /api/client/%252e%252e/x HTTP/1.1'],
    ['double-encoded %252f', () => 'GET /api/client%252f..%252fx HTTP/1.1'],
    ['encoded NUL', () => 'GET /api/client/account%00 HTTP/1.1'],
    ['malformed escape', () => 'GET /api/client/%zz HTTP/1.1'],
    ['asterisk-form', () => 'GET * HTTP/1.1'],
  ] as const

  it.each(tricks)('%s', async (_name, line) => {
    const res = await rawRequest(
      talon.port,
      `${line()}\nHost: 127.0.0.1:${talon.port}\nAccept: application/json`,
    )
    expect([400, 404]).toContain(res.status)
    expect(panel.requests).toHaveLength(0)
    expect(other.requests).toHaveLength(0)
  })

  it('a raw NUL byte in the target is refused', async () => {
    const res = await rawRequest(talon.port, `GET /api/client/\u0000x HTTP/1.1\nHost: 127.0.0.1`)
    expect(res.status).toBe(400)
    expect(panel.requests).toHaveLength(0)
  })

  it('a foreign Host header does not change where requests go', async () => {
    const res = await send(`${talon.url}/api/client`, {
      headers: { ...json, Host: new URL(other.url).host },
    })
    expect(res.status).toBe(200)
    expect(other.requests).toHaveLength(0)
    expect(panel.requests[0]?.headers.host).toBe(new URL(panel.url).host)
    // Nor what the panel is told about Talon's host: that comes from PUBLIC_URL (issue 20).
    expect(panel.requests[0]?.headers['x-forwarded-host']).toBe('talon.example.com')
  })

  it('the panel error format is used for refused targets', async () => {
    const res = await rawRequest(talon.port, `GET /api/client/%2e%2e HTTP/1.1\nHost: 127.0.0.1`)
    expect(res.status).toBe(400)
    expect(errorOf(res.body)).toMatchObject({
      code: 'BadRequestHttpException',
      status: '400',
    })
  })
})

describe('request headers upstream', () => {
  it('passes the panel headers, drops hop-by-hop and unknown ones', async () => {
    await send(`${talon.url}/api/client/account`, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Bearer ptlc_Xk3mPq9Ztw1Jm2Rw8TqLp4Vz0Ns6Ye1Ha9Kc3Uf5Gb7',
        'X-Requested-With': 'XMLHttpRequest',
        'X-XSRF-TOKEN': 'xsrf',
        'X-CSRF-TOKEN': 'csrf',
        'User-Agent': 'talon-test',
        'Accept-Language': 'de',
        Connection: 'keep-alive, X-Hop',
        'Keep-Alive': 'timeout=5',
        'X-Hop': 'secret',
        TE: 'trailers',
        Trailer: 'X-T',
        Upgrade: 'h2c',
        'Proxy-Authorization': 'Basic Zm9vOmJhcg==',
        'X-Real-IP': '6.6.6.6',
        Forwarded: 'for=6.6.6.6',
        'X-Original-URL': '/api/application/users',
      },
      body: '{"email":"jane@example.com"}',
    })
    const seen = panel.requests[0]
    expect(seen?.body).toBe('{"email":"jane@example.com"}')
    expect(seen?.headers).toMatchObject({
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: 'Bearer ptlc_Xk3mPq9Ztw1Jm2Rw8TqLp4Vz0Ns6Ye1Ha9Kc3Uf5Gb7',
      'x-requested-with': 'XMLHttpRequest',
      'x-xsrf-token': 'xsrf',
      'x-csrf-token': 'csrf',
      'user-agent': 'talon-test',
      'accept-language': 'de',
    })
    // The body streams through (issue 20), so its framing is Talon's own: a chunked body goes on
    // chunked, a declared length as that length.
    expect(seen?.headers['content-length'] ?? seen?.headers['transfer-encoding']).toMatch(
      /^(?:28|chunked)$/,
    )
    for (const name of [
      'keep-alive',
      'x-hop',
      'te',
      'trailer',
      'upgrade',
      'proxy-authorization',
      'x-real-ip',
      'forwarded',
      'x-original-url',
    ]) {
      expect(seen?.headers, name).not.toHaveProperty(name)
    }
    expect(seen?.headers.connection).not.toContain('X-Hop')
  })

  it('asks the panel for JSON on /api/client even when the caller did not', async () => {
    await send(`${talon.url}/api/client/account`, { headers: { Accept: '*/*' } })
    await send(`${talon.url}/api/client/account`)
    await send(`${talon.url}/api/client/account`, {
      headers: { Accept: 'application/vnd.pterodactyl.v1+json' },
    })
    expect(panel.requests.map((r) => r.headers.accept)).toEqual([
      'application/json',
      'application/json',
      'application/vnd.pterodactyl.v1+json',
    ])
  })

  it('drops a forwardable header when Connection names it', async () => {
    await send(`${talon.url}/api/client`, {
      headers: {
        Accept: 'application/json',
        'X-Requested-With': 'XMLHttpRequest',
        Connection: 'X-Requested-With',
      },
    })
    expect(panel.requests[0]?.headers).not.toHaveProperty('x-requested-with')
  })

  it('sets X-Forwarded-* and replaces a client-supplied chain without TRUST_PROXY', async () => {
    await send(`${talon.url}/api/client`, {
      headers: {
        ...json,
        'X-Forwarded-For': '6.6.6.6',
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-Proto': 'https',
      },
    })
    expect(panel.requests[0]?.headers).toMatchObject({
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-host': 'talon.example.com',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
    })
  })
})

describe('CSRF laundering guard and upstream Origin', () => {
  const post = (headers: Record<string, string>) =>
    send(`${talon.url}/auth/login`, {
      method: 'POST',
      headers: { ...json, 'Content-Type': 'application/json', ...headers },
      body: '{"user":"demo","password":"demo-password"}',
    })

  it.each([
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['Origin: null', { Origin: 'null' }],
    ['same host, other port', { Origin: 'http://127.0.0.1:1' }],
    ['same host, other scheme', { Origin: `https://127.0.0.1:${0}` }],
    ['a foreign Referer and no Origin', { Referer: 'https://evil.example/login' }],
    [
      'a foreign Origin with a same-origin Referer',
      { Origin: 'https://evil.example', Referer: 'SELF/' },
    ],
  ])('refuses a POST with %s (403, panel format)', async (_name, headers) => {
    const withSelf = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [
        k,
        v.replace('SELF', talon.url).replace(':0', `:${talon.port}`),
      ]),
    )
    const res = await post({ Cookie: 'pterodactyl_session=abc', ...withSelf })
    expect(res.status).toBe(403)
    expect(JSON.parse(res.text)).toEqual({
      errors: [
        {
          code: 'AccessDeniedHttpException',
          status: '403',
          detail: 'This request came from another website and was refused.',
        },
      ],
    })
    expect(panel.requests).toHaveLength(0)
  })

  it('refuses cross-site requests marked by Sec-Fetch-Site, even GET', async () => {
    const res = await send(`${talon.url}/api/client/account/two-factor`, {
      headers: { ...json, Cookie: 'pterodactyl_session=abc', 'Sec-Fetch-Site': 'cross-site' },
    })
    expect(res.status).toBe(403)
    expect(panel.requests).toHaveLength(0)
  })

  it('forwards a same-origin POST and presents the panel origin upstream', async () => {
    const res = await post({
      Origin: talon.url,
      Referer: `${talon.url}/login`,
      Cookie: 'pterodactyl_session=abc; XSRF-TOKEN=t',
      'Sec-Fetch-Site': 'same-origin',
    })
    expect(res.status).toBe(200)
    expect(panel.requests[0]?.headers).toMatchObject({
      origin: panel.url,
      referer: `${panel.url}/`,
      cookie: 'pterodactyl_session=abc; XSRF-TOKEN=t',
    })
  })

  it('accepts a same-origin Referer when Origin is absent', async () => {
    const res = await post({ Referer: `${talon.url}/login?redirect=%2Faccount` })
    expect(res.status).toBe(200)
    expect(panel.requests[0]?.headers.origin).toBe(panel.url)
  })

  it('gives a cookie-only browser GET the panel origin', async () => {
    await send(`${talon.url}/api/client/account`, {
      headers: { ...json, Cookie: 'pterodactyl_session=abc' },
    })
    expect(panel.requests[0]?.headers).toMatchObject({
      origin: panel.url,
      referer: `${panel.url}/`,
    })
  })

  it('passes a Bearer-key script request untouched: no Origin or Referer added', async () => {
    const res = await send(`${talon.url}/api/client/account/api-keys`, {
      method: 'POST',
      headers: {
        ...json,
        'Content-Type': 'application/json',
        Authorization: 'Bearer ptlc_Xk3mPq9Ztw1Jm2Rw8TqLp4Vz0Ns6Ye1Ha9Kc3Uf5Gb7',
      },
      body: '{"description":"CI"}',
    })
    expect(res.status).toBe(200)
    const seen = panel.requests[0]?.headers
    expect(seen?.authorization).toBe('Bearer ptlc_Xk3mPq9Ztw1Jm2Rw8TqLp4Vz0Ns6Ye1Ha9Kc3Uf5Gb7')
    expect(seen).not.toHaveProperty('origin')
    expect(seen).not.toHaveProperty('referer')
    expect(seen).not.toHaveProperty('cookie')
  })
})

describe('responses from the panel', () => {
  it('strips Domain from every cookie and keeps them all', async () => {
    panel.handle((_req, res) => {
      res.setHeader('Set-Cookie', [
        'XSRF-TOKEN=eyJpdiI6%3D; expires=Sat, 23 Nov 2030 12:00:00 GMT; Max-Age=7200; path=/; domain=.panel.internal; secure; samesite=lax',
        'pterodactyl_session=abc; expires=Sat, 23 Nov 2030 12:00:00 GMT; Max-Age=43200; path=/; Domain=panel.internal; httponly; samesite=lax',
        'remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d=r; path=/; httponly',
      ])
      res.writeHead(204)
      res.end()
    })
    const res = await send(`${talon.url}/sanctum/csrf-cookie`, { headers: json })
    expect(res.status).toBe(204)
    const cookies = res.headers['set-cookie'] ?? []
    expect(cookies).toEqual([
      'XSRF-TOKEN=eyJpdiI6%3D; expires=Sat, 23 Nov 2030 12:00:00 GMT; Max-Age=7200; path=/; secure; samesite=lax',
      'pterodactyl_session=abc; expires=Sat, 23 Nov 2030 12:00:00 GMT; Max-Age=43200; path=/; httponly; samesite=lax',
      'remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d=r; path=/; httponly',
    ])
  })

  it('drops hop-by-hop response headers and keeps rate-limit ones', async () => {
    panel.handle((_req, res) => {
      res.writeHead(429, {
        'Content-Type': 'application/json',
        Connection: 'X-Hop',
        'X-Hop': 'secret',
        'Keep-Alive': 'timeout=5',
        'Proxy-Authenticate': 'Basic',
        Upgrade: 'h2c',
        Trailer: 'X-T',
        'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
        'Retry-After': '30',
        'X-RateLimit-Limit': '720',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '1732363200',
      })
      res.end(
        '{"errors":[{"code":"ThrottleRequestsException","status":"429","detail":"Too Many Attempts."}]}',
      )
    })
    const res = await send(`${talon.url}/api/client`, { headers: json })
    expect(res.status).toBe(429)
    for (const name of [
      'x-hop',
      'keep-alive',
      'proxy-authenticate',
      'upgrade',
      'trailer',
      'strict-transport-security',
    ]) {
      expect(res.headers, name).not.toHaveProperty(name)
    }
    expect(res.headers).toMatchObject({
      'retry-after': '30',
      'x-ratelimit-limit': '720',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '1732363200',
    })
    expect(errorOf(res.text).code).toBe('ThrottleRequestsException')
  })

  it('keeps redirects to the panel on Talon', async () => {
    panel.handle((_req, res) => {
      res.writeHead(302, { Location: `${panel.url}/auth/login?x=1` })
      res.end()
    })
    const res = await send(`${talon.url}/api/client`, {})
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe('/auth/login?x=1')
  })

  it('streams the body as it arrives', async () => {
    let release: () => void = () => undefined
    panel.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' })
      res.write('first;')
      void new Promise<void>((r) => (release = r)).then(() => res.end('second'))
    })
    const chunks: string[] = []
    const done = new Promise<void>((resolve, reject) => {
      http
        .get(`${talon.url}/api/client`, (res) => {
          res.setEncoding('utf8')
          res.on('data', (c: string) => {
            chunks.push(c)
            if (chunks.length === 1) release()
          })
          res.on('end', resolve)
        })
        .on('error', reject)
    })
    await done
    // The first chunk arrived while the panel was still holding the second back.
    expect(chunks[0]).toBe('first;')
    expect(chunks.join('')).toBe('first;second')
  })

  it('passes the panel’s compressed bytes through untouched', async () => {
    const { gzipSync } = await import('node:zlib')
    const payload = gzipSync('{"object":"list","data":[]}')
    panel.handle((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
      res.end(req.headers['accept-encoding']?.includes('gzip') ? payload : '')
    })
    const res = await send(`${talon.url}/api/client`, {
      headers: { ...json, 'Accept-Encoding': 'gzip' },
    })
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.body.equals(payload)).toBe(true)
  })
})

describe('limits and failures', () => {
  it('refuses an oversized body by Content-Length (413, panel format)', async () => {
    const res = await send(`${talon.url}/api/client/account/ssh-keys`, {
      method: 'POST',
      headers: { ...json, 'Content-Type': 'application/json' },
      body: 'x'.repeat(5000),
    })
    expect(res.status).toBe(413)
    expect(errorOf(res.text)).toMatchObject({
      code: 'PostTooLargeException',
      status: '413',
    })
    expect(panel.requests).toHaveLength(0)
  })

  it('refuses an oversized chunked body (no Content-Length)', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${talon.url}/api/client/account/ssh-keys`, {
        method: 'POST',
        headers: { ...json, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      })
      req.on('response', (r) => {
        r.resume()
        resolve(r.statusCode ?? 0)
      })
      req.on('error', reject)
      for (let i = 0; i < 10; i++) req.write('y'.repeat(1000))
      req.end()
    })
    expect(res).toBe(413)
    expect(panel.requests).toHaveLength(0)
  })

  it('answers 502 when the panel cannot be reached', async () => {
    const down = await startTalon({
      panelUrl: `http://127.0.0.1:${await closedPort()}`,
      dist: dist.dir,
      trustProxy: false,
    })
    try {
      const res = await send(`${down.url}/api/client`, { headers: json })
      expect(res.status).toBe(502)
      expect(JSON.parse(res.text)).toEqual({
        errors: [
          { code: 'BadGatewayException', status: '502', detail: 'The panel could not be reached.' },
        ],
      })
    } finally {
      await down.close()
    }
  })

  it('answers 504 when the panel is too slow', async () => {
    const slow = await startTalon({
      panelUrl: panel.url,
      dist: dist.dir,
      trustProxy: false,
      upstreamTimeoutMs: 150,
    })
    panel.handle(() => undefined) // never answers
    try {
      const res = await send(`${slow.url}/api/client`, { headers: json })
      expect(res.status).toBe(504)
      expect(JSON.parse(res.text)).toEqual({
        errors: [
          {
            code: 'GatewayTimeoutException',
            status: '504',
            detail: 'The panel took too long to answer.',
          },
        ],
      })
      // The panel's request was torn down, not left hanging.
      await panel.requests[0]?.closed
    } finally {
      await slow.close()
    }
  })

  it('survives the panel dropping the connection mid-body', async () => {
    panel.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
      res.write('{"partial":')
      setTimeout(() => res.socket?.destroy(), 20)
    })
    // The head (200) was already passed on, so the browser's connection must be cut, not left
    // waiting for the missing bytes.
    await expect(send(`${talon.url}/api/client`, { headers: json })).rejects.toThrow(/aborted/)
    panel.handle((_req, res) => res.end('{}'))
    const after = await send(`${talon.url}/api/client`, { headers: json })
    expect(after.status).toBe(200)
  })

  it('cuts a body that stalls for longer than the timeout', async () => {
    const slow = await startTalon({
      panelUrl: panel.url,
      dist: dist.dir,
      trustProxy: false,
      upstreamTimeoutMs: 150,
    })
    panel.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{"partial":') // …and then nothing
    })
    try {
      await expect(send(`${slow.url}/api/client`, { headers: json })).rejects.toThrow()
      await panel.requests[0]?.closed
    } finally {
      await slow.close()
    }
  })

  it('aborts the panel request when the browser goes away', async () => {
    panel.handle(() => undefined)
    const req = http.get(`${talon.url}/api/client`, { headers: json })
    req.on('error', () => undefined)
    await vi_waitFor(() => panel.requests.length === 1)
    req.destroy()
    await panel.requests[0]?.closed
  })
})

async function vi_waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 10))
  }
}
