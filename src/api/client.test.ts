import { http, HttpResponse } from 'msw'
import { z } from 'zod/mini'

import { dropConnections, fault } from '@/test-kit/faults'
import { panelFetch, server } from '@/test-kit/msw'
import { recordRequests } from '@/test-kit/recorder'

import { api, onRateLimit, onSessionEvent, refreshCsrfCookie, serializeParams } from './client'
import { ApiError } from './errors'

// Failures come from the demo panel's fault rules (the answers a real deployment gives); a
// made-up path (/api/thing) with hand-written successes pins down the client's own edge cases.

function setCookie(value: string) {
  document.cookie = `XSRF-TOKEN=${value}; path=/`
}

const okSchema = z.object({ ok: z.boolean() })

describe('api client', () => {
  it('sends the JSON/XHR headers and parses the body with the schema', async () => {
    let seen: Headers | undefined
    server.use(
      http.get('*/api/thing', ({ request }) => {
        seen = request.headers
        return HttpResponse.json({ ok: true })
      }),
    )
    await expect(api.get('/api/thing', okSchema)).resolves.toEqual({ ok: true })
    expect(seen?.get('accept')).toBe('application/json')
    expect(seen?.get('x-requested-with')).toBe('XMLHttpRequest')
    expect(seen?.get('x-xsrf-token')).toBeNull()
  })

  it('primes the CSRF cookie once for concurrent unsafe requests and sends X-XSRF-TOKEN', async () => {
    let primes = 0
    const tokens: (string | null)[] = []
    server.use(
      http.get('*/sanctum/csrf-cookie', () => {
        primes++
        setCookie('abc%3D%3D')
        return new HttpResponse(null, { status: 204 })
      }),
      http.post('*/api/thing', ({ request }) => {
        tokens.push(request.headers.get('x-xsrf-token'))
        expect(request.headers.get('content-type')).toBe('application/json')
        return new HttpResponse(null, { status: 204 })
      }),
    )
    await Promise.all([api.post('/api/thing', { a: 1 }), api.post('/api/thing', { a: 2 })])
    expect(primes).toBe(1)
    expect(tokens).toEqual(['abc==', 'abc=='])
  })

  it('refreshes the CSRF cookie and retries once on 419', async () => {
    setCookie('stale')
    let attempts = 0
    server.use(
      http.get('*/sanctum/csrf-cookie', () => {
        setCookie('fresh')
        return new HttpResponse(null, { status: 204 })
      }),
      http.put('*/api/thing', async ({ request }) => {
        attempts++
        if (request.headers.get('x-xsrf-token') !== 'fresh') return panelFetch(request) // 419
        return HttpResponse.json({ ok: true })
      }),
    )
    await fault({ method: 'PUT', path: '/api/thing$', status: 419 })
    await expect(api.put('/api/thing', {}, okSchema)).resolves.toEqual({ ok: true })
    expect(attempts).toBe(2)
  })

  it('gives up after one 419 retry', async () => {
    setCookie('stale')
    await fault({ method: 'DELETE', path: '/api/thing$', status: 419 })
    const attempts = recordRequests({ method: 'DELETE', path: '/api/thing' })
    const error = await api.delete('/api/thing').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 419 })
    expect(attempts.count).toBe(2)
  })

  it('reads Retry-After and rate-limit headers on 429 and publishes them', async () => {
    const events: unknown[] = []
    const off = onRateLimit((e) => events.push(e))
    await fault({ method: 'GET', path: '/api/thing$', status: 429, retryAfter: 42 })
    const error = (await api.get('/api/thing', okSchema).catch((e: unknown) => e)) as ApiError
    off()
    expect(error.status).toBe(429)
    expect(error.code).toBe('ThrottleRequestsException')
    expect(error.retryAfter).toBe(42)
    expect(error.rateLimit).toMatchObject({ limit: 720, remaining: 0 })
    expect(error.rateLimit?.reset).toBeGreaterThan(0)
    expect(events).toEqual([
      expect.objectContaining({
        path: '/api/thing',
        status: 429,
        limit: 720,
        remaining: 0,
        retryAfter: 42,
      }),
    ])
  })

  it('turns a network failure into status 0 NetworkError', async () => {
    dropConnections('GET', '/api/thing')
    await expect(api.get('/api/thing', okSchema)).rejects.toMatchObject({
      status: 0,
      code: 'NetworkError',
    })
  })

  it('times out as status 0 TimeoutError', async () => {
    server.use(http.get('*/api/slow', () => new Promise<Response>(() => {})))
    await expect(api.get('/api/slow', okSchema, { timeoutMs: 20 })).rejects.toMatchObject({
      status: 0,
      code: 'TimeoutError',
    })
  })

  it("rethrows the caller's abort (React Query cancellation) untouched", async () => {
    server.use(http.get('*/api/slow', () => new Promise<Response>(() => {})))
    const controller = new AbortController()
    const pending = api.get('/api/slow', okSchema, { signal: controller.signal })
    controller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(ApiError)
    expect((error as Error).name).toBe('AbortError')
  })

  it('reports malformed JSON on success as UnreadableResponse', async () => {
    await fault({ method: 'GET', path: '/api/thing$', malformed: true })
    await expect(api.get('/api/thing', okSchema)).rejects.toMatchObject({
      status: 200,
      code: 'UnreadableResponse',
    })
  })

  it('reports a schema mismatch as InvalidResponse with the HTTP status', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ ok: 'yes' })))
    await expect(api.get('/api/thing', okSchema)).rejects.toMatchObject({
      status: 200,
      code: 'InvalidResponse',
    })
  })

  it("handles a proxy's HTML error page (nginx 502)", async () => {
    await fault({ method: 'GET', path: '/api/thing$', status: 502 })
    await expect(api.get('/api/thing', okSchema)).rejects.toMatchObject({
      status: 502,
      code: 'ServerError',
      detail: '',
    })
  })

  it('collects field errors by source_field, also under the array base name, and drops traces', async () => {
    // Hand-written on purpose: only a panel in debug mode sends `meta.trace`; the double never does.
    server.use(
      http.post('*/api/keys', () =>
        HttpResponse.json(
          {
            errors: [
              {
                code: 'ValidationException',
                status: '422',
                detail: 'The description field is required.',
                meta: { source_field: 'description', rule: 'required', trace: ['secret frame'] },
              },
              {
                code: 'ValidationException',
                status: '422',
                detail: '"hodor/24" is not a valid IP address or CIDR range.',
                meta: { source_field: 'allowed_ips.2', rule: '' },
              },
            ],
          },
          { status: 422 },
        ),
      ),
    )
    setCookie('t')
    const error = (await api.post('/api/keys', {}).catch((e: unknown) => e)) as ApiError
    expect(error.code).toBe('ValidationException')
    expect(error.detail).toBe('The description field is required.')
    expect(error.fieldErrors).toEqual({
      description: ['The description field is required.'],
      'allowed_ips.2': ['"hodor/24" is not a valid IP address or CIDR range.'],
      allowed_ips: ['"hodor/24" is not a valid IP address or CIDR range.'],
    })
    expect(JSON.stringify(error.errors)).not.toContain('secret frame')
  })

  it('publishes a 401 as a lost session, unless the caller expects it', async () => {
    const events: unknown[] = []
    const off = onSessionEvent((e) => events.push(e))
    await api.get('/api/client/account', okSchema).catch(() => null) // no session: 401
    await api.get('/api/client/account', okSchema, { expectsUnauthorized: true }).catch(() => null)
    off()
    expect(events).toEqual([{ reason: 'unauthorized', path: '/api/client/account', method: 'GET' }])
  })

  it('accepts 204 with no schema', async () => {
    setCookie('t')
    server.use(http.post('*/auth/logout', () => new HttpResponse(null, { status: 204 })))
    await expect(api.post('/auth/logout')).resolves.toBeUndefined()
  })

  it('refuses cross-origin paths', async () => {
    await expect(api.get('//evil.example/x', okSchema)).rejects.toThrow(TypeError)
  })

  it('dedupes explicit CSRF refreshes', async () => {
    let primes = 0
    server.use(
      http.get('*/sanctum/csrf-cookie', () => {
        primes++
        return new HttpResponse(null, { status: 204 })
      }),
    )
    await Promise.all([refreshCsrfCookie(), refreshCsrfCookie()])
    expect(primes).toBe(1)
  })
})

describe('serializeParams', () => {
  it('builds filter[...] keys in a stable order and skips empty values', () => {
    expect(
      serializeParams({
        sort: '-timestamp',
        page: 2,
        filter: { ip: undefined, event: 'auth:success' },
        include: ['actor', 'subject'],
        q: '',
      }),
    ).toBe('?filter%5Bevent%5D=auth%3Asuccess&include=actor%2Csubject&page=2&sort=-timestamp')
    expect(serializeParams({})).toBe('')
  })
})
