import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ProxySetup, RunningTalon, Stub } from './test-kit'
import { makeDist, rawRequest, send, startProxySetup } from './test-kit'

// Cases server/proxy.test.ts does not cover yet: path-prefix confusion and exotic encodings,
// request smuggling shapes and body-size edges, Connection naming the headers Talon sets, and
// cross-origin writes with every unsafe method.

let panel: Stub
let other: Stub // a second host that must never be contacted
let talon: RunningTalon
let setup: ProxySetup
const dist = makeDist()
const LIMIT = 4096

beforeAll(async () => {
  setup = await startProxySetup(dist.dir, LIMIT)
  ;({ panel, other, talon } = setup)
})
afterEach(() => {
  panel.requests.length = 0
  other.requests.length = 0
})
afterAll(async () => {
  await setup.close()
  dist.remove()
})

const json = { Accept: 'application/json' }
const head = (line: string, extra = '') =>
  `${line}\r\nHost: 127.0.0.1:${talon.port}\r\nAccept: application/json${extra}`

describe('look-alike paths are not panel routes', () => {
  it.each([
    '/api/clientx',
    '/api/client-evil/account',
    '/api/client.json',
    '/API/client',
    '/api/Client/account',
    '/api/application/users',
    '/auth/loginx',
    '/auth/login/checkpointx',
    '/auth/logout/../password',
    '/sanctum/csrf-cookie/extra',
    '/sanctum/csrf-cookiex',
    '/__demo/reset',
    '/admin',
  ])('%s never reaches the panel', async (path) => {
    const res = await rawRequest(talon.port, head(`GET ${path} HTTP/1.1`))
    // Refused in the panel's format (404; 400 for a `..` climb), never a panel answer.
    expect([400, 404]).toContain(res.status)
    expect(panel.requests).toHaveLength(0)
    expect(other.requests).toHaveLength(0)
  })

  it.each(['POST', 'PUT', 'DELETE'])('%s to a look-alike path is not forwarded', async (method) => {
    const res = await send(`${talon.url}/api/clientx`, {
      method,
      headers: { ...json, 'Content-Type': 'application/json', Origin: talon.url },
      body: '{}',
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(panel.requests).toHaveLength(0)
  })
})

describe('exotic encodings stay under /api/client or are refused', () => {
  it.each([
    ['overlong UTF-8 dots', '/api/client/%c0%ae%c0%ae/%c0%ae%c0%ae/api/application/users'],
    ['full-width dots', '/api/client/%EF%BC%8E%EF%BC%8E/%EF%BC%8E%EF%BC%8E/admin'],
    ['IIS %u escapes', '/api/client/%u002e%u002e/%u002e%u002e/admin'],
    ['..; segment', '/api/client/..;/..;/admin'],
    ['encoded #', '/api/client%23/../../admin'],
    ['encoded ?', '/api/client%3F/../../admin'],
    ['tab in a segment', '/api/client/%09../admin'],
    ['encoded CRLF (header injection)', '/api/client/%0d%0aX-Injected:%20yes'],
    ['semicolon parameters', '/api/client;/../admin'],
  ])('%s', async (_name, target) => {
    const res = await rawRequest(talon.port, head(`GET ${target} HTTP/1.1`))
    expect(other.requests).toHaveLength(0)
    if (panel.requests.length > 0) {
      // Forwarded as an opaque path under /api/client: nothing decoded into a climb or a header.
      expect(res.status).toBe(200)
      const seen = panel.requests[0]!
      expect(seen.url.startsWith('/api/client')).toBe(true)
      expect(decodeURIComponentSafe(seen.url)).not.toMatch(/(^|\/)\.\.(\/|$)/)
      expect(seen.headers).not.toHaveProperty('x-injected')
    } else {
      expect([400, 404]).toContain(res.status)
    }
  })

  it('a query with ../ is passed as a query, on the allowed path', async () => {
    const res = await send(`${talon.url}/api/client?next=../../api/application/users&x=%2e%2e`, {
      headers: json,
    })
    expect(res.status).toBe(200)
    expect(panel.requests[0]?.url).toBe('/api/client?next=../../api/application/users&x=%2e%2e')
  })

  it('an absolute-form target naming the panel with userinfo is refused', async () => {
    const res = await rawRequest(
      talon.port,
      head(`GET http://user:pass@127.0.0.1:${new URL(other.url).port}/api/client HTTP/1.1`),
    )
    expect([400, 404]).toContain(res.status)
    expect(other.requests).toHaveLength(0)
    expect(panel.requests).toHaveLength(0)
  })
})

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

describe('bodies: size edges and smuggling shapes', () => {
  const post = (body: string, path = '/api/client/account/ssh-keys') =>
    send(`${talon.url}${path}`, {
      method: 'POST',
      headers: { ...json, 'Content-Type': 'application/json', Origin: talon.url },
      body,
    })

  it('a body of exactly the limit is forwarded byte for byte', async () => {
    const body = `{"name":"${'n'.repeat(LIMIT - 11)}"}`
    expect(Buffer.byteLength(body)).toBe(LIMIT)
    const res = await post(body)
    expect(res.status).toBe(200)
    expect(panel.requests[0]?.body).toBe(body)
  })

  it('one byte over the limit is refused on every forwarded route', async () => {
    const body = 'x'.repeat(LIMIT + 1)
    for (const path of ['/api/client/account/ssh-keys', '/auth/login', '/auth/login/checkpoint']) {
      const res = await post(body, path)
      expect(res.status, path).toBe(413)
    }
    expect(panel.requests).toHaveLength(0)
  })

  it('multi-byte characters count as bytes, not characters', async () => {
    const res = await post(`"${'🔑'.repeat(LIMIT / 4)}"`) // 4 bytes each: over the limit
    expect(res.status).toBe(413)
    expect(panel.requests).toHaveLength(0)
  })

  it('Content-Length together with chunked encoding is refused (request smuggling)', async () => {
    const res = await rawRequest(
      talon.port,
      head(
        'POST /api/client/account/ssh-keys HTTP/1.1',
        `\r\nOrigin: ${talon.url}\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked`,
      ),
      '0\r\n\r\nGET /api/client/account HTTP/1.1\r\nHost: x\r\n\r\n',
    )
    expect(res.status).toBe(400)
    expect(panel.requests).toHaveLength(0)
  })

  it('two different Content-Length headers are refused', async () => {
    const res = await rawRequest(
      talon.port,
      head(
        'POST /api/client/account/ssh-keys HTTP/1.1',
        `\r\nOrigin: ${talon.url}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 5`,
      ),
      '{}',
    )
    expect(res.status).toBe(400)
    expect(panel.requests).toHaveLength(0)
  })
})

describe('Connection cannot remove what Talon sets', () => {
  it('X-Forwarded-* survive a Connection header naming them', async () => {
    await send(`${talon.url}/api/client`, {
      headers: {
        ...json,
        Connection: 'X-Forwarded-For, X-Forwarded-Host, X-Forwarded-Proto, Host',
      },
    })
    expect(panel.requests[0]?.headers).toMatchObject({
      host: new URL(panel.url).host,
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-host': 'talon.example.com',
      'x-forwarded-proto': 'https',
    })
  })

  it('an Origin named by Connection is still judged (and replaced upstream)', async () => {
    const res = await send(`${talon.url}/api/client/account/email`, {
      method: 'PUT',
      headers: {
        ...json,
        'Content-Type': 'application/json',
        Cookie: 'pterodactyl_session=abc',
        Origin: 'https://evil.example',
        Connection: 'Origin',
      },
      body: '{}',
    })
    expect(res.status).toBe(403)
    expect(panel.requests).toHaveLength(0)
  })
})

describe('cross-origin writes, every unsafe method', () => {
  it.each([
    ['PUT', '/api/client/account/email'],
    ['PUT', '/api/client/account/password'],
    ['DELETE', '/api/client/account/api-keys/ptlc_Xk3mPq9Ztw1'],
    ['POST', '/api/client/account/api-keys'],
    ['POST', '/api/client/account/two-factor/disable'],
    ['PATCH', '/api/client/account'],
    ['POST', '/auth/logout'],
  ])('%s %s from a foreign Origin is refused (403)', async (method, path) => {
    const res = await send(`${talon.url}${path}`, {
      method,
      headers: {
        ...json,
        'Content-Type': 'application/json',
        Cookie: 'pterodactyl_session=abc',
        Origin: 'https://evil.example',
      },
      ...(method !== 'DELETE' && { body: '{}' }),
    })
    expect([403, 405]).toContain(res.status)
    expect(res.headers).not.toHaveProperty('access-control-allow-origin')
    expect(panel.requests).toHaveLength(0)
  })

  it('a same-site (sibling subdomain) POST marked by Sec-Fetch-Site is refused', async () => {
    const res = await send(`${talon.url}/api/client/account/api-keys`, {
      method: 'POST',
      headers: {
        ...json,
        'Content-Type': 'application/json',
        Cookie: 'pterodactyl_session=abc',
        'Sec-Fetch-Site': 'same-site',
        Origin: 'http://evil.127.0.0.1.nip.io',
      },
      body: '{}',
    })
    expect(res.status).toBe(403)
    expect(panel.requests).toHaveLength(0)
  })

  it('a CORS preflight from another site gets no CORS grant and is not forwarded', async () => {
    const res = await send(`${talon.url}/api/client/account/api-keys`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-xsrf-token',
      },
    })
    expect(res.headers).not.toHaveProperty('access-control-allow-origin')
    expect(res.headers).not.toHaveProperty('access-control-allow-credentials')
    expect(panel.requests).toHaveLength(0)
  })
})
