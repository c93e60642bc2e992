import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { TrustProxy } from './config'
import type { RunningTalon, Stub } from './test-kit'
import { makeDist, send, startStub, startTalon } from './test-kit'

const dist = makeDist()
let panel: Stub
const running: RunningTalon[] = []

beforeAll(async () => {
  panel = await startStub()
})
afterEach(() => {
  panel.requests.length = 0
})
afterAll(async () => {
  await Promise.all(running.map((t) => t.close()))
  await panel.close()
  dist.remove()
})

async function talonWith(trustProxy: TrustProxy) {
  const t = await startTalon({ panelUrl: panel.url, dist: dist.dir, trustProxy })
  running.push(t)
  return t
}

const proxied = {
  Accept: 'application/json',
  'X-Forwarded-For': '203.0.113.7, 198.51.100.2',
  'X-Forwarded-Host': 'talon.example.com',
  'X-Forwarded-Proto': 'https',
}

describe('TRUST_PROXY', () => {
  it.each([[true], [['loopback']], [['127.0.0.0/8']], [['127.0.0.1', '10.0.0.0/8']]] as const)(
    'with %j, appends to the chain and honours X-Forwarded-Host/Proto',
    async (trust) => {
      const talon = await talonWith(trust)
      const res = await send(`${talon.url}/api/client`, { headers: proxied })
      expect(res.status).toBe(200)
      expect(panel.requests[0]?.headers).toMatchObject({
        'x-forwarded-for': '203.0.113.7, 198.51.100.2, 127.0.0.1',
        'x-forwarded-host': 'talon.example.com',
        'x-forwarded-proto': 'https',
      })
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000')
    },
  )

  it.each([[false], [['10.0.0.0/8']], [['::1']]] as const)(
    'with %j (peer not trusted), replaces the chain and ignores the claims',
    async (trust) => {
      const talon = await talonWith(trust)
      const res = await send(`${talon.url}/api/client`, { headers: proxied })
      expect(panel.requests[0]?.headers).toMatchObject({
        'x-forwarded-for': '127.0.0.1',
        'x-forwarded-host': `127.0.0.1:${talon.port}`,
        'x-forwarded-proto': 'http',
      })
      expect(res.headers).not.toHaveProperty('strict-transport-security')
    },
  )

  it('judges Origin against the origin the browser used at the proxy', async () => {
    const trusted = await talonWith(true)
    const ok = await send(`${trusted.url}/auth/logout`, {
      method: 'POST',
      headers: { ...proxied, Origin: 'https://talon.example.com', Cookie: 'pterodactyl_session=a' },
    })
    expect(ok.status).toBe(200)
    expect(panel.requests[0]?.headers.origin).toBe(panel.url)

    // The same claim from an untrusted peer is just a header anyone can send.
    const untrusted = await talonWith(false)
    const refused = await send(`${untrusted.url}/auth/logout`, {
      method: 'POST',
      headers: { ...proxied, Origin: 'https://talon.example.com', Cookie: 'pterodactyl_session=a' },
    })
    expect(refused.status).toBe(403)
    expect(panel.requests).toHaveLength(1)
  })
})
