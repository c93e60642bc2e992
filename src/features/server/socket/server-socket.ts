// The Wings console socket for one server (contract §1.3), framework-free so it can be tested
// with a fake WebSocket and fake time. Pages subscribe to it through `use-server-socket.ts`.
//
// What it guarantees:
// - one token request at a time (the panel allows 5 per minute per server, shared by all users),
//   and a token is reused on reconnect while it has more than a minute left;
// - `auth` on open; `send logs` + `send stats` after the first `auth success` of each socket
//   (a re-auth sends neither, so the console never prints the log twice);
// - `token expiring`, `token expired` and the jwt errors meaning "old token" fetch exactly one
//   fresh token and re-auth on the same socket; other jwt errors are a plain error state;
// - reconnects with exponential backoff and jitter, a watchdog for a silent socket (it probes
//   with `send stats`, because an offline server is legitimately quiet), and `resume()` for a
//   tab that wakes up.
// The token is a secret: it lives in this object only, and never reaches a log or an event.

import {
  isStaleTokenError,
  parseFrame,
  resolveSocketUrl,
  SESSION_EVENT,
  tokenExpiry,
} from './wings-frames'
import type { WingsFrame } from './wings-frames'

export interface WebSocketLike {
  readonly readyState: number
  send(data: string): void
  close(code?: number, reason?: string): void
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onclose: ((event: { code: number }) => void) | null
  onerror: ((event: unknown) => void) | null
}

export type TimerHandle = ReturnType<typeof setTimeout>

export interface SocketClock {
  now(): number
  setTimeout(callback: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
}

export const browserClock: SocketClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle),
}

export interface SocketCredentials {
  token: string
  socket: string
}

/** Why the socket gave up (no automatic retry; the Reconnect button starts over). */
export type SocketErrorReason =
  /** The token request was refused (no `websocket.connect`, or access was removed). */
  | 'forbidden'
  /** The server is installing, suspended, transferring… (409): the shell explains it. */
  | 'conflict'
  | 'notFound'
  /** Wings refused the token for a reason a fresh token does not fix. */
  | 'jwt'
  /** The server was deleted. */
  | 'deleted'
  /** Fresh tokens kept being refused. */
  | 'tokenRejected'

export type ConnectionState =
  | { kind: 'idle' }
  | { kind: 'connecting'; attempt: number }
  | { kind: 'connected' }
  | { kind: 'reconnecting'; attempt: number; retryAt: number; rateLimited: boolean }
  | { kind: 'error'; reason: SocketErrorReason; detail?: string }

/** A token request failure, as the manager needs to know it (status 0 = network). */
export interface CredentialsError {
  status: number
  retryAfter?: number
}

export interface ServerSocketOptions {
  fetchCredentials: (signal: AbortSignal) => Promise<SocketCredentials>
  createSocket?: (url: string) => WebSocketLike
  clock?: SocketClock
  random?: () => number
  /** The page's location, to resolve the relay's path-absolute URL. */
  baseUrl?: () => string
  /** No frame for this long while connected → probe with `send stats`. */
  silenceMs?: number
  /** The probe's (or the first `auth success`'s) deadline before the socket counts as dead. */
  answerTimeoutMs?: number
  backoffBaseMs?: number
  backoffMaxMs?: number
  /** Reads `status`/`retryAfter` from whatever `fetchCredentials` throws. */
  describeError?: (error: unknown) => CredentialsError
}

const OPEN = 1
const TOKEN_MARGIN_MS = 60_000

type FrameListener = (frame: WingsFrame) => void
type StateListener = (state: ConnectionState) => void

const defaultDescribe = (error: unknown): CredentialsError => {
  const e = error as { status?: unknown; retryAfter?: unknown }
  return {
    status: typeof e?.status === 'number' ? e.status : 0,
    ...(typeof e?.retryAfter === 'number' && { retryAfter: e.retryAfter }),
  }
}

type TimerName = 'retry' | 'answer' | 'silence' | 'reauth'

export class ServerSocket {
  private readonly opts: Required<Omit<ServerSocketOptions, 'createSocket'>> & {
    createSocket: (url: string) => WebSocketLike
  }
  private state: ConnectionState = { kind: 'idle' }
  private readonly frameListeners = new Set<FrameListener>()
  private readonly stateListeners = new Set<StateListener>()

  private socket: WebSocketLike | undefined
  private credentials: SocketCredentials | undefined
  private tokenRequest: Promise<SocketCredentials> | undefined
  private tokenAbort: AbortController | undefined
  private authed = false
  /** Fresh tokens sent since the last `auth success` (a loop guard for the denylist). */
  private refreshesWithoutSuccess = 0
  private attempt = 0
  /** Bumped on every stop/reconnect: late callbacks of an older link do nothing. */
  private generation = 0
  /** One slot per timer; `arm` replaces, `disarm` clears, `clearTimers` clears them all. */
  private timers: Partial<Record<TimerName, TimerHandle>> = {}
  /** When the last frame came on the authenticated link (the watchdog measures from it). */
  private lastFrameAt = 0
  /** A fresh token was sent as `auth` and its `auth success` has not come yet. */

  constructor(options: ServerSocketOptions) {
    this.opts = {
      createSocket: options.createSocket ?? ((url) => new WebSocket(url) as WebSocketLike),
      fetchCredentials: options.fetchCredentials,
      clock: options.clock ?? browserClock,
      random: options.random ?? Math.random,
      baseUrl: options.baseUrl ?? (() => window.location.href),
      silenceMs: options.silenceMs ?? 45_000,
      answerTimeoutMs: options.answerTimeoutMs ?? 10_000,
      backoffBaseMs: options.backoffBaseMs ?? 1_000,
      backoffMaxMs: options.backoffMaxMs ?? 30_000,
      describeError: options.describeError ?? defaultDescribe,
    }
  }

  getState = (): ConnectionState => this.state

  /** Subscribes to Wings frames (and SESSION_EVENT); returns the unsubscribe function. */
  subscribe(listener: FrameListener): () => void {
    this.frameListeners.add(listener)
    return () => this.frameListeners.delete(listener)
  }

  onStateChange = (listener: StateListener): (() => void) => {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  /** Connects unless already connecting or connected. */
  start(): void {
    if (this.state.kind !== 'idle') return
    void this.connect()
  }

  /** Closes everything; nothing fires afterwards. */
  stop(): void {
    this.generation++
    this.clearTimers()
    this.tokenAbort?.abort()
    this.tokenAbort = undefined
    this.tokenRequest = undefined
    this.closeSocket()
    this.setState({ kind: 'idle' })
  }

  /** The Reconnect button: start over now, with the backoff reset. */
  reconnect(): void {
    this.attempt = 0
    this.refreshesWithoutSuccess = 0
    this.generation++
    this.clearTimers()
    this.closeSocket()
    void this.connect()
  }

  /**
   * The tab is visible or online again: a pending retry happens now, and a connected socket
   * is probed (it may have died silently while the machine slept).
   */
  resume(): void {
    if (this.state.kind === 'reconnecting') {
      this.generation++
      this.clearTimers()
      void this.connect()
    } else if (this.state.kind === 'connected') {
      this.probe()
    }
  }

  /**
   * A page that starts listening to an already connected socket asks for the log: subscribers
   * get SESSION_EVENT (clear) and Wings replays its last lines.
   */
  requestLogs(): void {
    if (this.state.kind !== 'connected') return
    this.emit({ event: SESSION_EVENT, args: [] })
    this.send('send logs')
    this.send('send stats')
  }

  /** Sends a frame on an authenticated socket; false when it could not be sent. */
  send(event: string, args?: string[]): boolean {
    const socket = this.socket
    if (!socket || !this.authed || socket.readyState !== OPEN) return false
    socket.send(JSON.stringify(args ? { event, args } : { event }))
    return true
  }

  private setState(next: ConnectionState) {
    this.state = next
    for (const listener of [...this.stateListeners]) listener(next)
  }

  private emit(frame: WingsFrame) {
    for (const listener of [...this.frameListeners]) listener(frame)
  }

  private clearTimers() {
    for (const name of Object.keys(this.timers) as TimerName[]) this.disarm(name)
  }

  /** Runs `fire` after `ms` unless disarmed, re-armed or the socket moved on (generation). */
  private arm(name: TimerName, ms: number, fire: () => void) {
    this.disarm(name)
    const generation = this.generation
    this.timers[name] = this.opts.clock.setTimeout(() => {
      if (generation !== this.generation) return
      delete this.timers[name]
      fire()
    }, ms)
  }

  private disarm(name: TimerName) {
    const timer = this.timers[name]
    if (timer !== undefined) this.opts.clock.clearTimeout(timer)
    delete this.timers[name]
  }

  private closeSocket() {
    const socket = this.socket
    this.socket = undefined
    this.authed = false
    if (!socket) return
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null
    try {
      socket.close(1000)
    } catch {
      // Closing a socket that never opened may throw in some browsers; it is gone either way.
    }
  }

  /** One token request at a time; callers share it. */
  private fetchToken(): Promise<SocketCredentials> {
    if (!this.tokenRequest) {
      const abort = new AbortController()
      this.tokenAbort = abort
      const request = this.opts.fetchCredentials(abort.signal)
      this.tokenRequest = request
      const done = () => {
        if (this.tokenRequest === request) {
          this.tokenRequest = undefined
          this.tokenAbort = undefined
        }
      }
      request.then(done, done)
    }
    return this.tokenRequest
  }

  private usableCredentials(): SocketCredentials | undefined {
    const current = this.credentials
    if (!current) return undefined
    const exp = tokenExpiry(current.token)
    if (exp === undefined || exp - this.opts.clock.now() <= TOKEN_MARGIN_MS) return undefined
    return current
  }

  private async connect() {
    const generation = ++this.generation
    this.setState({ kind: 'connecting', attempt: this.attempt })
    let credentials = this.usableCredentials()
    if (!credentials) {
      try {
        credentials = await this.fetchToken()
      } catch (error) {
        if (generation !== this.generation) return
        this.onTokenFailure(error)
        return
      }
      if (generation !== this.generation) return
      this.credentials = credentials
    }

    let socket: WebSocketLike
    try {
      socket = this.opts.createSocket(resolveSocketUrl(credentials.socket, this.opts.baseUrl()))
    } catch {
      this.scheduleRetry(false)
      return
    }
    this.socket = socket
    this.authed = false
    const token = credentials.token
    socket.onopen = () => {
      if (generation !== this.generation) return
      socket.send(JSON.stringify({ event: 'auth', args: [token] }))
      this.armAnswerTimer()
    }
    socket.onmessage = (event) => {
      if (generation !== this.generation) return
      const frame = parseFrame(event.data)
      if (frame) this.onFrame(frame)
    }
    socket.onclose = () => {
      if (generation !== this.generation) return
      this.socket = undefined
      this.authed = false
      this.scheduleRetry(false)
    }
    // An error is always followed by close; nothing to do here.
    socket.onerror = () => undefined
    // A handshake that neither opens nor fails (a black-holed proxy) counts as failed.
    this.armAnswerTimer()
  }

  private onTokenFailure(error: unknown) {
    const { status, retryAfter } = this.opts.describeError(error)
    if (status === 401 || status === 403) this.fail('forbidden')
    else if (status === 404) this.fail('notFound')
    else if (status === 409) this.fail('conflict')
    else if (status === 429) this.scheduleRetry(true, retryAfter)
    else this.scheduleRetry(false)
  }

  private fail(reason: SocketErrorReason, detail?: string) {
    this.generation++
    this.clearTimers()
    this.closeSocket()
    this.setState(
      detail === undefined ? { kind: 'error', reason } : { kind: 'error', reason, detail },
    )
  }

  private scheduleRetry(rateLimited: boolean, retryAfterSeconds?: number) {
    this.clearTimers()
    this.closeSocket()
    this.generation++
    const { backoffBaseMs, backoffMaxMs, random, clock } = this.opts
    const exp = Math.min(backoffMaxMs, backoffBaseMs * 2 ** this.attempt)
    // "Equal jitter": at least half the step, so tabs that lost the same node spread out.
    let delay = Math.round(exp / 2 + (random() * exp) / 2)
    if (retryAfterSeconds !== undefined) delay = Math.max(delay, retryAfterSeconds * 1000)
    else if (rateLimited) delay = Math.max(delay, 60_000)
    this.attempt++
    this.setState({
      kind: 'reconnecting',
      attempt: this.attempt,
      retryAt: clock.now() + delay,
      rateLimited,
    })
    this.arm('retry', delay, () => void this.connect())
  }

  /** Deadline for an answer (auth success, or any frame after a probe). */
  private armAnswerTimer() {
    this.arm('answer', this.opts.answerTimeoutMs, () => this.scheduleRetry(false))
  }

  /**
   * The watchdog: a probe once `silenceMs` pass without a frame. One timer per silence rather
   * than one per frame: a console flood brings 20,000 frames a second, and re-arming a timer for
   * each was about a tenth of the page's busy time (`npm run bench`). On firing, it measures from
   * the last frame and waits out the rest.
   */
  private armSilenceTimer(ms = this.opts.silenceMs) {
    this.arm('silence', ms, () => {
      const quiet = this.opts.clock.now() - this.lastFrameAt
      if (quiet < this.opts.silenceMs) this.armSilenceTimer(this.opts.silenceMs - quiet)
      else this.probe()
    })
  }

  private probe() {
    if (!this.send('send stats')) return
    this.armAnswerTimer()
  }

  private onFrame(frame: WingsFrame) {
    // Any frame proves the link alive.
    if (this.authed) {
      this.lastFrameAt = this.opts.clock.now()
      if (this.timers.answer !== undefined) this.disarm('answer')
      if (this.timers.silence === undefined) this.armSilenceTimer()
    }

    switch (frame.event) {
      case 'auth success':
        this.onAuthSuccess()
        return
      case 'token expiring':
      case 'token expired':
        void this.refresh()
        return
      case 'jwt error': {
        const message = frame.args[0] ?? ''
        // A denylisted token means the panel revoked it (the user's permissions changed or
        // they were removed): subscribers re-read what they may do while a fresh token is fetched.
        if (message.includes('(denylist)')) this.emit(frame)
        if (isStaleTokenError(message)) void this.refresh()
        else this.fail('jwt', message)
        return
      }
      case 'deleted':
        this.fail('deleted')
        this.emit(frame)
        return
      default:
        this.emit(frame)
    }
  }

  private onAuthSuccess() {
    this.refreshesWithoutSuccess = 0
    this.disarm('reauth')
    if (this.authed) return // a re-auth: same socket, same log
    this.authed = true
    this.attempt = 0
    this.disarm('answer')
    this.lastFrameAt = this.opts.clock.now()
    this.armSilenceTimer()
    this.setState({ kind: 'connected' })
    this.emit({ event: SESSION_EVENT, args: [] })
    this.send('send logs')
    this.send('send stats')
  }

  /** One fresh token, sent as `auth` on the same socket. */
  private async refresh() {
    // Already on its way, or sent and awaiting its answer: that auth covers this event too.
    if (this.tokenRequest || this.timers.reauth !== undefined) return
    if (this.refreshesWithoutSuccess >= 2) {
      this.fail('tokenRejected')
      return
    }
    this.refreshesWithoutSuccess++
    const generation = this.generation
    this.credentials = undefined
    let credentials: SocketCredentials
    try {
      credentials = await this.fetchToken()
    } catch (error) {
      if (generation !== this.generation) return
      this.onTokenFailure(error)
      return
    }
    if (generation !== this.generation) return
    this.credentials = credentials
    const socket = this.socket
    if (socket && socket.readyState === OPEN) {
      socket.send(JSON.stringify({ event: 'auth', args: [credentials.token] }))
      // No answer to the fresh token: the link is broken (the console-freeze of pelican#942);
      // start over on a new socket, which reuses this token.
      this.arm('reauth', this.opts.answerTimeoutMs, () => this.scheduleRetry(false))
    }
  }
}

/** Seconds until a reconnect, for "Reconnecting in 5 s". */
export function secondsUntil(retryAt: number, now: number): number {
  return Math.max(0, Math.ceil((retryAt - now) / 1000))
}
