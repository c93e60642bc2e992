/**
 * Talon's production server: `node dist-server/main.js` (built by `npm run build:server`; or
 * `npm start`, which builds both halves first).
 *
 * Env: PANEL_URL (the panel's origin; unset ⇒ an in-process demo panel), PORT (8080),
 * HOST (127.0.0.1), PUBLIC_URL (the URL users reach Talon at), TRUST_PROXY (off; 1/true or a list
 * of IPs/CIDRs/loopback), DIST (dist), UPSTREAM_TIMEOUT_MS (30000), MAX_CONNECTIONS (1024),
 * LOG_LEVEL (info), TALON_SECRET and WINGS_DIRECT (the Wings relay, docs/relay.md), and for the
 * demo panel DEMO (refused on a non-loopback HOST unless 1),
 * DEMO_SERVERS (250), DEMO_PANEL_FAULTS (0).
 */
import type { AddressInfo } from 'node:net'
import { createLogger } from './access-log'
import { ConfigError, demoRefusal, isLoopbackHost, loadConfig } from './config'
import { createTalonApp } from './app'
import { listenTalon } from './listen'
import { createWingsRelay, relayConfigFromEnv } from './wings-relay'

interface Closable {
  close(): Promise<void>
}

async function main(): Promise<void> {
  const config = loadConfig()
  const refusal = demoRefusal(config)
  if (refusal) throw new ConfigError(refusal)
  const logger = createLogger(config.logLevel)
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
    publicUrl: config.publicUrl,
    logger,
    wingsRelay,
  })

  const server = await listenTalon(app, {
    port: config.port,
    host: config.host,
    limits: { maxConnections: config.maxConnections },
    wingsRelay,
  })
  const { port } = server.address() as AddressInfo
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host

  console.log(`Talon is running at http://${shownHost}:${port}`)
  if (config.panelUrl) {
    console.log(`Forwarding to the panel at ${config.panelUrl}`)
  } else {
    // The seeded accounts come from the demo panel itself so this text cannot drift from it.
    const { DEMO_ACCOUNTS } = await import('./demo-panel/seed-accounts')
    const [first, ...others] = DEMO_ACCOUNTS
    console.log(
      `Demo panel (in-process). Sign in with: ${first ? `${first.username} / ${first.password}` : '(no accounts)'}`,
    )
    for (const account of others) {
      console.log(`  or: ${account.username} / ${account.password} (${account.note})`)
    }
    const faults = process.env.DEMO_PANEL_FAULTS === '1' ? '; fault injection at /__demo/* on' : ''
    console.log(`  (demo panel at ${panelUrl}${faults})`)
    if (!isLoopbackHost(config.host)) {
      console.log(
        `  DEMO=1: the demo panel is reachable from the network on ${config.host}; its sign-ins are public.`,
      )
    }
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
    server.closeIdleConnections()
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
