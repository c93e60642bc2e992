import { randomUUID } from 'node:crypto'

import type { DemoClock } from '../clock'
import type { GameProcess, PowerAction } from './game-process'
import {
  hasPermission,
  isUnexpired,
  JWT_ERRORS,
  parseWebsocketToken,
  TokenError,
  type WebsocketClaims,
} from './jwt'

// One browser's websocket to one server, as Wings' router/websocket handles it. Transport-free:
// the listener (listeners.ts) feeds frames in and carries frames out, and unit tests drive it
// directly on a manual clock.

export interface SessionTransport {
  send(text: string): void
  close(code: number, reason: string): void
}

export interface SessionDeps {
  clock: DemoClock
  process: GameProcess
  serverUuid: string
  /** The node's key, for verifying tokens. */
  key: Buffer
  /** Denylisted, or issued before this Wings booted. */
  isDenylisted(claims: WebsocketClaims): boolean
  /** Wings reports activity to the panel (server:console.command, server:power.*). */
  logActivity(event: string, claims: WebsocketClaims, properties?: Record<string, unknown>): void
}

const EXPIRY_CHECK_MS = 30_000
const EXPIRING_WITHIN_S = 60
const POWER_PERMISSIONS: Record<PowerAction, string> = {
  start: 'control.start',
  stop: 'control.stop',
  restart: 'control.restart',
  kill: 'control.stop',
}
const GENERIC_ERROR = 'an unexpected error was encountered while handling this request'

/** Events whose delivery depends on a permission in the token. */
function permissionForEvent(event: string): string | null {
  if (event === 'install output') return 'admin.websocket.install'
  if (event.startsWith('backup completed')) return 'backup.read'
  if (event === 'transfer logs') return 'admin.websocket.transfer'
  return null
}

export class WingsSocketSession {
  private jwt: WebsocketClaims | null = null
  private unsubscribe: (() => void) | null = null
  private stopExpiryTicker: (() => void) | null = null
  private closed = false

  private readonly deps: SessionDeps
  private readonly transport: SessionTransport

  constructor(deps: SessionDeps, transport: SessionTransport) {
    this.deps = deps
    this.transport = transport
  }

  private write(event: string, args?: string[]): void {
    if (this.closed) return
    this.transport.send(JSON.stringify(args === undefined ? { event } : { event, args }))
  }

  /** Wings' GetErrorMessage: every error carries an id the admin can look up in the logs. */
  private withErrorId(message: string): string {
    return `Error Event [${randomUUID()}]: ${message}`
  }

  /** Handler.TokenValid. */
  private tokenProblem(): string | null {
    const jwt = this.jwt
    if (!jwt) return JWT_ERRORS.missing
    if (!isUnexpired(jwt, this.deps.clock.now())) return JWT_ERRORS.expired
    if (this.deps.isDenylisted(jwt)) return JWT_ERRORS.denylisted
    if (!hasPermission(jwt, 'websocket.connect')) return JWT_ERRORS.noConnect
    if (jwt.server_uuid !== this.deps.serverUuid) return JWT_ERRORS.uuidMismatch
    return null
  }

  /** Handler.SendJson: once the token is no longer valid, every event becomes a `jwt error`. */
  send(event: string, args?: string[]): void {
    const problem = this.tokenProblem()
    if (problem) {
      this.write('jwt error', [problem])
      return
    }
    const needed = permissionForEvent(event)
    if (needed && this.jwt && !hasPermission(this.jwt, needed)) return
    this.write(event, args)
  }

  /** Handler.SendErrorJson. */
  private sendError(error: unknown): void {
    const isJwt = error instanceof TokenError && error.isJwtError
    const message = error instanceof Error ? error.message : String(error)
    const reveal = isJwt || (this.jwt !== null && hasPermission(this.jwt, 'admin.websocket.errors'))
    this.write(isJwt ? 'jwt error' : 'daemon error', [
      this.withErrorId(reveal ? message : GENERIC_ERROR),
    ])
  }

  /** A text frame from the browser. Unparseable frames are ignored, as Wings does. */
  receive(raw: string): void {
    if (this.closed) return
    let message: { event?: unknown; args?: unknown }
    try {
      message = JSON.parse(raw) as typeof message
    } catch {
      return
    }
    if (typeof message !== 'object' || message === null) return
    const event = typeof message.event === 'string' ? message.event : ''
    const args = Array.isArray(message.args) ? message.args.map(String) : []
    try {
      this.handle(event, args)
    } catch (error) {
      this.sendError(error)
    }
  }

  private handle(event: string, args: string[]): void {
    const { process, clock } = this.deps
    if (event !== 'auth') {
      const problem = this.tokenProblem()
      if (problem) {
        this.write('jwt error', [problem])
        return
      }
    }
    const jwt = this.jwt
    switch (event) {
      case 'auth': {
        let claims: WebsocketClaims
        try {
          claims = parseWebsocketToken(this.deps.key, args.join(''), clock.now())
        } catch (error) {
          if (error instanceof TokenError && error.message === JWT_ERRORS.expired) {
            // Wings sends `token expired` through SendJson, which checks the *previous* token:
            // a first auth with an expired token therefore gets `jwt: no jwt present`.
            this.send('token expired')
            return
          }
          throw error
        }
        if (this.deps.isDenylisted(claims)) throw new TokenError(JWT_ERRORS.denylisted, true)
        if (!hasPermission(claims, 'websocket.connect'))
          throw new TokenError(JWT_ERRORS.noConnect, true)
        const first = this.jwt === null
        this.jwt = claims
        this.write('auth success', [])
        if (!first) return
        this.unsubscribe = process.subscribe((name, eventArgs) => {
          if (name === 'deleted') {
            this.send('deleted')
            this.close(1001, 'server deleted')
            return
          }
          this.send(name, eventArgs)
        })
        this.stopExpiryTicker = clock.every(EXPIRY_CHECK_MS, () => this.checkExpiry())
        const state = process.currentState()
        this.send('status', [state])
        if (state === 'offline' && !process.installing) {
          this.send('stats', [JSON.stringify(process.stats())])
        }
        return
      }
      case 'set state': {
        const action = args.join('') as PowerAction
        const permission = POWER_PERMISSIONS[action] as string | undefined
        if (!permission || !jwt || !hasPermission(jwt, permission)) return
        const outcome = process.power(action)
        if (outcome === 'locked') {
          this.send('daemon error', [
            this.withErrorId(
              'another power action is currently being processed for this server, please try again later',
            ),
          ])
          return
        }
        if (outcome === 'already-running') throw new Error('server is already running')
        this.deps.logActivity(`server:power.${action}`, jwt)
        return
      }
      case 'send logs': {
        if (process.currentState() === 'offline') return
        for (const line of process.logs()) this.send('console output', [line])
        return
      }
      case 'send stats':
        this.send('stats', [JSON.stringify(process.stats())])
        return
      case 'send command': {
        if (!jwt || !hasPermission(jwt, 'control.console')) return
        const line = args.join('')
        if (process.command(line)) {
          this.deps.logActivity('server:console.command', jwt, { command: line })
        }
        return
      }
      default:
        return
    }
  }

  /** ListenForExpiration: every 30 s, warn within the last minute, report an expired token. */
  private checkExpiry(): void {
    const jwt = this.jwt
    if (!jwt) return
    // Wings compares whole seconds (`ExpirationTime.Unix() - time.Now().Unix()`): the panel's
    // dates carry milliseconds (jwt.ts), which must not push a 60 s warning to the next check.
    const left = Math.floor(jwt.exp) - Math.floor(this.deps.clock.now() / 1000)
    if (left <= 0) this.send('token expired')
    else if (left <= EXPIRING_WITHIN_S) this.send('token expiring')
  }

  /** Closes the socket from Wings' side. */
  close(code: number, reason: string): void {
    if (this.closed) return
    this.dispose()
    this.transport.close(code, reason)
  }

  /** The socket is gone: stop listening. */
  dispose(): void {
    this.closed = true
    this.unsubscribe?.()
    this.unsubscribe = null
    this.stopExpiryTicker?.()
    this.stopExpiryTicker = null
  }
}
