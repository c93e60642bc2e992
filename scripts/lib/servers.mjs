// Shared by the scripts that drive a real browser (bench, screenshots): a demo panel and a Talon
// server as child processes on 127.0.0.1, waiting for them, and signing in through the UI.
import { spawn } from 'node:child_process'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Resolves once `url` answers below 500; throws after `timeoutMs`. */
export async function waitFor(url, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      /* not up yet */
    }
    await sleep(250)
  }
  throw new Error(`${url} did not come up`)
}

const children = []

// `node` directly (not through npx) so the pid is the server itself (RSS, kill). The demo panel
// runs its TypeScript through tsx (dev tooling); Talon runs compiled, as in production.
function startNode(args, env, stdio) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio,
  })
  children.push(child)
  return child
}

/** Stops every server started so far (each once). */
export function stopAll() {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill()
}

/** A demo panel in its own process (`startDemoPanel` options, e.g. faults, rateLimit). */
function startDemoPanel(port, options, stdio) {
  const code =
    `import { startDemoPanel } from './server/demo-panel/serve.ts';` +
    `const p = await startDemoPanel({ port: ${port}, host: '127.0.0.1', ...${JSON.stringify(options)} });` +
    `process.once('SIGTERM', () => void p.close().then(() => process.exit(0)))`
  return startNode(['--import', 'tsx', '--input-type=module', '-e', code], {}, stdio)
}

/** The Talon server (dist-server/, built first) serving `dist` and forwarding to `panelUrl`. */
async function startTalon(port, panelUrl, dist, stdio) {
  const { buildServer } = await import('../build-server.mjs')
  await buildServer()
  const { SERVER_NODE_FLAGS } = await import('../start.mjs')
  return startNode(
    [...SERVER_NODE_FLAGS, 'dist-server/main.js'],
    // The access log stays on (LOG_LEVEL info, as in production): its cost is part of the figures.
    { PORT: String(port), PANEL_URL: panelUrl, DIST: dist },
    stdio,
  )
}

/**
 * Starts a demo panel and a Talon server in front of it and waits until both answer.
 * Returns their base URLs and the Talon child process.
 */
export async function startServers({ talonPort, panelPort, dist, panelOptions, stdio }) {
  const panel = `http://127.0.0.1:${panelPort}`
  const base = `http://127.0.0.1:${talonPort}`
  startDemoPanel(panelPort, panelOptions, stdio)
  const talon = await startTalon(talonPort, panel, dist, stdio)
  await waitFor(`${panel}/sanctum/csrf-cookie`)
  await waitFor(`${base}/`)
  return { base, panel, talon }
}

/** Fills in and submits the sign-in form on `base`/login (Playwright page). */
export async function submitSignIn(page, base, user, password) {
  await page.goto(`${base}/login`)
  await page.getByLabel('Username or email').fill(user)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}
