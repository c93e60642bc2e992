import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalonApp } from './app'
import type { RunningTalon } from './test-kit'
import { makeDist, send, startStub, startTalon } from './test-kit'
import type { Stub } from './test-kit'

const dist = makeDist()
const app = createTalonApp({ panelUrl: 'http://127.0.0.1:9', dist: dist.dir, trustProxy: false })
afterAll(() => dist.remove())

function expectSecurityHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy') ?? ''
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values.join(' ')] as const
    }),
  )
  expect(Object.fromEntries(directives)).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'connect-src': "'self'",
    'object-src': "'none'",
    'frame-ancestors': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
  })
  expect(directives.get('script-src')).not.toContain('unsafe')
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('same-origin')
  expect(headers.get('x-frame-options')).toBe('DENY')
  const permissions = headers.get('permissions-policy') ?? ''
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) {
    expect(permissions).toContain(feature)
  }
  expect(headers.get('x-powered-by')).toBeNull()
}

describe('security headers', () => {
  it('are on the SPA, on assets and on errors', async () => {
    for (const [path, status] of [
      ['/', 200],
      ['/assets/index-abc123.js', 200],
      ['/assets/nope.js', 404],
      ['/api/application/users', 404],
    ] as const) {
      const res = await app.request(path, { headers: { Accept: 'text/html' } })
      expect(res.status).toBe(status)
      expectSecurityHeaders(res.headers)
    }
  })

  it('has no HSTS over plain http, even if the client claims https', async () => {
    const res = await app.request('/', { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })

  it('has HSTS when served over https', async () => {
    const res = await app.request('https://talon.example/')
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000')
  })

  it('has HSTS behind a trusted proxy that says https', async () => {
    const trusting = createTalonApp({
      panelUrl: 'http://127.0.0.1:9',
      dist: dist.dir,
      trustProxy: true,
    })
    const res = await trusting.request('/', { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000')
  })

  describe('on proxied panel responses', () => {
    let panel: Stub
    let talon: RunningTalon
    beforeAll(async () => {
      panel = await startStub()
      panel.handle((_req, res) => {
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Security-Policy': 'default-src *',
          'X-Powered-By': 'PHP/8.3',
          'X-Frame-Options': 'SAMEORIGIN',
        })
        res.end('{}')
      })
      talon = await startTalon({ panelUrl: panel.url, dist: dist.dir, trustProxy: false })
    })
    afterAll(async () => {
      await talon.close()
      await panel.close()
    })

    it('overrides the panel’s own headers', async () => {
      const res = await send(`${talon.url}/api/client`, { headers: { Accept: 'application/json' } })
      const headers = new Headers()
      for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers.set(k, v)
      expectSecurityHeaders(headers)
    })
  })
})
