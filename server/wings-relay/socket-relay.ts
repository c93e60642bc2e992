import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { TLSSocket } from 'node:tls'

import WebSocket, { WebSocketServer, type RawData } from 'ws'

import { describeClient } from '../client-view'
import type { TrustProxy } from '../config'
import { RELAY_PREFIX, type WingsUrlSigner } from './signing'

/**
 * The console websocket relay: the browser opens `/_talon/wings/socket?u=…&e=…&s=…` on Talon's
 * own origin; Talon checks the browser's Origin and the URL's signature, opens the Wings socket
 * with the panel's Origin (the only one Wings accepts by default), and pipes frames both ways.
 *
 * Nothing here is logged with its URL: the query holds a signed Wings URL, and frames hold JWTs.
 */

export interface SocketRelayLimits {
  /** Largest frame a browser may send (Wings' client frames are a few hundred bytes). */
  maxClientFrameBytes: number
  /** Largest frame accepted from Wings. */
  maxUpstreamFrameBytes: number
  /** Relayed sockets open at once; more are refused with 503. */
  maxSockets: number
  /** A link with no frame either way for this long is closed (1001). */
  idleMs: number
  /** Pause the sending side while the receiver has more than this queued. */
  highWaterBytes: number
  /** Deadline for Wings' handshake. */
  connectTimeoutMs: number
  /** Protocol pings to both sides; a peer that misses one is cut. */
  pingMs: number
}

export const DEFAULT_SOCKET_LIMITS: SocketRelayLimits = {
  maxClientFrameBytes: 64 * 1024,
  maxUpstreamFrameBytes: 4 * 1024 * 1024,
  maxSockets: 1000,
  idleMs: 15 * 60_000,
  highWaterBytes: 1024 * 1024,
  connectTimeoutMs: 10_000,
  pingMs: 30_000,
}

export interface SocketRelayOptions {
  signer: WingsUrlSigner
  /** PANEL_URL's origin: sent upstream as Origin. */
  panelOrigin: string
  trustProxy: TrustProxy
  limits?: Partial<SocketRelayLimits>
}

export interface SocketRelay {
  /**
   * For the Node server's `upgrade` event. Returns false when the path is not the relay's (the
   * caller decides what to do with the socket); otherwise the relay owns the socket.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean
  /** Sockets currently relayed. */
  readonly open: number
  /** Closes every relayed socket (1001) — the server is shutting down. */
  close(): void
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({
    errors: [{ code: 'HttpException', status: String(status), detail: message }],
  })
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\n` +
      'Content-Type: application/json\r\nCache-Control: no-store\r\nConnection: close\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}

/** Close codes an endpoint may send (RFC 6455 §7.4); the others only describe what happened. */
function sendableCode(code: number): number | undefined {
  if (code === 1000 || (code >= 1001 && code <= 1003) || (code >= 1007 && code <= 1014)) return code
  if (code >= 3000 && code <= 4999) return code
  return undefined
}

function closeWith(ws: WebSocket, code: number, reason: Buffer | string): void {
  if (ws.readyState === WebSocket.CLOSING || ws.readyState === WebSocket.CLOSED) return
  const sendable = sendableCode(code)
  // A reason longer than 123 bytes cannot go in a close frame.
  const text = Buffer.from(reason).subarray(0, 123).toString()
  if (sendable === undefined) ws.close()
  else ws.close(sendable, text)
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    try {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    } catch {
      // An unusable header value cannot matter here.
    }
  }
  return headers
}

export function createSocketRelay(options: SocketRelayOptions): SocketRelay {
  const limits = { ...DEFAULT_SOCKET_LIMITS, ...options.limits }
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxClientFrameBytes,
    perMessageDeflate: false,
  })
  const links = new Set<() => void>()
  let pending = 0

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const rawUrl = req.url ?? '/'
    if (!rawUrl.startsWith(`${RELAY_PREFIX}/socket`)) return false
    socket.on('error', () => socket.destroy())

    const client = describeClient({
      trust: options.trustProxy,
      peerAddress: req.socket.remoteAddress,
      headers: headersOf(req),
      socketProto: (req.socket as TLSSocket).encrypted ? 'https' : 'http',
      urlHost: req.headers.host ?? '',
    })
    if ('error' in client) {
      refuse(socket, 400, client.error)
      return true
    }
    // A page on another site must not ride the user's relay: only Talon's own pages may open it.
    if (req.headers.origin !== client.origin) {
      refuse(socket, 403, 'This connection came from another website and was refused.')
      return true
    }
    const verified = options.signer.verify(rawUrl)
    if (!verified.ok || verified.kind !== 'socket') {
      const expired = !verified.ok && verified.reason === 'expired'
      refuse(
        socket,
        expired ? 410 : 403,
        expired ? 'This console link has expired.' : 'This console link is not valid.',
      )
      return true
    }
    if (links.size + pending >= limits.maxSockets) {
      refuse(socket, 503, 'Too many console connections are open; try again shortly.')
      return true
    }

    // Wings first: if it refuses, the browser's handshake fails the same way a direct one would.
    pending++
    let settled = false
    const upstream = new WebSocket(verified.target, {
      headers: { Origin: options.panelOrigin },
      maxPayload: limits.maxUpstreamFrameBytes,
      perMessageDeflate: false,
      handshakeTimeout: limits.connectTimeoutMs,
    })
    const giveUp = (status: number, message: string): void => {
      if (settled) return
      settled = true
      pending--
      upstream.removeAllListeners()
      upstream.on('error', () => undefined)
      upstream.terminate()
      if (!socket.destroyed) refuse(socket, status, message)
    }
    // The browser gave up while we were dialling Wings.
    const browserLeft = (): void => giveUp(499, '')
    socket.once('close', browserLeft)
    upstream.once('unexpected-response', (_request, response) => {
      const status = response.statusCode ?? 0
      response.resume()
      giveUp(
        502,
        status === 403
          ? 'The node refused the connection (origin not allowed).'
          : `The node answered ${status} instead of opening the console.`,
      )
    })
    upstream.once('error', (error: Error) => {
      giveUp(/timed out/i.test(error.message) ? 504 : 502, 'The node could not be reached.')
    })
    upstream.once('open', () => {
      if (settled) return
      settled = true
      pending--
      socket.off('close', browserLeft)
      wss.handleUpgrade(req, socket, head, (browser) => link(browser, upstream))
    })
    return true
  }

  const link = (browser: WebSocket, upstream: WebSocket): void => {
    let idle: ReturnType<typeof setTimeout> | undefined
    let finished = false
    const alive = new Map<WebSocket, boolean>([
      [browser, true],
      [upstream, true],
    ])
    const touch = (): void => {
      if (idle) clearTimeout(idle)
      idle = setTimeout(() => {
        closeWith(browser, 1001, 'idle')
        closeWith(upstream, 1001, 'idle')
      }, limits.idleMs)
      idle.unref()
    }
    const pinger = setInterval(() => {
      for (const [ws, ok] of alive) {
        if (!ok) {
          ws.terminate()
          continue
        }
        alive.set(ws, false)
        if (ws.readyState === WebSocket.OPEN) ws.ping()
      }
    }, limits.pingMs)
    pinger.unref()

    const finish = (): void => {
      if (finished) return
      finished = true
      if (idle) clearTimeout(idle)
      clearInterval(pinger)
      links.delete(shutdown)
    }
    const shutdown = (): void => {
      closeWith(browser, 1001, 'Talon is shutting down')
      closeWith(upstream, 1001, 'Talon is shutting down')
    }
    links.add(shutdown)
    touch()

    const pipe = (from: WebSocket, to: WebSocket): void => {
      let paused = false
      from.on('pong', () => alive.set(from, true))
      from.on('message', (data: RawData, isBinary: boolean) => {
        alive.set(from, true)
        touch()
        if (to.readyState !== WebSocket.OPEN) return
        to.send(data, { binary: isBinary }, () => {
          // Written out: if the receiver had fallen behind and has caught up, read on.
          if (paused && to.bufferedAmount < limits.highWaterBytes / 2) {
            paused = false
            from.resume()
          }
        })
        // Backpressure: stop reading from the sender while the receiver's queue is long.
        if (!paused && to.bufferedAmount > limits.highWaterBytes) {
          paused = true
          from.pause()
        }
      })
      // ws closes a socket itself after a protocol error; the code it closed with (1009 for an
      // oversized frame …) is what the other side should hear, not the 1006 'close' reports.
      let failure: number | undefined
      from.on('error', (error: Error & { code?: string }) => {
        failure =
          error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
            ? 1009
            : error.code?.startsWith('WS_ERR_')
              ? 1002
              : 1011
      })
      from.on('close', (code: number, reason: Buffer) => {
        finish()
        closeWith(to, sendableCode(code) === undefined ? (failure ?? code) : code, reason)
      })
    }
    pipe(browser, upstream)
    pipe(upstream, browser)
  }

  return {
    handleUpgrade,
    get open() {
      return links.size
    },
    close() {
      for (const shutdown of [...links]) shutdown()
    },
  }
}
