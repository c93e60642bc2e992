/**
 * Talon's production server: `tsx server/main.ts` (or `npm start`, which builds first).
 *
 * Env: PANEL_URL (the panel's origin; unset ⇒ an in-process demo panel), PORT (8080),
 * HOST (127.0.0.1), TRUST_PROXY (off; 1/true or a list of IPs/CIDRs/loopback), DIST (dist),
 * UPSTREAM_TIMEOUT_MS (30000), TALON_SECRET and WINGS_DIRECT (the Wings relay, docs/relay.md),
 * and for the demo panel DEMO_SERVERS (250), DEMO_PANEL_FAULTS (0).
 */
import { serve } from '@hono/node-server'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { ConfigError, loadConfig } from './config'
import { createTalonApp } from './app'
import { createWingsRelay, relayConfigFromEnv } from './wings-relay'

interface Closable {
  close(): Promise<void>
}

async function main(): Promise<void> {
  const config = loadConfig()
  let relayEnv
  try {
    relayEnv = relayConfigFromEnv()
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error))
  }
  const stopOnExit: Closable[] = []

  const startDemo = async (): Promise<string> => {
    // Loaded only in demo mode, so a production install never touches the demo code.
    const { startDemoPanel } = await import('./demo-panel/serve')
    const { demoOptionsFromEnv } = await import('./demo-panel/options-from-env')
    let options
    try {
      options = demoOptionsFromEnv()
    } catch (error) {
      throw new ConfigError(error instanceof Error ? error.message : String(error))
    }
    const demo = await startDemoPanel({ ...options, port: 0, host: '127.0.0.1' })
    stopOnExit.push(demo)
    return demo.url
  }
  const panelUrl = config.panelUrl ?? (await startDemo())

  const wingsRelay = createWingsRelay({
    panelOrigin: panelUrl,
    trustProxy: config.trustProxy,
    ...relayEnv,
  })
  const app = createTalonApp({
    panelUrl,
    dist: config.dist,
    trustProxy: config.trustProxy,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    wingsRelay,
  })

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    )
    s.once('error', reject)
  })
  // The console websocket relay; any other upgrade is refused.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!wingsRelay.handleUpgrade(req, socket, head)) socket.destroy()
  })
  const { port } = server.address() as AddressInfo
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host

  console.log(`Talon is running at http://${shownHost}:${port}`)
  if (config.panelUrl) {
    console.log(`Forwarding to the panel at ${config.panelUrl}`)
  } else {
    // The seeded accounts come from the demo panel itself so this text cannot drift from it.
    const { DEMO_ACCOUNTS } = await import('./demo-panel/seed')
    const [first, ...others] = DEMO_ACCOUNTS
    console.log(
      `Demo panel (in-process). Sign in with: ${first ? `${first.username} / ${first.password}` : '(no accounts)'}`,
    )
    for (const account of others) {
      console.log(`  or: ${account.username} / ${account.password} (${account.note})`)
    }
    const faults = process.env.DEMO_PANEL_FAULTS === '1' ? '; fault injection at /__demo/* on' : ''
    console.log(`  (demo panel at ${panelUrl}${faults})`)
  }

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal} received, shutting down.`)
    // Don't let a stuck keep-alive connection hold the process open forever.
    setTimeout(() => process.exit(0), 5000).unref()
    // Finish in-flight requests, then stop the demo panel they may still be talking to.
    wingsRelay.close()
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    if ('closeIdleConnections' in server) server.closeIdleConnections()
    void closed
      .then(() => Promise.allSettled(stopOnExit.map((s) => s.close())))
      .then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    (error instanceof Error && /npm run build/.test(error.message))
  ) {
    console.error(`Talon cannot start: ${error.message}`)
  } else {
    console.error('Talon cannot start:', error)
  }
  process.exit(1)
})
