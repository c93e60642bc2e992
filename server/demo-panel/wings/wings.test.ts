import { createHash } from 'node:crypto'

import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'

import { createClock } from '../clock'
import { createDemoPanel, type DemoPanelInstance } from '../index'
import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { startDemoPanel, type StartedDemoPanel } from '../serve'
import type { Server } from '../store'
import { loggedIn, START, type Browser } from '../test-kit'
import { ATTACH_MS, BOOT_MS, STOP_MS } from './game-process'
import { signWebsocketToken } from './jwt'

type Frame = { event: string; args?: string[] }

function setup(): { panel: DemoPanelInstance; advance: (ms: number) => void } {
  const clock = createClock({ manual: true, start: START })
  const panel = createDemoPanel({ adminServers: 40, clock })
  return { panel, advance: (ms) => clock.advance(ms) }
}

const serverOf = (panel: DemoPanelInstance, identifier: string): Server => {
  const server = panel.wings.findServerByIdentifier(identifier)
  if (!server) throw new Error(`no server ${identifier}`)
  return server
}

async function credentials(browser: Browser, identifier: string) {
  const res = await browser.get(`/api/client/servers/${identifier}/websocket`)
  expect(res.status).toBe(200)
  return (res.body as { data: { token: string; socket: string } }).data
}

/** An in-process socket: frames out are collected, frames in go straight to the session. */
function connect(panel: DemoPanelInstance, identifier: string) {
  const frames: Frame[] = []
  const closed: Array<[number, string]> = []
  const session = panel.wings.openSession(serverOf(panel, identifier), {
    send: (text) => frames.push(JSON.parse(text) as Frame),
    close: (code, reason) => closed.push([code, reason]),
  })
  const send = (event: string, ...args: string[]) =>
    session.receive(JSON.stringify(args.length ? { event, args } : { event }))
  const take = (): Frame[] => frames.splice(0)
  return { session, send, take, closed, raw: (text: string) => session.receive(text) }
}

const events = (frames: Frame[]) => frames.map((f) => f.event)
const lines = (frames: Frame[], event = 'console output') =>
  frames.filter((f) => f.event === event).map((f) => f.args?.[0] ?? '')

function forge(
  panel: DemoPanelInstance,
  identifier: string,
  permissions: string[],
  overrides: { serverUuid?: string; nowMs?: number } = {},
) {
  const server = serverOf(panel, identifier)
  return signWebsocketToken(panel.wings.keyFor(server.nodeId), {
    panelUrl: 'http://panel.test',
    nodeUrl: 'http://node.test',
    serverUuid: overrides.serverUuid ?? server.uuid,
    permissions,
    userId: 2,
    userUuid: 'u',
    nowMs: overrides.nowMs ?? panel.clock.now(),
  }).token
}

describe('fake Wings: tokens', () => {
  it('the panel signs the claims of NodeJWTService; the node socket URL names the server', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const { token, socket } = await credentials(demo, IDS.running)
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>)
    const server = serverOf(panel, IDS.running)
    const jti = createHash('md5').update(`2${server.uuid}`).digest('hex')
    const iat = Math.floor(START / 1000)
    expect(header).toEqual({ typ: 'JWT', alg: 'HS256', jti })
    expect(payload).toEqual({
      iss: 'http://127.0.0.1:8081',
      aud: ['https://fra1.nodes.demo-panel.test:8080'],
      jti,
      iat,
      nbf: iat - 300,
      exp: iat + 600,
      server_uuid: server.uuid,
      permissions: ['*'],
      user_uuid: expect.any(String) as unknown,
      user_id: 2,
      unique_id: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
    })
    expect(socket).toBe(`wss://fra1.nodes.demo-panel.test:8080/api/servers/${server.uuid}/ws`)
  })

  it('auth → auth success, status, and one stats only when offline; a re-auth answers only auth success', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const offline = connect(panel, IDS.offline)
    offline.send('auth', (await credentials(demo, IDS.offline)).token)
    const first = offline.take()
    expect(events(first)).toEqual(['auth success', 'status', 'stats'])
    expect(first[1]?.args).toEqual(['offline'])
    expect(JSON.parse(first[2]?.args?.[0] ?? '')).toMatchObject({
      state: 'offline',
      memory_bytes: 0,
      network: { rx_bytes: 0, tx_bytes: 0 },
      disk_bytes: expect.any(Number) as unknown,
      memory_limit_bytes: expect.any(Number) as unknown,
    })
    offline.send('auth', (await credentials(demo, IDS.offline)).token)
    expect(offline.take()).toEqual([{ event: 'auth success', args: [] }])

    const running = connect(panel, IDS.running)
    running.send('auth', (await credentials(demo, IDS.running)).token)
    expect(running.take()).toEqual([
      { event: 'auth success', args: [] },
      { event: 'status', args: ['running'] },
    ])
  })

  it('every jwt error, with the Error Event prefix where Wings adds it', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const prefixed = (text: string) =>
      new RegExp(`^Error Event \\[[0-9a-f-]{36}\\]: ${text.replace(/[()]/g, '\\$&')}$`)

    const socket = connect(panel, IDS.running)
    socket.send('send stats')
    expect(socket.take()).toEqual([{ event: 'jwt error', args: ['jwt: no jwt present'] }])

    socket.send('auth', forge(panel, IDS.running, ['control.console']))
    expect(socket.take()[0]?.args?.[0]).toMatch(prefixed('jwt: missing connect permission'))

    // Signature failures are not "jwt errors" to Wings: a generic daemon error.
    socket.send('auth', `${forge(panel, IDS.running, ['*']).slice(0, -4)}AAAA`)
    const forged = socket.take()
    expect(events(forged)).toEqual(['daemon error'])
    expect(forged[0]?.args?.[0]).toMatch(
      prefixed('an unexpected error was encountered while handling this request'),
    )

    // A token for another server authenticates, then every event is refused.
    const other = serverOf(panel, IDS.offline)
    socket.send('auth', forge(panel, IDS.running, ['*'], { serverUuid: other.uuid }))
    expect(socket.take()).toEqual([
      { event: 'auth success', args: [] },
      { event: 'jwt error', args: ['jwt: server uuid mismatch'] },
    ])

    // Denylist: tokens with that jti issued before the moment stop working.
    const fresh = connect(panel, IDS.running)
    const { token } = await credentials(demo, IDS.running)
    fresh.send('auth', token)
    advance(1000)
    fresh.take()
    panel.wings.deny([
      createHash('md5')
        .update(`2${serverOf(panel, IDS.running).uuid}`)
        .digest('hex'),
    ])
    fresh.send('send stats')
    expect(fresh.take()).toEqual([
      { event: 'jwt error', args: ['jwt: created too far in past (denylist)'] },
    ])
    const again = connect(panel, IDS.running)
    again.send('auth', token)
    expect(again.take()[0]?.args?.[0]).toMatch(prefixed('jwt: created too far in past (denylist)'))
    advance(1000)
    again.send('auth', (await credentials(demo, IDS.running)).token)
    expect(events(again.take())).toEqual(['auth success', 'status'])

    // Expired: a first auth gets "no jwt present" (SendJson checks the previous token)…
    const late = connect(panel, IDS.running)
    const old = (await credentials(demo, IDS.running)).token
    advance(601_000)
    late.send('auth', old)
    expect(late.take()).toEqual([{ event: 'jwt error', args: ['jwt: no jwt present'] }])
    // …and a socket whose token ran out gets exp-claim errors for everything, pushed stats too.
    expect(again.take().at(-1)).toEqual({ event: 'jwt error', args: ['jwt: exp claim is invalid'] })
    again.send('send stats')
    expect(again.take()).toEqual([{ event: 'jwt error', args: ['jwt: exp claim is invalid'] }])
  })

  it('warns at 60 s left also for a token minted mid-second (Wings compares whole seconds)', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    advance(700) // the panel's dates carry milliseconds: exp is ….7
    const socket = connect(panel, IDS.offline)
    socket.send('auth', (await credentials(demo, IDS.offline)).token)
    socket.take()
    advance(510_000)
    expect(socket.take()).toEqual([])
    advance(30_000) // 60 s (and 0.7) left: Wings' whole seconds say 60
    expect(socket.take()).toEqual([{ event: 'token expiring' }])
  })

  it('warns when ≤ 60 s remain on the 30 s check, then token expired, then jwt errors', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const socket = connect(panel, IDS.offline)
    socket.send('auth', (await credentials(demo, IDS.offline)).token)
    socket.take()
    advance(510_000) // the checks at 30 s, 60 s … 510 s stay quiet
    expect(socket.take()).toEqual([])
    advance(30_000) // 60 s left
    expect(socket.take()).toEqual([{ event: 'token expiring' }])
    advance(30_000) // 30 s left
    expect(socket.take()).toEqual([{ event: 'token expiring' }])
    advance(30_000) // the expiry second itself
    expect(socket.take()).toEqual([{ event: 'token expired' }])
    advance(30_000)
    expect(socket.take()).toEqual([{ event: 'jwt error', args: ['jwt: exp claim is invalid'] }])
    // A fresh token on the same socket: only auth success, and the warnings stop.
    socket.send('auth', (await credentials(demo, IDS.offline)).token)
    expect(socket.take()).toEqual([{ event: 'auth success', args: [] }])
    advance(60_000)
    expect(socket.take()).toEqual([])
  })
})

describe('fake Wings: the game process', () => {
  it('send logs replays the last lines only while running', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const running = connect(panel, IDS.running)
    running.send('auth', (await credentials(demo, IDS.running)).token)
    running.take()
    running.send('send logs')
    const replay = lines(running.take())
    expect(replay.length).toBeGreaterThan(3)
    expect(replay.at(-1)).toMatch(/Done \(\d+\.\d\ds\)! For help, type "help"$/)

    const offline = connect(panel, IDS.offline)
    offline.send('auth', (await credentials(demo, IDS.offline)).token)
    offline.take()
    offline.send('send logs')
    expect(offline.take()).toEqual([])
  })

  it('the log ring keeps 150 lines', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const socket = connect(panel, IDS.running)
    socket.send('auth', (await credentials(demo, IDS.running)).token)
    socket.send('send command', 'flood 300')
    advance(1000)
    socket.send('send command', 'flood 0')
    socket.take()
    socket.send('send logs')
    const replay = lines(socket.take())
    expect(replay).toHaveLength(150)
    expect(replay.at(-1)).toMatch(/Flood line 300$/)
  })

  it('a flood holds its rate when its timer fires late (a busy machine)', async () => {
    let now = START
    const clock = createClock({ source: () => now })
    const panel = createDemoPanel({ adminServers: 40, clock })
    const demo = await loggedIn(panel)
    const socket = connect(panel, IDS.running)
    socket.send('auth', (await credentials(demo, IDS.running)).token)
    socket.take()
    socket.send('send command', 'flood 1000')
    // The 100 ms timer first fires 250 ms late: the lines due by then all come in that burst.
    now += 350
    clock.runDue()
    const burst = lines(socket.take()).filter((l) => l.includes('Flood line'))
    expect(burst).toHaveLength(350)
    expect(burst.at(-1)).toMatch(/Flood line 350$/)
    socket.send('send command', 'flood 0')
  })

  it('power through HTTP and the socket drive one state machine, with boot output and stats', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const socket = connect(panel, IDS.offline)
    socket.send('auth', (await credentials(demo, IDS.offline)).token)
    socket.take()
    expect(
      (await demo.post(`/api/client/servers/${IDS.offline}/power`, { signal: 'start' })).status,
    ).toBe(204)
    const starting = socket.take()
    expect(starting.filter((f) => f.event === 'status')).toEqual([
      { event: 'status', args: ['starting'] },
    ])
    expect(lines(starting, 'daemon message')[0]).toBe('Updating process configuration files...')
    advance(BOOT_MS)
    const booted = socket.take()
    expect(lines(booted).at(-1)).toMatch(/Done \(\d\.\d\ds\)! For help, type "help"$/)
    expect(booted.filter((f) => f.event === 'status').at(-1)).toEqual({
      event: 'status',
      args: ['running'],
    })
    expect(events(booted).filter((e) => e === 'stats').length).toBe(3)
    const stats = JSON.parse(
      booted.filter((f) => f.event === 'stats').at(-1)?.args?.[0] ?? '',
    ) as unknown
    expect(stats).toMatchObject({ state: 'running', uptime: BOOT_MS })

    socket.send('set state', 'stop')
    advance(STOP_MS)
    expect(socket.take().filter((f) => f.event === 'status')).toEqual([
      { event: 'status', args: ['stopping'] },
      { event: 'status', args: ['offline'] },
    ])
    advance(20_000)
    const resources = await demo.get(`/api/client/servers/${IDS.offline}/resources`)
    expect(resources.body).toMatchObject({ attributes: { current_state: 'offline' } })
    // Offline: no more stats.
    expect(socket.take()).toEqual([])
  })

  it('a second power action while one holds the lock is a daemon error on the socket', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const socket = connect(panel, IDS.running)
    socket.send('auth', (await credentials(demo, IDS.running)).token)
    socket.take()
    socket.send('set state', 'stop')
    socket.send('set state', 'restart')
    const answer = socket.take().filter((f) => f.event === 'daemon error')
    expect(answer).toHaveLength(1)
    expect(answer[0]?.args?.[0]).toMatch(
      /^Error Event \[[0-9a-f-]{36}\]: another power action is currently being processed for this server, please try again later$/,
    )
    // Over HTTP the same race is silently dropped: the server still just stops.
    expect(
      (await demo.post(`/api/client/servers/${IDS.running}/power`, { signal: 'restart' })).status,
    ).toBe(204)
    advance(STOP_MS + BOOT_MS)
    expect(panel.wings.process(serverOf(panel, IDS.running)).currentState()).toBe('offline')
  })

  it('a kill in the first moments of a start is lost; later it stops the server at once', () => {
    const { panel, advance } = setup()
    const process = panel.wings.process(serverOf(panel, IDS.offline))
    expect(process.power('start')).toBe('ok')
    expect(process.power('kill')).toBe('lost')
    advance(ATTACH_MS)
    expect(process.power('kill')).toBe('ok')
    expect(process.currentState()).toBe('offline')
    advance(BOOT_MS)
    expect(process.currentState()).toBe('offline')
  })

  it('commands: help, list, say, unknown; crash ends offline after one automatic restart', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const socket = connect(panel, IDS.running)
    socket.send('auth', (await credentials(demo, IDS.running)).token)
    socket.take()
    socket.send('send command', 'help')
    expect(lines(socket.take())[0]).toMatch(/--- Showing help ---$/)
    socket.send('send command', 'list')
    expect(lines(socket.take())).toEqual([
      expect.stringMatching(/There are 0 of a max of 20 players online:$/),
    ])
    socket.send('send command', 'say hello there')
    expect(lines(socket.take())).toEqual([expect.stringMatching(/\[Server\] hello there$/)])
    socket.send('send command', 'frobnicate')
    expect(lines(socket.take())).toEqual([
      expect.stringMatching(/Unknown command\. Type "help" for help\.$/),
    ])
    socket.send('send command', 'crash')
    const crashed = socket.take()
    expect(lines(crashed, 'daemon message')).toContain(
      '---------- Detected server process in a crashed state! ----------',
    )
    expect(crashed.filter((f) => f.event === 'status').map((f) => f.args?.[0])).toEqual([
      'offline',
      'starting',
    ])
    advance(BOOT_MS)
    socket.take()
    socket.send('send command', 'crash')
    expect(lines(socket.take(), 'daemon message')).toContain(
      'Aborting automatic restart, last crash occurred less than 60 seconds ago.',
    )
    advance(BOOT_MS)
    expect(panel.wings.process(serverOf(panel, IDS.running)).currentState()).toBe('offline')
    const feed = (await demo.get(`/api/client/servers/${IDS.running}/activity?sort=-timestamp`))
      .body as {
      data: Array<{ attributes: { event: string; properties: Record<string, unknown> } }>
    }
    expect(feed.data[0]?.attributes).toMatchObject({
      event: 'server:console.command',
      properties: { command: 'crash' },
    })
  })

  it('permissions: forbidden commands and power actions are dropped without a word', async () => {
    const { panel, advance } = setup()
    const socket = connect(panel, IDS.running)
    socket.send('auth', forge(panel, IDS.running, ['websocket.connect', 'control.start']))
    socket.take()
    socket.send('send command', 'help')
    socket.send('set state', 'stop')
    socket.send('set state', 'kill')
    socket.send('set state', 'restart')
    advance(STOP_MS)
    expect(socket.take().filter((f) => f.event !== 'stats')).toEqual([])
    expect(panel.wings.process(serverOf(panel, IDS.running)).currentState()).toBe('running')
    // Starting a running server is an error Wings reports generically.
    socket.send('set state', 'start')
    expect(socket.take()[0]?.args?.[0]).toMatch(/an unexpected error was encountered/)
    // The seeded subuser lacks control.restart.
    const demo = await loggedIn(panel)
    const sub = connect(panel, IDS.subuser)
    sub.send('auth', (await credentials(demo, IDS.subuser)).token)
    sub.take()
    sub.send('set state', 'restart')
    expect(sub.take()).toEqual([])
  })

  it('POST /__demo/flood makes a running server print that many lines a second', async () => {
    const clock = createClock({ manual: true, start: START })
    const panel = createDemoPanel({ adminServers: 40, clock, faults: true })
    const flood = (server: string, linesPerSecond: number) =>
      panel.fetch(
        new Request('http://127.0.0.1:8081/__demo/flood', {
          method: 'POST',
          body: JSON.stringify({ server, linesPerSecond }),
        }),
      )
    const demo = await loggedIn(panel)
    const socket = connect(panel, IDS.running)
    socket.send('auth', (await credentials(demo, IDS.running)).token)
    socket.take()
    expect((await flood(IDS.running, 500)).status).toBe(204)
    clock.advance(2000)
    expect(lines(socket.take())).toHaveLength(1000)
    expect((await flood(IDS.running, 0)).status).toBe(204)
    clock.advance(1000)
    expect(lines(socket.take())).toHaveLength(0)
    expect((await flood(IDS.offline, 10)).status).toBe(409)
    expect((await flood('nope', 10)).status).toBe(422)
  })

  it('unparseable frames are ignored', () => {
    const { panel } = setup()
    const socket = connect(panel, IDS.running)
    socket.raw('{not json')
    socket.raw('42')
    expect(socket.take()).toEqual([])
  })
})

describe('fake Wings: panel routes', () => {
  it('POST /command: 204 while running, 502 while offline, 403 without control.console', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    expect(
      (await demo.post(`/api/client/servers/${IDS.running}/command`, { command: 'say hi' })).status,
    ).toBe(204)
    const offline = await demo.post(`/api/client/servers/${IDS.offline}/command`, {
      command: 'say hi',
    })
    expect(offline.status).toBe(502)
    expect(offline.body).toEqual({
      errors: [
        {
          code: 'HttpException',
          status: '502',
          detail: 'Server must be online in order to send commands.',
        },
      ],
    })
    expect((await demo.post(`/api/client/servers/${IDS.running}/command`, {})).status).toBe(422)
  })

  it('POST /settings/rename renames and logs; validation of the name', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const path = `/api/client/servers/${IDS.running}/settings/rename`
    expect((await demo.post(path, { name: '' })).status).toBe(422)
    expect((await demo.post(path, { name: 'x'.repeat(192) })).status).toBe(422)
    expect((await demo.post(path, { name: 'Renamed', description: 'New' })).status).toBe(204)
    const view = (await demo.get(`/api/client/servers/${IDS.running}`)).body as {
      attributes: { name: string; description: string }
    }
    expect(view.attributes).toMatchObject({ name: 'Renamed', description: 'New' })
    const feed = (await demo.get(`/api/client/servers/${IDS.running}/activity`)).body as {
      data: Array<{ attributes: { event: string } }>
    }
    expect(feed.data.map((e) => e.attributes.event)).toContain('server:settings.rename')
    expect(
      (await demo.post(`/api/client/servers/${IDS.subuser}/settings/rename`, { name: 'n' })).status,
    ).toBe(403)
  })

  it('reinstall: 202, installing, install output only for admins, then the status clears', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    const owner = connect(panel, IDS.offline)
    owner.send('auth', (await credentials(demo, IDS.offline)).token)
    const root = connect(panel, IDS.offline)
    root.send('auth', (await credentials(admin, IDS.offline)).token)
    owner.take()
    root.take()
    const res = await demo.post(`/api/client/servers/${IDS.offline}/settings/reinstall`)
    expect(res.status).toBe(202)
    expect(res.body).toEqual([])
    expect((await demo.get(`/api/client/servers/${IDS.offline}/websocket`)).status).toBe(409)
    expect((await admin.get(`/api/client/servers/${IDS.offline}/websocket`)).status).toBe(200)
    advance(10_000)
    const ownerSaw = events(owner.take())
    const rootSaw = events(root.take())
    expect(ownerSaw).toEqual(['install started', 'install completed'])
    expect(rootSaw[0]).toBe('install started')
    expect(rootSaw.filter((e) => e === 'install output').length).toBeGreaterThan(3)
    expect(rootSaw.at(-1)).toBe('install completed')
    const view = (await demo.get(`/api/client/servers/${IDS.offline}`)).body as {
      attributes: { status: string | null }
    }
    expect(view.attributes.status).toBeNull()
  })
})

describe('fake Wings: listeners', () => {
  let started: StartedDemoPanel | undefined
  afterEach(async () => {
    await started?.close()
    started = undefined
  })

  const open = (url: string, origin: string) =>
    new Promise<WebSocket | number>((resolve) => {
      const ws = new WebSocket(url, { headers: { Origin: origin } })
      ws.once('open', () => resolve(ws))
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    })

  it('hands out socket URLs that answer, and accept only the panel origin', async () => {
    started = await startDemoPanel({ adminServers: 40, clock: createClock({ manual: true }) })
    const demo = await loggedIn(started.panel)
    const { token, socket } = await credentials(demo, IDS.running)
    expect(socket).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/api\/servers\/[0-9a-f-]{36}\/ws$/)
    expect(await open(socket, 'https://evil.example')).toBe(403)
    expect(
      await open(
        socket.replace(/servers\/[^/]+/, `servers/${'0'.repeat(8)}-0000-4000-8000-000000000000`),
        started.url,
      ),
    ).toBe(404)
    const ws = await open(socket, started.url)
    if (typeof ws === 'number') throw new Error(`refused: ${ws}`)
    const received: Frame[] = []
    const got = new Promise<void>((resolve) => {
      ws.on('message', (data: Buffer) => {
        received.push(JSON.parse(data.toString()) as Frame)
        if (received.length === 2) resolve()
      })
    })
    ws.send(JSON.stringify({ event: 'auth', args: [token] }))
    await got
    expect(received).toEqual([
      { event: 'auth success', args: [] },
      { event: 'status', args: ['running'] },
    ])
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
    await started.close()
    started = undefined
    expect(await closed).toBe(1001)
  })
})
