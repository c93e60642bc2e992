import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server'

import { createDemoPanel, type DemoPanelOptions } from './index'

export interface StartedDemoPanel {
  url: string
  close(): Promise<void>
}

/** Serves the demo panel over HTTP; `port: 0` picks an ephemeral port. */
export function startDemoPanel(
  o: DemoPanelOptions & { port?: number; host?: string } = {},
): Promise<StartedDemoPanel> {
  const { port = 0, host = '127.0.0.1', ...options } = o
  const panel = createDemoPanel(options)
  return new Promise((resolve, reject) => {
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
        resolve({
          url: `http://${shown}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              const http = server as Server
              // Hanging fault requests would otherwise keep close() waiting forever.
              http.closeAllConnections()
              http.close(() => done())
            }),
        })
      },
    )
    server.once('error', reject)
  })
}
