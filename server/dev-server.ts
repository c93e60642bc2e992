import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'

import { getRequestListener } from '@hono/node-server'

import { createTalonApp } from './app'
import { parsePanelUrl } from './config'
import { isApiNamespace, matchPanelRoute } from './request-target'
import { createWingsRelay, RELAY_PREFIX, relayConfigFromEnv } from './wings-relay'

/**
 * `npm run dev`: the Talon app itself, mounted in Vite's dev server (vite.config.ts), so dev runs
 * the same panel forwarding, guards and Wings relay as production instead of a copy of its route
 * list. Vite keeps serving the SPA and its modules; only the panel routes, the API namespace and
 * the relay are handed to Talon.
 */
export interface TalonDevServer {
  /** Connect middleware: Talon's requests are answered, anything else goes on to Vite. */
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void
  /** For the dev server's `upgrade` event: true when the relay took the socket. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean
  /** The panel requests go to (PANEL_URL, or the demo panel this started). */
  panelUrl: string
  usesDemoPanel: boolean
  close(): Promise<void>
}

export async function startTalonDevServer(
  env: NodeJS.ProcessEnv = process.env,
): Promise<TalonDevServer> {
  let panelUrl: string
  let closeDemo = async (): Promise<void> => {}
  if (env.PANEL_URL?.trim()) {
    panelUrl = parsePanelUrl(env.PANEL_URL)
  } else {
    const { startDemoPanel } = await import('./demo-panel/serve')
    const { demoOptionsFromEnv } = await import('./demo-panel/options-from-env')
    const demo = await startDemoPanel({ ...demoOptionsFromEnv(env), port: 0, host: '127.0.0.1' })
    panelUrl = demo.url
    closeDemo = () => demo.close()
  }
  const wingsRelay = createWingsRelay({
    panelOrigin: panelUrl,
    trustProxy: false,
    ...relayConfigFromEnv(env),
  })
  const app = createTalonApp({ panelUrl, trustProxy: false, wingsRelay })
  const listener = getRequestListener(app.fetch)

  return {
    middleware(req, res, next) {
      const url = req.url ?? '/'
      const path = url.split('?')[0] ?? '/'
      const method = req.method ?? 'GET'
      const route = matchPanelRoute(method, path)
      // An old panel bookmark such as /auth/login opened in the browser gets the SPA, as in
      // production.
      const page =
        route.kind === 'wrong-method' &&
        (method === 'GET' || method === 'HEAD') &&
        /\btext\/html\b/i.test(req.headers.accept ?? '')
      const talons =
        !page &&
        (route.kind !== 'none' || isApiNamespace(path) || path.startsWith(`${RELAY_PREFIX}/`))
      if (!talons) {
        next()
        return
      }
      void listener(req, res)
    },
    handleUpgrade: (req, socket, head) => wingsRelay.handleUpgrade(req, socket, head),
    panelUrl,
    usesDemoPanel: !env.PANEL_URL?.trim(),
    async close() {
      wingsRelay.close()
      await closeDemo()
    },
  }
}
