// `npm run bench`: measures what the README claims and writes reports/bench.md + bench.json.
// (Ports avoid the fetch spec's blocked list: 4190 is "bad" to both Node and Chromium.)
// First version (foundation): production build time, and the JS/CSS a real Chromium downloads
// to show each main route after sign-in. Later sections (Lighthouse, dashboard request rate,
// proxy load) are added by the performance and dashboard work.
import { spawn, execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

const TALON_PORT = 4280
const PANEL_PORT = 4281
const BASE = `http://127.0.0.1:${TALON_PORT}`
const ROUTES = ['/account', '/', '/account/activity']

function time(fn) {
  const t0 = performance.now()
  fn()
  return Math.round(performance.now() - t0)
}

async function waitFor(url, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not come up`)
}

// `node --import tsx` directly (not through npx) so killing the child stops the server itself.
function start(script, env) {
  return spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: process.env.BENCH_DEBUG ? 'inherit' : 'ignore',
  })
}

const buildMs = time(() => execSync('npx vite build', { stdio: 'ignore' }))

const panelProc = start('server/demo-panel/main.ts', {
  DEMO_PANEL_PORT: String(PANEL_PORT),
  DEMO_PANEL_FAULTS: '1',
})
const talonProc = start('server/main.ts', {
  PORT: String(TALON_PORT),
  PANEL_URL: `http://127.0.0.1:${PANEL_PORT}`,
})
const routes = {}
try {
  await waitFor(`http://127.0.0.1:${PANEL_PORT}/sanctum/csrf-cookie`)
  await waitFor(`${BASE}/`)
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  })
  // Sign in once through the UI, then load each route cold (empty HTTP cache) with that session.
  const login = await browser.newContext()
  const page = await login.newPage()
  await page.goto(`${BASE}/login`)
  await page.getByLabel('Username or email').fill('demo')
  await page.getByLabel('Password', { exact: true }).fill('demo-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${BASE}/`)
  const state = await login.storageState()
  await login.close()

  for (const route of ROUTES) {
    const ctx = await browser.newContext({ storageState: state })
    const p = await ctx.newPage()
    const assets = []
    p.on('response', async (res) => {
      const type = res.request().resourceType()
      if (type !== 'script' && type !== 'stylesheet') return
      try {
        const body = await res.body()
        const sizes = await res.request().sizes()
        assets.push({
          url: new URL(res.url()).pathname,
          type,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          transferred: sizes.responseBodySize,
        })
      } catch {
        /* redirects have no body */
      }
    })
    await p.goto(`${BASE}${route}`, { waitUntil: 'networkidle' })
    await p.waitForTimeout(300)
    const sum = (t, k) => assets.filter((a) => a.type === t).reduce((n, a) => n + a[k], 0)
    routes[route] = {
      js: {
        raw: sum('script', 'raw'),
        gzip: sum('script', 'gzip'),
        files: assets.filter((a) => a.type === 'script').length,
      },
      css: { raw: sum('stylesheet', 'raw'), gzip: sum('stylesheet', 'gzip') },
      assets,
    }
    await ctx.close()
  }
  await browser.close()
} finally {
  talonProc.kill()
  panelProc.kill()
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`
const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
const date = new Date().toISOString().slice(0, 10)
const report = { date, machine, buildMs, routes }
mkdirSync('reports', { recursive: true })
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2) + '\n')
const rows = Object.entries(routes)
  .map(
    ([r, v]) =>
      `| \`${r}\` | ${kB(v.js.raw)} | **${kB(v.js.gzip)}** | ${v.js.files} | ${kB(v.css.raw)} | ${kB(v.css.gzip)} |`,
  )
  .join('\n')
writeFileSync(
  'reports/bench.md',
  `# Talon benchmark

Measured ${date} on this machine (${machine}) by \`npm run bench\`.

## Production build
\`vite build\`: **${(buildMs / 1000).toFixed(1)} s** (wall, including Node start-up).

## What Chromium downloads to show a page after sign-in
Cold HTTP cache, signed in as \`demo\`; every script and stylesheet the page loaded until the
network went idle. gzip = the same bytes compressed at level 9.

| route | JS raw | JS gzip | JS files | CSS raw | CSS gzip |
|---|---|---|---|---|---|
${rows}
`,
)
console.log(
  `bench: build ${buildMs} ms; ` +
    Object.entries(routes)
      .map(([r, v]) => `${r} JS ${kB(v.js.gzip)} gzip`)
      .join('; '),
)
