import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ServerSocket } from './server-socket'
import type { SocketClock, SocketCredentials, WebSocketLike } from './server-socket'
import { resolveSocketUrl, SESSION_EVENT, tokenExpiry } from './wings-frames'
import type { WingsFrame } from './wings-frames'

// A fake WebSocket the test drives by hand, and vitest's fake timers as the clock.

class FakeSocket implements WebSocketLike {
  readyState = 0
  sent: { event: string; args?: string[] }[] = []
  closed = false
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onclose: ((event: { code: number }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  readonly url: string
  constructor(url: string) {
    this.url = url
  }
  send(data: string) {
    this.sent.push(JSON.parse(data) as { event: string; args?: string[] })
  }
  close() {
    this.closed = true
    this.readyState = 3
  }
  open() {
    this.readyState = 1
    this.onopen?.({})
  }
  receive(event: string, ...args: string[]) {
    this.onmessage?.({ data: JSON.stringify(args.length ? { event, args } : { event }) })
  }
  drop() {
    this.readyState = 3
    this.onclose?.({ code: 1006 })
  }
  events() {
    return this.sent.map((f) => f.event)
  }
}

const clock: SocketClock = {
  now: () => Date.now(),
  setTimeout: (cb, ms) => setTimeout(cb, ms),
  clearTimeout: (h) => clearTimeout(h),
}

/** A JWT-shaped token whose payload says `exp` (seconds); the signature is irrelevant here. */
function token(n: number, expInMs = 600_000): string {
  const payload = btoa(JSON.stringify({ exp: Math.floor((Date.now() + expInMs) / 1000), n }))
  return `h.${payload.replace(/=+$/, '')}.s${n}`
}

function setup(overrides: { fail?: () => unknown; silenceMs?: number } = {}) {
  const sockets: FakeSocket[] = []
  let issued = 0
  const fetchCredentials = vi.fn(async (): Promise<SocketCredentials> => {
    await Promise.resolve()
    const failure = overrides.fail?.()
    if (failure) throw Object.assign(new Error('token request failed'), failure)
    issued++
    return { token: token(issued), socket: '/_talon/wings/socket?u=abc&sig=1' }
  })
  const frames: WingsFrame[] = []
  const socket = new ServerSocket({
    fetchCredentials,
    createSocket: (url) => {
      const s = new FakeSocket(url)
      sockets.push(s)
      return s
    },
    clock,
    random: () => 0.5,
    baseUrl: () => 'https://talon.example/server/abc',
    silenceMs: overrides.silenceMs ?? 30_000,
    answerTimeoutMs: 5_000,
    backoffBaseMs: 1_000,
    backoffMaxMs: 16_000,
  })
  socket.subscribe((f) => frames.push(f))
  const last = () => {
    const s = sockets.at(-1)
    if (!s) throw new Error('no socket yet')
    return s
  }
  /** Lets pending promises (the token fetch) settle. */
  const flush = () => vi.advanceTimersByTimeAsync(0)
  const connect = async () => {
    socket.start()
    await flush()
    last().open()
    last().receive('auth success')
  }
  return { socket, sockets, last, frames, fetchCredentials, flush, connect }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('resolveSocketUrl', () => {
  it('resolves the relay path against the page and maps the scheme', () => {
    expect(resolveSocketUrl('/_talon/wings/socket?x=1', 'https://talon.example/server/a')).toBe(
      'wss://talon.example/_talon/wings/socket?x=1',
    )
    expect(resolveSocketUrl('/_talon/wings/socket', 'http://localhost:4230/')).toBe(
      'ws://localhost:4230/_talon/wings/socket',
    )
  })
  it('keeps an absolute ws(s) URL (WINGS_DIRECT)', () => {
    const direct = 'wss://node.example:8080/api/servers/uuid/ws'
    expect(resolveSocketUrl(direct, 'https://talon.example/')).toBe(direct)
  })
})

describe('tokenExpiry', () => {
  it('reads exp from the payload and tolerates garbage', () => {
    expect(tokenExpiry(token(1, 120_000))).toBeGreaterThan(Date.now())
    expect(tokenExpiry('not-a-jwt')).toBeUndefined()
  })
})

describe('ServerSocket', () => {
  it('authenticates on open, then asks for logs and stats once connected', async () => {
    const t = setup()
    t.socket.start()
    expect(t.socket.getState().kind).toBe('connecting')
    await t.flush()
    expect(t.last().url).toBe('wss://talon.example/_talon/wings/socket?u=abc&sig=1')
    t.last().open()
    expect(t.last().sent).toEqual([{ event: 'auth', args: [token(1)] }])
    t.last().receive('auth success')
    expect(t.socket.getState()).toEqual({ kind: 'connected' })
    expect(t.last().events()).toEqual(['auth', 'send logs', 'send stats'])
    expect(t.frames.map((f) => f.event)).toEqual([SESSION_EVENT])
    t.last().receive('console output', 'hello')
    expect(t.frames.at(-1)).toEqual({ event: 'console output', args: ['hello'] })
  })

  it('shares one token request between overlapping starts', async () => {
    const t = setup()
    t.socket.start()
    t.socket.start()
    await t.flush()
    expect(t.fetchCredentials).toHaveBeenCalledTimes(1)
    expect(t.sockets).toHaveLength(1)
  })

  it('re-auths on "token expiring" with exactly one fresh token and no second log replay', async () => {
    const t = setup()
    await t.connect()
    t.last().receive('token expiring')
    t.last().receive('token expiring')
    await t.flush()
    t.last().receive('token expired')
    await t.flush()
    expect(t.fetchCredentials).toHaveBeenCalledTimes(2)
    expect(t.last().sent.at(-1)).toEqual({ event: 'auth', args: [token(2)] })
    t.last().receive('auth success')
    expect(
      t
        .last()
        .events()
        .filter((e) => e === 'send logs'),
    ).toHaveLength(1)
    expect(t.frames.filter((f) => f.event === SESSION_EVENT)).toHaveLength(1)
    expect(t.sockets).toHaveLength(1)
    expect(t.socket.getState().kind).toBe('connected')
  })

  it.each([
    'jwt: exp claim is invalid',
    'Error Event [x]: jwt: created too far in past (denylist)',
  ])('treats the jwt error %j as "fetch a new token"', async (message) => {
    const t = setup()
    await t.connect()
    t.last().receive('jwt error', message)
    await t.flush()
    expect(t.fetchCredentials).toHaveBeenCalledTimes(2)
    expect(t.last().sent.at(-1)).toEqual({ event: 'auth', args: [token(2)] })
  })

  it('stops with a plain error on other jwt errors', async () => {
    const t = setup()
    await t.connect()
    t.last().receive('jwt error', 'jwt: missing connect permission')
    expect(t.socket.getState()).toEqual({
      kind: 'error',
      reason: 'jwt',
      detail: 'jwt: missing connect permission',
    })
    expect(t.last().closed).toBe(true)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(t.sockets).toHaveLength(1)
  })

  it('reconnects with exponential backoff, reusing a token that is still valid', async () => {
    const t = setup()
    await t.connect()
    t.last().drop()
    const state = t.socket.getState()
    expect(state).toMatchObject({ kind: 'reconnecting', attempt: 1 })
    // random 0.5 → 75 % of the step: 750 ms, then 1500 ms, 3000 ms…
    await vi.advanceTimersByTimeAsync(749)
    expect(t.sockets).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(t.sockets).toHaveLength(2)
    t.last().drop()
    await vi.advanceTimersByTimeAsync(1_499)
    expect(t.sockets).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(t.sockets).toHaveLength(3)
    expect(t.fetchCredentials).toHaveBeenCalledTimes(1)
    t.last().open()
    t.last().receive('auth success')
    expect(t.socket.getState().kind).toBe('connected')
    // A new socket clears and replays the log.
    expect(t.frames.filter((f) => f.event === SESSION_EVENT)).toHaveLength(2)
    expect(t.last().events()).toEqual(['auth', 'send logs', 'send stats'])
  })

  it('caps the backoff', async () => {
    const t = setup()
    await t.connect()
    const delays: number[] = []
    for (let i = 0; i < 7; i++) {
      t.last().drop()
      const state = t.socket.getState()
      if (state.kind !== 'reconnecting') throw new Error('expected reconnecting')
      delays.push(state.retryAt - Date.now())
      await vi.advanceTimersByTimeAsync(state.retryAt - Date.now())
    }
    // random 0.5 → 75 % of 1, 2, 4, 8, 16 s, then the cap.
    expect(delays).toEqual([750, 1_500, 3_000, 6_000, 12_000, 12_000, 12_000])
  })

  it('fetches a new token on reconnect when the old one is about to expire', async () => {
    const t = setup({ silenceMs: 3_600_000 })
    await t.connect()
    await vi.advanceTimersByTimeAsync(550_000) // 50 s left: not worth reusing
    t.last().drop()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(t.fetchCredentials).toHaveBeenCalledTimes(2)
  })

  it('probes a silent socket with "send stats" and reconnects when nothing answers', async () => {
    const t = setup()
    await t.connect()
    await vi.advanceTimersByTimeAsync(29_000)
    t.last().receive('stats', '{}') // any frame resets the silence clock
    await vi.advanceTimersByTimeAsync(29_999)
    expect(t.last().events().at(-1)).toBe('send stats')
    expect(
      t
        .last()
        .events()
        .filter((e) => e === 'send stats'),
    ).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(
      t
        .last()
        .events()
        .filter((e) => e === 'send stats'),
    ).toHaveLength(2)
    // An offline server answers the probe: still connected.
    t.last().receive('stats', '{"state":"offline"}')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(t.socket.getState().kind).toBe('connected')
    // A dead one does not.
    await vi.advanceTimersByTimeAsync(25_000)
    expect(
      t
        .last()
        .events()
        .filter((e) => e === 'send stats'),
    ).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(t.socket.getState().kind).toBe('reconnecting')
    expect(t.sockets[0]?.closed).toBe(true)
  })

  it('keeps one watchdog timer through a flood of frames, and still probes after the last', async () => {
    const t = setup()
    await t.connect()
    const setTimer = vi.spyOn(clock, 'setTimeout')
    for (let i = 0; i < 10_000; i++) t.last().receive('console output', `line ${i}`)
    // Not a timer per frame (a 20,000 lines/s console spent a tenth of its time re-arming).
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(1)
    const probes = () =>
      t
        .last()
        .events()
        .filter((e) => e === 'send stats').length
    const before = probes()
    await vi.advanceTimersByTimeAsync(20_000)
    t.last().receive('console output', 'the last line')
    await vi.advanceTimersByTimeAsync(29_999)
    expect(probes()).toBe(before)
    await vi.advanceTimersByTimeAsync(1)
    expect(probes()).toBe(before + 1)
  })

  it('gives up waiting for auth success and retries', async () => {
    const t = setup()
    t.socket.start()
    await t.flush()
    t.last().open()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(t.socket.getState().kind).toBe('reconnecting')
  })

  it('retries now when the tab wakes up, and probes a connected socket', async () => {
    const t = setup()
    await t.connect()
    t.last().drop()
    expect(t.socket.getState().kind).toBe('reconnecting')
    t.socket.resume()
    await t.flush()
    expect(t.sockets).toHaveLength(2)
    t.last().open()
    t.last().receive('auth success')
    t.socket.resume()
    expect(
      t
        .last()
        .events()
        .filter((e) => e === 'send stats'),
    ).toHaveLength(2)
  })

  it('maps token failures: 403 is final, 429 waits, 5xx backs off', async () => {
    let failure: unknown = { status: 403 }
    const t = setup({ fail: () => failure })
    t.socket.start()
    await t.flush()
    expect(t.socket.getState()).toEqual({ kind: 'error', reason: 'forbidden' })

    failure = { status: 429, retryAfter: 42 }
    t.socket.reconnect()
    await t.flush()
    expect(t.socket.getState()).toMatchObject({ kind: 'reconnecting', rateLimited: true })
    const s = t.socket.getState()
    if (s.kind === 'reconnecting') expect(s.retryAt - Date.now()).toBe(42_000)

    failure = { status: 409 }
    await vi.advanceTimersByTimeAsync(42_000)
    expect(t.socket.getState()).toEqual({ kind: 'error', reason: 'conflict' })
  })

  it('Reconnect starts over at once with the backoff reset', async () => {
    const t = setup()
    await t.connect()
    t.last().drop()
    t.socket.reconnect()
    await t.flush()
    expect(t.sockets).toHaveLength(2)
    expect(t.socket.getState()).toEqual({ kind: 'connecting', attempt: 0 })
  })

  it('stop() closes the socket and nothing fires afterwards', async () => {
    const t = setup()
    await t.connect()
    const first = t.last()
    t.socket.stop()
    expect(first.closed).toBe(true)
    expect(t.socket.getState()).toEqual({ kind: 'idle' })
    first.receive('console output', 'late')
    await vi.advanceTimersByTimeAsync(600_000)
    expect(t.sockets).toHaveLength(1)
    expect(t.frames.some((f) => f.args[0] === 'late')).toBe(false)
  })

  it('stop() during the token request opens nothing', async () => {
    const t = setup()
    t.socket.start()
    t.socket.stop()
    await t.flush()
    expect(t.sockets).toHaveLength(0)
  })

  it('never sends before authentication', async () => {
    const t = setup()
    t.socket.start()
    await t.flush()
    expect(t.socket.send('send command', ['say hi'])).toBe(false)
    t.last().open()
    expect(t.socket.send('send command', ['say hi'])).toBe(false)
    t.last().receive('auth success')
    expect(t.socket.send('send command', ['say hi'])).toBe(true)
  })

  it('ends in an error when fresh tokens keep being refused', async () => {
    const t = setup()
    await t.connect()
    for (let i = 0; i < 6; i++) {
      t.last().receive('jwt error', 'jwt: created too far in past (denylist)')
      await vi.advanceTimersByTimeAsync(5_000)
      if (t.last().readyState === 0) t.last().open()
      await vi.advanceTimersByTimeAsync(20_000)
      if (t.last().readyState === 0) t.last().open()
    }
    expect(t.socket.getState()).toEqual({ kind: 'error', reason: 'tokenRejected' })
  })
})
