import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import { Writable } from 'node:stream'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { createLogger } from './access-log'
import type { TalonAppOptions } from './app'
import type { ListenerLimits } from './listen'
import type { RunningTalon } from './test-kit'
import { makeDist, send, startTalon } from './test-kit'

// Issue 20: the server holds under slow and hostile clients. Correctness only — no timing
// assertions (the measured figures are in `npm run bench`): each test would hang or fail on the
// old server, and passes when the limit does its job.

const dist = makeDist()
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})
afterAll(() => dist.remove())

interface Panel {
  url: string
  /** Requests the panel has started to receive (head in), with the body bytes seen so far. */
  started: { url: string; headers: http.IncomingHttpHeaders; body: string }[]
  /** Requests on /hang are answered never; everything else gets 200 `{"ok":true}`. */
  onRequest: (req: http.IncomingMessage, res: http.ServerResponse) => void
  headers: Record<string, string | string[]>
}

/** A panel double that sees requests as they *start*, and hangs on `/api/client/hang*`. */
async function startPanel(): Promise<Panel> {
  const panel: Panel = {
    url: '',
    started: [],
    headers: {},
    onRequest: () => undefined,
  }
  const server = http.createServer((req, res) => {
    const entry = { url: req.url ?? '', headers: req.headers, body: '' }
    panel.started.push(entry)
    req.on('data', (chunk: Buffer) => (entry.body += chunk.toString()))
    panel.onRequest(req, res)
    if (req.url?.startsWith('/api/client/hang')) return
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json', ...panel.headers })
      res.end('{"ok":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  panel.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return panel
}

async function talonFor(
  panel: Panel,
  options: Partial<TalonAppOptions> = {},
  limits?: Partial<ListenerLimits>,
): Promise<RunningTalon> {
  const talon = await startTalon(
    { panelUrl: panel.url, dist: dist.dir, trustProxy: false, ...options },
    limits,
  )
  cleanups.push(() => talon.close())
  return talon
}

/** Resolves once `check()` holds, re-checking on every turn of the event loop (no sleeps). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve))
}

/** A raw socket that sends `text` and reports what comes back and when it closes. */
function openSocket(port: number, text = '') {
  const socket = net.connect(port, '127.0.0.1')
  let received = ''
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')))
  socket.on('error', () => undefined)
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
  const connected = new Promise<void>((resolve) => socket.on('connect', () => resolve()))
  if (text) socket.write(text)
  cleanups.push(() => void socket.destroy())
  return { socket, closed, connected, received: () => received }
}

const signedIn = { Accept: 'application/json', Cookie: 'pterodactyl_session=user-session' }

// The deadline counting from arrival (queue time included) is covered with a controllable clock
// in upstream-gate.test.ts; over sockets it could only be shown by timing.
describe('hanging panel requests cannot starve other users (point 1)', () => {
  it('a signed-in request is answered while 70 requests hang on one slow panel route', async () => {
    const panel = await startPanel()
    // slowAfterMs is shortened so the test needn't wait 2 s; 64 is the production slot count,
    // and the old server's whole socket pool.
    const talon = await talonFor(panel, { slowAfterMs: 20 })
    const hanging = Array.from({ length: 70 }, (_, i) =>
      send(`${talon.url}/api/client/hang?i=${i}`, { headers: { Accept: 'application/json' } }),
    )
    for (const request of hanging) request.catch(() => undefined)
    await until(() => panel.started.length >= 64)

    const res = await send(`${talon.url}/api/client/account`, { headers: signedIn })
    expect(res.status).toBe(200)
    expect(res.text).toBe('{"ok":true}')
  })
})

describe('request bodies stream to the panel (point 2)', () => {
  it('the panel sees the first bytes of a body before the client has sent the rest', async () => {
    const panel = await startPanel()
    const talon = await talonFor(panel)
    const client = openSocket(
      talon.port,
      `POST /api/client/account/email HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{"email":"first-half`,
    )
    await until(() => panel.started[0]?.body === '{"email":"first-half')
    expect(panel.started[0]?.headers['content-length']).toBe('40')
    client.socket.write('@example.com","x":1}')
    await until(() => client.received().includes('{"ok":true}'))
    expect(panel.started[0]?.body).toBe('{"email":"first-half@example.com","x":1}')
  })

  it('a chunked body over the limit is cut with 413 as it streams, and the panel request torn down', async () => {
    const panel = await startPanel()
    let panelSawAbort = false
    panel.onRequest = (req) => req.on('aborted', () => (panelSawAbort = true))
    const talon = await talonFor(panel, { maxBodyBytes: 1000 })
    const client = openSocket(
      talon.port,
      `POST /api/client/account/email HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    )
    const chunk = 'x'.repeat(600)
    client.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    await until(() => panel.started[0]?.body.length === 600)
    client.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    await until(() => client.received().includes('\r\n\r\n'))
    expect(client.received()).toMatch(/^HTTP\/1\.1 413 /)
    expect(client.received()).toContain('PostTooLargeException')
    await until(() => panelSawAbort)
  })

  it("the file editor's save gets room for a whole file; other routes keep the general limit", async () => {
    const panel = await startPanel()
    const talon = await talonFor(panel, { maxBodyBytes: 1000 })
    const file = 'motd=x\n'.repeat(700) // 4,900 bytes: over the general limit
    const save = openSocket(
      talon.port,
      `POST /api/client/servers/1a7ce997/files/write?file=%2Fserver.properties HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nContent-Type: text/plain\r\nContent-Length: ${file.length}\r\n\r\n${file}`,
    )
    await until(() => save.received().includes('{"ok":true}'))
    expect(panel.started[0]?.body).toBe(file)
    const other = openSocket(
      talon.port,
      `POST /api/client/servers/1a7ce997/files/delete HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: ${file.length}\r\n\r\n${file}`,
    )
    await until(() => other.received().includes('\r\n\r\n'))
    expect(other.received()).toMatch(/^HTTP\/1\.1 413 /)
    expect(panel.started).toHaveLength(1)
  })

  it('a body that goes silent gets 408 and its connection closed', async () => {
    const panel = await startPanel()
    const talon = await talonFor(panel, { bodyIdleMs: 50 })
    const client = openSocket(
      talon.port,
      `PUT /api/client/account/email HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nContent-Length: 100\r\n\r\n{"email":`,
    )
    await client.closed
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /)
    expect(client.received()).toContain('RequestTimeoutHttpException')
  })
})

describe('listener limits (point 2)', () => {
  it('headers that never finish are cut off (headersTimeout)', async () => {
    const panel = await startPanel()
    const talon = await talonFor(panel, {}, { headersTimeoutMs: 100, requestTimeoutMs: 200 })
    const client = openSocket(talon.port, 'GET /api/client/account HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    await client.closed
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 |^$/)
    expect(panel.started).toHaveLength(0)
  })

  it('connections beyond the cap are refused while the others keep working', async () => {
    const panel = await startPanel()
    const talon = await talonFor(panel, {}, { maxConnections: 2 })
    const first = openSocket(talon.port)
    const second = openSocket(talon.port)
    await Promise.all([first.connected, second.connected])
    await until(() => true)
    const third = openSocket(talon.port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    await third.closed
    expect(third.received()).toBe('')

    first.socket.write(
      'GET /api/client/account HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n',
    )
    await until(() => first.received().includes('{"ok":true}'))
    expect(first.received()).toMatch(/^HTTP\/1\.1 200 /)
  })
})

describe('what the panel is told and what the browser gets back (points 3, 4)', () => {
  it('a client Host header never reaches the panel as X-Forwarded-Host', async () => {
    const panel = await startPanel()
    const talon = await talonFor(panel)
    await send(`${talon.url}/api/client/account`, {
      headers: { ...signedIn, Host: 'evil.example' },
    })
    const seen = panel.started[0]?.headers
    expect(seen?.host).toBe(new URL(panel.url).host)
    expect(JSON.stringify(seen)).not.toContain('evil.example')
  })

  it('with PUBLIC_URL the panel is told that origin instead', async () => {
    const panel = await startPanel()
    const talon = await talonFor(panel, { publicUrl: 'https://talon.example.com' })
    await send(`${talon.url}/api/client/account`, {
      headers: { ...signedIn, Host: 'evil.example' },
    })
    expect(panel.started[0]?.headers).toMatchObject({
      'x-forwarded-host': 'talon.example.com',
      'x-forwarded-proto': 'https',
    })
  })

  it("drops the panel's Server, debug and CORS headers", async () => {
    const panel = await startPanel()
    panel.headers = {
      Server: 'nginx/1.18.0 (Ubuntu)',
      'X-Powered-By': 'PHP/8.1.2',
      'X-Debug-Token': 'a1b2c3',
      'X-Debug-Token-Link': 'https://panel.example.com/_profiler/a1b2c3',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'X-RateLimit-Limit',
      'X-RateLimit-Limit': '720',
    }
    const talon = await talonFor(panel)
    const res = await send(`${talon.url}/api/client/account`, { headers: signedIn })
    expect(res.status).toBe(200)
    expect(res.headers['x-ratelimit-limit']).toBe('720')
    for (const name of [
      'server',
      'x-powered-by',
      'x-debug-token',
      'x-debug-token-link',
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'access-control-expose-headers',
    ]) {
      expect(res.headers, name).not.toHaveProperty(name)
    }
  })
})

describe('access log (point 6)', () => {
  function captureLog() {
    const lines: Record<string, unknown>[] = []
    const raw: string[] = []
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          raw.push(line)
          lines.push(JSON.parse(line) as Record<string, unknown>)
        }
        done()
      },
    })
    return { logger: createLogger('info', stream), lines, raw }
  }

  it('writes one JSON line per request with the route pattern and no secrets', async () => {
    const panel = await startPanel()
    const log = captureLog()
    const talon = await talonFor(panel, { logger: log.logger })
    const res = await send(
      `${talon.url}/api/client/servers/1a2b3c4d/files/list?directory=%2F&token=sekrit-token`,
      { headers: { ...signedIn, Authorization: 'Bearer ptlc_SecretKeyValue' } },
    )
    await send(`${talon.url}/_talon/wings/1a2b3c4d/ws?url=wss%3A%2F%2Fsigned-jwt-value`, {
      headers: { Accept: 'application/json' },
    })
    await until(() => log.lines.length === 2)
    expect(log.lines[0]).toMatchObject({
      msg: 'request',
      method: 'GET',
      route: '/api/client/servers/:id/files/list',
      status: 200,
      ip: '127.0.0.1',
      reqId: res.headers['x-request-id'],
    })
    expect(log.lines[0]?.bytes).toEqual(expect.any(Number))
    expect(log.lines[0]?.ms).toEqual(expect.any(Number))
    expect(log.lines[1]).toMatchObject({ route: '/_talon/wings/1a2b3c4d/ws' })
    const all = log.raw.join('\n')
    for (const secret of ['sekrit', 'user-session', 'SecretKeyValue', 'signed-jwt', 'directory']) {
      expect(all).not.toContain(secret)
    }
  })

  it('logs an aborted upload as one "client aborted" line, without an error or stack', async () => {
    const panel = await startPanel()
    const log = captureLog()
    const talon = await talonFor(panel, { logger: log.logger })
    // Nothing else may write about it either (the old server printed an error with a stack).
    const consoleCalls = (['log', 'info', 'warn', 'error'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation(() => undefined),
    )
    cleanups.push(() => consoleCalls.forEach((spy) => spy.mockRestore()))
    for (let i = 0; i < 5; i++) {
      const client = openSocket(
        talon.port,
        `POST /api/client/account/email HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nContent-Length: 100\r\n\r\n{"email"`,
      )
      await until(() => panel.started.length === i + 1)
      client.socket.destroy()
      await until(() => log.lines.length === i + 1)
    }
    expect(log.lines).toHaveLength(5)
    for (const line of log.lines) {
      expect(line).toMatchObject({ msg: 'client aborted', aborted: true, level: 30 })
      expect(line).not.toHaveProperty('err')
    }
    expect(log.raw.join('\n')).not.toMatch(/stack|at .*\.ts:/)
    for (const spy of consoleCalls) expect(spy).not.toHaveBeenCalled()
  })

  it('logs a download the client walks away from as one "client aborted" line', async () => {
    const panel = await startPanel()
    let upstreamClosed = false
    panel.onRequest = (req, res) => {
      if (!req.url?.startsWith('/api/client/hang')) return
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{"data":[')
      res.on('close', () => (upstreamClosed = true))
    }
    const log = captureLog()
    const talon = await talonFor(panel, { logger: log.logger })
    const consoleCalls = (['log', 'info', 'warn', 'error'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation(() => undefined),
    )
    cleanups.push(() => consoleCalls.forEach((spy) => spy.mockRestore()))
    const client = openSocket(
      talon.port,
      'GET /api/client/hang/download HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n',
    )
    await until(() => client.received().includes('{"data":['))
    client.socket.destroy()
    // The panel request is torn down with it, and only then is everything said.
    await until(() => log.lines.length === 1 && upstreamClosed)
    await new Promise((resolve) => setImmediate(resolve))
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]).toMatchObject({ msg: 'client aborted', status: 200, aborted: true })
    for (const spy of consoleCalls) expect(spy).not.toHaveBeenCalled()
  })
})
