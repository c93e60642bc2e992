import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server'

import { createDemoPanel, type DemoPanelInstance, type DemoPanelOptions } from './index'
import { listenWings } from './wings/listeners'

export interface StartedDemoPanel {
  url: string
  /** The in-process panel: its clock and fake Wings (tests advance time, deny tokens …). */
  panel: DemoPanelInstance
  /** Node id → the fake Wings listener of that node (`http://127.0.0.1:<port>`). */
  wingsUrls: Map<number, string>
  close(): Promise<void>
}

export interface StartDemoPanelOptions extends DemoPanelOptions {
  port?: number
  host?: string
  /** Start the fake Wings listeners (default true). */
  wings?: boolean
}

/**
 * Serves the demo panel over HTTP (`port: 0` picks an ephemeral port) with a fake Wings
 * listener per node next to it: the nodes then point at those listeners, so the websocket
 * route hands out socket URLs that really answer. Closing closes both.
 */
export async function startDemoPanel(o: StartDemoPanelOptions = {}): Promise<StartedDemoPanel> {
  const { port = 0, host = '127.0.0.1', wings = true, ...options } = o
  const panel = createDemoPanel(options)
  const { url, http } = await new Promise<{ url: string; http: Server }>((resolve, reject) => {
    const server = serve(
      {
        // The socket peer is the client IP unless it is a trusted (loopback) proxy; see context.ts.
        fetch: (request: Request, env: HttpBindings | Http2Bindings) =>
          panel.fetch(request, { ip: env.incoming.socket.remoteAddress }),
        port,
        hostname: host,
      },
      (info: AddressInfo) => {
        const shown = info.address.includes(':') ? `[${info.address}]` : info.address
        resolve({ url: `http://${shown}:${info.port}`, http: server as Server })
      },
    )
    server.once('error', reject)
  })
  // Wings' `remote` is the panel's URL: its socket accepts only that Origin.
  const listeners = wings
    ? await listenWings(panel.wings, panel.wings.nodeIds(), url, '127.0.0.1')
    : null
  return {
    url,
    panel,
    wingsUrls: listeners?.urls ?? new Map<number, string>(),
    close: async () => {
      await listeners?.close()
      await new Promise<void>((done) => {
        // Hanging fault requests would otherwise keep close() waiting forever.
        http.closeAllConnections()
        http.close(() => done())
      })
      panel.dispose()
    },
  }
}
