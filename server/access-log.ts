import type { MiddlewareHandler } from 'hono'
import { randomUUID } from 'node:crypto'
import pino from 'pino'
import type { Logger } from 'pino'
import type { LogLevel } from './config'
import type { TalonEnv } from './talon-env'

/**
 * One JSON line per request (pino): method, route pattern, status, duration, bytes, request id and
 * the client address as far as TRUST_PROXY reaches.
 *
 * What never goes in: query strings (they carry tokens — `?password=` on the legacy 2FA delete,
 * signed URLs on the Wings relay under /_talon/), cookies, Authorization, bodies. Paths are reduced
 * to a pattern (ids become `:id`) so a line names the route, not the user's servers.
 */

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
  }
  return destination ? pino(options, destination) : pino(options)
}

/** A logger that writes nothing: the default for createTalonApp in tests and embedders. */
export const silentLogger: Logger = pino({ level: 'silent' })

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function isIdLike(segment: string): boolean {
  return (
    /^\d+$/.test(segment) ||
    UUID.test(segment) ||
    (segment.length >= 6 && /\d/.test(segment)) ||
    segment.length > 40
  )
}

/** The route a path belongs to, e.g. `/api/client/servers/:id/resources`. Never the query. */
export function routePattern(path: string | undefined): string {
  if (path === undefined) return '(invalid target)'
  // The relay prefix keeps its path (the query, a signed URL, is never given to this function).
  if (path.startsWith('/_talon/')) return path.slice(0, 200)
  if (path.startsWith('/assets/')) return '/assets/*'
  const pattern = path
    .split('/')
    .map((segment) => (isIdLike(segment) ? ':id' : segment))
    .join('/')
  return pattern.length > 120 ? `${pattern.slice(0, 120)}…` : pattern
}

export function accessLog(logger: Logger): MiddlewareHandler<TalonEnv> {
  return async (c, next) => {
    const started = performance.now()
    const requestId = randomUUID()
    c.set('startedAt', Date.now())
    c.set('requestId', requestId)
    const outgoing = c.env?.outgoing
    const socket = outgoing?.socket
    const writtenBefore = socket?.bytesWritten ?? 0
    // The status the handler chose, once it has (the client may leave before).
    const handled: { status?: number } = {}

    const line = (fields: { status: number; bytes: number | undefined; aborted: boolean }) => {
      const entry = {
        reqId: requestId,
        method: c.req.method,
        route: routePattern(c.get('path')),
        status: fields.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        bytes: fields.bytes,
        ip: c.get('client')?.ip,
      }
      // A client that leaves early (a closed tab, a cancelled upload) is ordinary traffic: one
      // line at info, no stack.
      if (fields.aborted) logger.info({ ...entry, aborted: true }, 'client aborted')
      else logger.info(entry, 'request')
    }

    if (outgoing) {
      // Registered before next(): the client may leave while the handler still waits.
      outgoing.once('close', () => {
        line({
          status: outgoing.headersSent ? outgoing.statusCode : (handled.status ?? 499),
          bytes: (socket?.bytesWritten ?? writtenBefore) - writtenBefore,
          aborted: !outgoing.writableFinished || c.get('aborted') === true,
        })
      })
    }
    await next()
    handled.status = c.res.status
    c.res.headers.set('X-Request-Id', requestId)
    if (!outgoing) {
      const length = c.res.headers.get('content-length')
      line({
        status: c.res.status,
        bytes: length === null ? undefined : Number(length),
        aborted: c.get('aborted') === true,
      })
    }
  }
}
