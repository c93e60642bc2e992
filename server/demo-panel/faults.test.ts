import { describe, expect, it } from 'vitest'

import { Browser, errorBody, loggedIn, makePanel } from './test-kit'

const control = (browser: Browser, method: string, path: string, body?: unknown) =>
  browser.request(method, path, { body, noCookies: true })

describe('fault injection and control routes', () => {
  it('control routes exist only with faults: true', async () => {
    const { panel } = makePanel()
    const res = await new Browser(panel).post('/__demo/reset')
    expect(res.status).toBe(404)
  })

  it('status faults with times, then normal service', async () => {
    const { panel } = makePanel({ faults: true })
    const demo = await loggedIn(panel)
    expect(
      (
        await control(demo, 'POST', '/__demo/faults', {
          path: '^/api/client/account$',
          status: 500,
          times: 1,
        })
      ).status,
    ).toBe(204)
    const failed = await demo.get('/api/client/account')
    expect(failed.body).toEqual(
      errorBody(
        'HttpException',
        500,
        'An unexpected error was encountered while processing this request, please try again.',
      ),
    )
    expect((await demo.get('/api/client/account')).status).toBe(200)
    await control(demo, 'POST', '/__demo/faults', {
      path: '/api/client$',
      status: 429,
      retryAfter: 7,
      times: 1,
    })
    const limited = await demo.get('/api/client')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    await control(demo, 'POST', '/__demo/faults', { path: '/api/client$', status: 502, times: 1 })
    const gateway = await demo.get('/api/client')
    expect(gateway.status).toBe(502)
    expect(gateway.text).toContain('502 Bad Gateway')
    await control(demo, 'POST', '/__demo/faults', {
      path: '/api/client$',
      method: 'GET',
      malformed: true,
    })
    const malformed = await demo.get('/api/client')
    expect(malformed.status).toBe(200)
    expect(malformed.body).toBeNull()
    expect((await control(demo, 'DELETE', '/__demo/faults')).status).toBe(204)
    expect((await demo.get('/api/client')).status).toBe(200)
    expect((await control(demo, 'POST', '/__demo/faults', { path: '(' })).status).toBe(422)
  })

  it('latency and hang (until the request is aborted)', async () => {
    const { panel } = makePanel({ faults: true })
    const demo = await loggedIn(panel)
    await control(demo, 'POST', '/__demo/faults', {
      path: '/api/client/account$',
      latencyMs: 50,
      times: 1,
    })
    const started = Date.now()
    expect((await demo.get('/api/client/account')).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    await control(demo, 'POST', '/__demo/faults', {
      path: '/api/client/account$',
      hang: true,
      times: 1,
    })
    const abort = new AbortController()
    let settled = false
    const pending = panel
      .fetch(new Request('http://127.0.0.1:8081/api/client/account', { signal: abort.signal }))
      .then((r) => {
        settled = true
        return r
      })
    await new Promise((r) => setTimeout(r, 30))
    expect(settled).toBe(false)
    abort.abort()
    await pending
    expect(settled).toBe(true)
  })

  it('stats count /api/client requests by route pattern; reset restores the seed', async () => {
    const { panel } = makePanel({ faults: true })
    const demo = await loggedIn(panel)
    await demo.get('/api/client')
    await demo.get('/api/client/servers/1a7ce997/resources')
    await demo.get('/api/client/servers/b3f2c8d1/resources')
    await demo.put('/api/client/account/email', {
      email: 'changed@example.com',
      password: 'demo-password',
    })
    const stats = (await control(demo, 'GET', '/__demo/stats')).body as {
      requests: Record<string, number>
      total: number
    }
    expect(stats.requests).toEqual({
      'GET /api/client': 1,
      'GET /api/client/servers/{server}/resources': 2,
      'PUT /api/client/account/email': 1,
    })
    expect(stats.total).toBe(4)
    expect((await control(demo, 'POST', '/__demo/reset')).status).toBe(204)
    expect((await demo.get('/api/client/account')).status).toBe(401)
    const again = await loggedIn(panel, 'demo@example.com')
    expect(
      ((await again.get('/api/client/account')).body as { attributes: { email: string } })
        .attributes.email,
    ).toBe('demo@example.com')
  })

  it('POST /__demo/clock moves the double forward: a sign-in lockout ends without waiting', async () => {
    const { panel } = makePanel({ faults: true })
    const demo = new Browser(panel)
    const before = (await control(demo, 'GET', '/__demo/clock')).body as { now: number }
    const moved = await control(demo, 'POST', '/__demo/clock', { advanceMs: 90_000 })
    expect(moved.status).toBe(200)
    expect((moved.body as { now: number }).now).toBeGreaterThanOrEqual(before.now + 90_000)
    expect((await control(demo, 'POST', '/__demo/clock', { advanceMs: -5 })).status).toBe(422)
    expect((await control(demo, 'POST', '/__demo/clock', {})).status).toBe(422)
  })
})
