import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createTalonApp, type TalonAppOptions } from './app'

export interface StartedTalon {
  /** e.g. `http://127.0.0.1:8080` (the port actually bound, also with `port: 0`). */
  url: string
  port: number
  server: Server
}

/**
 * Serves Talon over HTTP. Shared by `server/main.ts` and the browser tests' per-worker fixture
 * (e2e/test-kit.ts), so both serve exactly the same thing; `port: 0` picks an ephemeral port.
 */
export async function startTalon(
  options: TalonAppOptions & { port: number; host: string },
): Promise<StartedTalon> {
  const { port, host, ...appOptions } = options
  const app = createTalonApp(appOptions)
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s as Server))
    s.once('error', reject)
  })
  const bound = (server.address() as AddressInfo).port
  const shownHost = host.includes(':') ? `[${host}]` : host
  return { url: `http://${shownHost}:${bound}`, port: bound, server }
}
