import { serve } from '@hono/node-server'
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Hono } from 'hono'
import type { TalonEnv } from './talon-env'
import type { WingsRelay } from './wings-relay'

/**
 * The HTTP listener with limits a slow or hostile client cannot outlast (issue 20): Node's defaults
 * let a silent body hold its connection for 300 s and accept connections without bound.
 */
export interface ListenerLimits {
  /** Most connections open at once; more are refused at accept. */
  maxConnections: number
  /** The request line and headers must arrive within this (Slowloris). */
  headersTimeoutMs: number
  /** The whole request, body included, must arrive within this. */
  requestTimeoutMs: number
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number
}

export const DEFAULT_LISTENER_LIMITS: ListenerLimits = {
  maxConnections: 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
}

export function listenTalon(
  app: Hono<TalonEnv>,
  options: {
    port: number
    host: string
    limits?: Partial<ListenerLimits>
    /** The console websocket relay; without it (or for any other path) upgrades are refused. */
    wingsRelay?: WingsRelay
  },
): Promise<Server> {
  const limits = { ...DEFAULT_LISTENER_LIMITS, ...options.limits }
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname: options.host,
        serverOptions: {
          // Node refuses a headers timeout longer than the request timeout.
          headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
          requestTimeout: limits.requestTimeoutMs,
          keepAliveTimeout: limits.keepAliveTimeoutMs,
          // How often Node checks the two timeouts above (default 30 s, which made a 60 s limit
          // fire anywhere up to 90 s). Never more often than the shortest limit needs.
          connectionsCheckingInterval: Math.min(
            1000,
            limits.headersTimeoutMs,
            limits.requestTimeoutMs,
          ),
        },
      },
      () => resolve(server),
    ) as Server
    server.maxConnections = limits.maxConnections
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!options.wingsRelay?.handleUpgrade(req, socket, head)) socket.destroy()
    })
    server.once('error', reject)
  })
}
