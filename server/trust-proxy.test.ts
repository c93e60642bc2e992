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
    'with %j, passes on the address the trusted proxy saw, and honours its X-Forwarded-Proto',
    async (trust) => {
      const talon = await talonWith(trust)
      const res = await send(`${talon.url}/api/client`, { headers: proxied })
      expect(res.status).toBe(200)
      // The right-most entry is what our trusted peer saw; entries further left are claims.
      expect(panel.requests[0]?.headers['x-forwarded-for']).toBe('198.51.100.2')
      // The client's (or proxy's) host never reaches the panel: only PUBLIC_URL would.
      expect(panel.requests[0]?.headers).not.toHaveProperty('x-forwarded-host')
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000')
    },
  )

  it.each([[false], [['10.0.0.0/8']], [['::1']]] as const)(
    'with %j (peer not trusted), replaces the chain and ignores the claims',
    async (trust) => {
      const talon = await talonWith(trust)
      const res = await send(`${talon.url}/api/client`, { headers: proxied })
      expect(panel.requests[0]?.headers['x-forwarded-for']).toBe('127.0.0.1')
      expect(panel.requests[0]?.headers).not.toHaveProperty('x-forwarded-host')
      expect(panel.requests[0]?.headers).not.toHaveProperty('x-forwarded-proto')
      expect(res.headers).not.toHaveProperty('strict-transport-security')
    },
  )

  // Issue 20, point 5: behind a front proxy, Talon used to append that proxy's address, and a
  // panel whose TRUSTED_PROXIES lists only Talon took the right-most entry — the front proxy —
  // as every user's address.
  it('behind a front proxy, a panel trusting only Talon sees the user, not the proxy', async () => {
    const talon = await talonWith(['loopback'])
    await send(`${talon.url}/api/client`, {
      headers: { Accept: 'application/json', 'X-Forwarded-For': '203.0.113.7' },
    })
    const chain = String(panel.requests[0]?.headers['x-forwarded-for']).split(',')
    // Laravel's TrustProxies with TRUSTED_PROXIES=<Talon>: the right-most entry is the client.
    expect(chain.at(-1)?.trim()).toBe('203.0.113.7')
  })

  it('walks past every trusted proxy in the chain, and no further', async () => {
    const talon = await talonWith(['loopback', '10.0.0.0/8'])
    await send(`${talon.url}/api/client`, {
      headers: {
        Accept: 'application/json',
        'X-Forwarded-For': '6.6.6.6, 203.0.113.7, 10.1.2.3, 10.0.0.9',
      },
    })
    expect(panel.requests[0]?.headers['x-forwarded-for']).toBe('203.0.113.7')
  })

  it('sends the configured PUBLIC_URL as the forwarded host, whatever the proxy claims', async () => {
    const talon = await startTalon({
      panelUrl: panel.url,
      dist: dist.dir,
      trustProxy: true,
      publicUrl: 'https://talon.example.org:8443',
    })
    running.push(talon)
    await send(`${talon.url}/api/client`, {
      headers: { ...proxied, 'X-Forwarded-Host': 'evil.example' },
    })
    expect(panel.requests[0]?.headers).toMatchObject({
      'x-forwarded-host': 'talon.example.org:8443',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '8443',
    })
  })

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
