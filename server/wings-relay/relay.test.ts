import http, { type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'

import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'

import { createTalonApp } from '../app'
import { createClock } from '../demo-panel/clock'
import { DEMO_SERVER_IDENTIFIERS as IDS } from '../demo-panel/seed-servers'
import { startDemoPanel, type StartedDemoPanel } from '../demo-panel/serve'
import { loggedIn } from '../demo-panel/test-kit'
import { makeDist, send, startStub, type Stub } from '../test-kit'
import { createWingsRelay, relayConfigFromEnv, type WingsRelay } from './index'
import { wingsAnswerRewrite } from './rewrite'
import { createSigner, RELAY_URL_TTL_MS } from './signing'

type Frame = { event: string; args?: string[] }
const SECRET = 'a-test-secret-that-is-long-enough-0123456789'

describe('signed relay URLs', () => {
  let now = Date.UTC(2026, 0, 1)
  const signer = createSigner(SECRET, () => now)
  const original = 'wss://node.example:8080/api/servers/0f2c3a1e-0000-4000-8000-000000000000/ws'

  it('round-trips, path-absolute, and refuses any change', () => {
    const url = signer.sign('socket', original)
    expect(url).toMatch(/^\/_talon\/wings\/socket\?u=[\w-]+&e=\d+&s=[\w-]+$/)
    const ok = signer.verify(url)
    expect(ok).toMatchObject({ ok: true, kind: 'socket' })
    expect(ok.ok && ok.target.href).toBe(original)

    const params = new URL(url, 'http://x').searchParams
    const other = Buffer.from('wss://evil.example/api/servers/x/ws').toString('base64url')
    const swapped = url.replace(params.get('u') ?? '', other)
    expect(signer.verify(swapped)).toEqual({ ok: false, reason: 'bad-signature' })
    const later = url.replace(`e=${params.get('e')}`, `e=${Number(params.get('e')) + 3600}`)
    expect(signer.verify(later)).toEqual({ ok: false, reason: 'bad-signature' })
    expect(signer.verify(url.replace('/socket?', '/download?'))).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
    const foreign = createSigner('another-secret-that-is-long-enough-0123456789', () => now)
    expect(signer.verify(foreign.sign('socket', original))).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
    expect(signer.verify('/_talon/wings/socket?u=abc')).toEqual({ ok: false, reason: 'malformed' })
  })

  it('expires after 30 minutes', () => {
    const url = signer.sign('socket', original)
    now += RELAY_URL_TTL_MS - 1000
    expect(signer.verify(url).ok).toBe(true)
    now += 2000
    expect(signer.verify(url)).toEqual({ ok: false, reason: 'expired' })
  })

  it('rewrites only the Wings URLs of the routes that carry them, only in 2xx JSON', () => {
    const options = { signer, direct: false }
    const ws = wingsAnswerRewrite(options, 'GET', '/api/client/servers/1a7ce997/websocket')
    if (!ws) throw new Error('expected a rewriter')
    const body = JSON.stringify({ data: { token: 'jwt', socket: original } })
    const out = JSON.parse(ws(200, 'application/json', body) ?? '{}') as {
      data: { token: string; socket: string }
    }
    expect(out.data.token).toBe('jwt')
    expect(out.data.socket).toMatch(/^\/_talon\/wings\/socket\?/)
    expect(ws(403, 'application/json', body)).toBeNull()
    expect(ws(200, 'text/html', body)).toBeNull()
    expect(wingsAnswerRewrite(options, 'GET', '/api/client/servers/1a7ce997')).toBeNull()
    expect(
      wingsAnswerRewrite({ signer, direct: true }, 'GET', '/api/client/servers/x/websocket'),
    ).toBeNull()

    const backup = wingsAnswerRewrite(options, 'GET', '/api/client/servers/x/backups/y/download')
    const s3 = JSON.stringify({
      object: 'signed_url',
      attributes: { url: 'https://bucket.s3.amazonaws.com/backup.tar.gz?X-Amz-Signature=abc' },
    })
    expect(backup?.(200, 'application/json', s3)).toBeNull()
    const node = JSON.stringify({
      object: 'signed_url',
      attributes: { url: 'https://node.example:8080/download/backup?token=t' },
    })
    expect(backup?.(200, 'application/json', node)).toMatch(/"\/_talon\/wings\/download\?/)
  })

  it('reads TALON_SECRET and WINGS_DIRECT', () => {
    expect(relayConfigFromEnv({})).toEqual({ secret: undefined, direct: false })
    expect(relayConfigFromEnv({ TALON_SECRET: SECRET, WINGS_DIRECT: 'true' })).toEqual({
      secret: SECRET,
      direct: true,
    })
    expect(() => relayConfigFromEnv({ TALON_SECRET: 'short' })).toThrow(/at least 32/)
    expect(() => relayConfigFromEnv({ WINGS_DIRECT: 'yes' })).toThrow(/WINGS_DIRECT/)
  })
})

describe('the relay between a browser, Talon and the fake Wings', () => {
  let demo: StartedDemoPanel
  let relay: WingsRelay
  let talonUrl: string
  let closeTalon: () => Promise<void>
  let bearer: string
  let relayNow = Date.now()
  const dist = makeDist()
  const logged: string[] = []

  beforeAll(async () => {
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '))
      })
    }
    demo = await startDemoPanel({ adminServers: 40, clock: createClock({ manual: true }) })
    const browser = await loggedIn(demo.panel)
    const key = (
      await browser.post('/api/client/account/api-keys', {
        description: 'relay test',
        allowed_ips: [],
      })
    ).body as { attributes: { identifier: string }; meta: { secret_token: string } }
    bearer = `${key.attributes.identifier}${key.meta.secret_token}`
    relay = createWingsRelay({
      panelOrigin: demo.url,
      trustProxy: false,
      secret: SECRET,
      limits: { maxSockets: 3 },
      httpLimits: { maxUploadBytes: 1024 },
      now: () => relayNow,
    })
    const app = createTalonApp({
      panelUrl: demo.url,
      dist: dist.dir,
      trustProxy: false,
      wingsRelay: relay,
    })
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
    })
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!relay.handleUpgrade(req, socket, head)) socket.destroy()
    })
    talonUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    closeTalon = () =>
      new Promise<void>((resolve) => {
        relay.close()
        if ('closeAllConnections' in server) server.closeAllConnections()
        server.close(() => resolve())
      })
  })

  afterAll(async () => {
    await closeTalon()
    await demo.close()
    dist.remove()
    vi.restoreAllMocks()
  })

  const credentials = async (identifier: string) => {
    const res = await send(`${talonUrl}/api/client/servers/${identifier}/websocket`, {
      headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
    })
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    return (JSON.parse(res.text) as { data: { token: string; socket: string } }).data
  }

  /** Opens the relayed socket as a browser on Talon's page would. */
  const open = (socket: string, origin: string | null = talonUrl, base = talonUrl) =>
    new Promise<WebSocket | number>((resolve) => {
      const ws = new WebSocket(new URL(socket, base.replace('http', 'ws')), {
        headers: origin === null ? {} : { Origin: origin },
      })
      ws.once('open', () => resolve(ws))
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
      ws.once('error', () => resolve(-1))
    })

  const frames = (ws: WebSocket, count: number) =>
    new Promise<Frame[]>((resolve) => {
      const got: Frame[] = []
      const onMessage = (data: Buffer) => {
        got.push(JSON.parse(data.toString()) as Frame)
        if (got.length === count) {
          ws.off('message', onMessage)
          resolve(got)
        }
      }
      ws.on('message', onMessage)
    })

  const closed = (ws: WebSocket) =>
    new Promise<[number, string]>((resolve) =>
      ws.once('close', (code: number, reason: Buffer) => resolve([code, reason.toString()])),
    )

  it('hands out a same-origin relay URL and carries the console both ways', async () => {
    const { token, socket } = await credentials(IDS.running)
    expect(socket).toMatch(/^\/_talon\/wings\/socket\?u=[\w-]+&e=\d+&s=[\w-]+$/)
    const ws = await open(socket)
    if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
    const first = frames(ws, 2)
    ws.send(JSON.stringify({ event: 'auth', args: [token] }))
    expect(await first).toEqual([
      { event: 'auth success', args: [] },
      { event: 'status', args: ['running'] },
    ])
    const said = frames(ws, 1)
    ws.send(JSON.stringify({ event: 'send command', args: ['say through the relay'] }))
    expect((await said)[0]?.args?.[0]).toMatch(/\[Server\] through the relay$/)

    // Browser → Wings: the close code arrives at Wings.
    const before = demo.panel.wings.sockets.closed.length
    const done = closed(ws)
    ws.close(4000, 'bye')
    expect(await done).toEqual([4000, 'bye'])
    await vi.waitFor(() => expect(demo.panel.wings.sockets.closed.length).toBe(before + 1))
    expect(demo.panel.wings.sockets.closed.at(-1)).toEqual({ code: 4000, reason: 'bye' })
    await vi.waitFor(() => expect(relay.openSockets).toBe(0))
  })

  it('passes Wings closing the socket on to the browser', async () => {
    const { token, socket } = await credentials(IDS.offline)
    const ws = await open(socket)
    if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
    const first = frames(ws, 3)
    ws.send(JSON.stringify({ event: 'auth', args: [token] }))
    await first
    const done = closed(ws)
    demo.panel.wings.process(demo.panel.wings.findServerByIdentifier(IDS.offline)!).delete()
    expect(await done).toEqual([1001, 'server deleted'])
  })

  it('refuses a foreign Origin, a forged, altered or expired URL, and too many sockets', async () => {
    const { socket } = await credentials(IDS.running)
    expect(await open(socket, 'https://evil.example')).toBe(403)
    expect(await open(socket, null)).toBe(403)
    const params = new URL(socket, 'http://x').searchParams
    const forged = socket.replace(params.get('s') ?? '', 'A'.repeat(43))
    expect(await open(forged)).toBe(403)
    const aimed = socket.replace(
      params.get('u') ?? '',
      Buffer.from(`ws://127.0.0.1:1/api/servers/x/ws`).toString('base64url'),
    )
    expect(await open(aimed)).toBe(403)
    relayNow += RELAY_URL_TTL_MS + 1000
    try {
      expect(await open(socket)).toBe(410)
    } finally {
      relayNow -= RELAY_URL_TTL_MS + 1000
    }
    // Over plain HTTP the socket URL says it wants an upgrade.
    expect((await send(`${talonUrl}${socket}`)).status).toBe(426)

    const held: WebSocket[] = []
    for (let i = 0; i < 3; i++) {
      const ws = await open((await credentials(IDS.running)).socket)
      if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
      held.push(ws)
    }
    expect(await open(socket)).toBe(503)
    await Promise.all(held.map((ws) => (ws.close(), closed(ws))))
  })

  it('closes a browser that sends an oversized frame (1009), and Wings hears of it', async () => {
    const { socket } = await credentials(IDS.running)
    const ws = await open(socket)
    if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
    const done = closed(ws)
    ws.send('x'.repeat(65 * 1024))
    expect((await done)[0]).toBe(1009)
    await vi.waitFor(() => expect(demo.panel.wings.sockets.closed.at(-1)?.code).toBe(1009))
  })

  it('relays signed downloads and same-origin uploads, streamed, with a body cap', async () => {
    const wings: Stub = await startStub()
    try {
      wings.handle((req, res, body) => {
        res.writeHead(200, {
          'Content-Type': 'application/octet-stream',
          'Content-Disposition': 'attachment; filename="a.txt"',
          'X-Internal': 'dropped',
        })
        res.end(req.method === 'POST' ? `got ${body.length}` : 'file contents')
      })
      const download = relay.signer.sign('download', `${wings.url}/download/file?token=t1`)
      const got = await send(`${talonUrl}${download}`)
      expect(got.status).toBe(200)
      expect(got.text).toBe('file contents')
      expect(got.headers['content-disposition']).toBe('attachment; filename="a.txt"')
      expect(got.headers['x-internal']).toBeUndefined()
      expect(wings.requests.at(-1)).toMatchObject({ url: '/download/file?token=t1' })
      expect(wings.requests.at(-1)?.headers.origin).toBe(demo.url)

      const upload = relay.signer.sign('upload', `${wings.url}/upload/file?token=t2`)
      const post = (origin: string, size: number) =>
        send(`${talonUrl}${upload}`, {
          method: 'POST',
          headers: { Origin: origin, 'Content-Type': 'application/octet-stream' },
          body: Buffer.alloc(size, 1),
        })
      expect((await post(talonUrl, 100)).text).toBe('got 100')
      // The browser's `directory` reaches Wings; nothing else it adds does.
      const into = await send(`${talonUrl}${upload}&directory=%2Fplugins%2Fkit&token=forged`, {
        method: 'POST',
        headers: { Origin: talonUrl, 'Content-Type': 'application/octet-stream' },
        body: Buffer.alloc(10, 1),
      })
      expect(into.text).toBe('got 10')
      expect(wings.requests.at(-1)?.url).toBe('/upload/file?token=t2&directory=%2Fplugins%2Fkit')
      expect((await post('https://evil.example', 100)).status).toBe(403)
      expect((await post(talonUrl, 2048)).status).toBe(413)
      expect((await send(`${talonUrl}${download}`, { method: 'POST' })).status).toBe(405)
    } finally {
      await wings.close()
    }
  })

  it('WINGS_DIRECT: the original URL reaches the browser, and the CSP lets it connect there', async () => {
    const direct = createTalonApp({
      panelUrl: demo.url,
      dist: dist.dir,
      trustProxy: false,
      wingsRelay: createWingsRelay({ panelOrigin: demo.url, trustProxy: false, direct: true }),
    })
    const res = await direct.request(`/api/client/servers/${IDS.running}/websocket`, {
      headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
    })
    const body = (await res.json()) as { data: { socket: string } }
    expect(body.data.socket).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/api\/servers\/[0-9a-f-]{36}\/ws$/)
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self' wss: https:")
    expect((await direct.request('/_talon/wings/socket?u=a&e=1&s=b')).status).toBe(404)
  })

  /** A second relay (a replica sharing TALON_SECRET) with small limits, upgrades only. */
  const startReplica = async (limits: Parameters<typeof createWingsRelay>[0]['limits']) => {
    const replica = createWingsRelay({
      panelOrigin: demo.url,
      trustProxy: false,
      secret: SECRET,
      limits,
    })
    const server = http.createServer((_req, res) => res.end())
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!replica.handleUpgrade(req, socket, head)) socket.destroy()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () =>
        new Promise<void>((resolve) => {
          replica.close()
          server.close(() => resolve())
        }),
    }
  }

  it('keeps every frame, in order, while backpressure pauses and resumes the sender', async () => {
    const replica = await startReplica({ highWaterBytes: 1 })
    try {
      const { token, socket } = await credentials(IDS.unlimited)
      const ws = await open(socket, replica.url, replica.url)
      if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
      const lines: string[] = []
      const all = new Promise<void>((resolve) => {
        ws.on('message', (data: Buffer) => {
          const frame = JSON.parse(data.toString()) as Frame
          const line = frame.args?.[0] ?? ''
          if (frame.event === 'console output' && /Flood line \d+$/.test(line)) {
            lines.push(line.replace(/^.*Flood line /, ''))
            if (lines.length === 2000) resolve()
          }
        })
      })
      const authed = frames(ws, 2)
      ws.send(JSON.stringify({ event: 'auth', args: [token] }))
      await authed
      const flooding = frames(ws, 1) // nothing printed until the clock moves: the command lands
      ws.send(JSON.stringify({ event: 'send command', args: ['flood 2000'] }))
      ws.send(JSON.stringify({ event: 'send command', args: ['list'] }))
      await flooding
      demo.panel.clock.advance(1000)
      demo.panel.wings.command(demo.panel.wings.findServerByIdentifier(IDS.unlimited)!, 'flood 0')
      await all
      expect(lines).toEqual(Array.from({ length: 2000 }, (_, i) => String(i + 1)))
      ws.close()
      await closed(ws)
    } finally {
      await replica.close()
    }
  })

  it('closes an idle link on both sides (1001)', async () => {
    const replica = await startReplica({ idleMs: 200 })
    try {
      const { socket } = await credentials(IDS.offline)
      const before = demo.panel.wings.sockets.closed.length
      const ws = await open(socket, replica.url, replica.url)
      if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
      expect(await closed(ws)).toEqual([1001, 'idle'])
      await vi.waitFor(() => expect(demo.panel.wings.sockets.closed.length).toBe(before + 1))
      expect(demo.panel.wings.sockets.closed.at(-1)?.code).toBe(1001)
    } finally {
      await replica.close()
    }
  })

  it('never logs a token or a signed URL', async () => {
    const { token, socket } = await credentials(IDS.running)
    const ws = await open(socket)
    if (typeof ws === 'number') throw new Error(`refused with ${ws}`)
    ws.send(JSON.stringify({ event: 'auth', args: [token] }))
    await open(`${socket}x`)
    ws.close()
    await closed(ws)
    const signature = new URL(socket, 'http://x').searchParams.get('s') ?? ''
    const all = logged.join('\n')
    expect(all).not.toContain(token)
    expect(all).not.toContain(signature)
    expect(all).not.toContain(token.split('.')[2] ?? '')
  })
})
