// `npm run bench`: measures what the README claims, in one run, and writes reports/bench.md +
// reports/bench.json:
//   1. the JS/CSS a real Chromium downloads to show /account, / and /account/activity signed in;
//   2. Lighthouse 12.8.2 (mobile) on /login and, signed in, on /account;
//   3. the production build time (and the /account first-load files from Vite's manifest);
//   4. the server dashboard's panel request rate (scripts/bench/dashboard-rate.mjs, if present);
//   5. a bounded loopback load on the Talon server (API through the proxy + a static asset),
//      with the server's RSS sampled every second;
//   6. hostile clients (scripts/bench/hostile-clients.mjs): 64 hanging panel requests and 200 slow
//      clients, and a signed-in user's latency meanwhile; RSS idle → peak → after;
//   7. console-flood (scripts/bench/console-flood.mjs): the live console in Chromium while the fake
//      Wings prints 20,000 lines/s for 10 s: long tasks, JS heap, lines, scrollback;
//   8. console-route-size (scripts/bench/console-route-size.mjs): /server/:id's first-load JS
//      beyond the shared chunks, from Vite's manifest;
//   9. relay-sockets (scripts/bench/relay-sockets.mjs): 500 console sockets through Talon's Wings
//      relay: added round-trip latency vs direct, errors, Talon's RSS.
//  10. editor-open (scripts/bench/editor-open.mjs): a 4 MiB file opened in the file editor, cold
//      and in-app, and the editor route's chunk sizes (issue 16).
//  11. files-list (scripts/bench/files-list.mjs): the file manager on a 10,000-entry folder: list
//      and render, filter keystroke latency, scroll to the last; vs the stock 250-row approach;
//  12. files-route-size (scripts/bench/files-route-size.mjs): /server/:id/files' first-load JS.
// Everything binds to 127.0.0.1. Ports avoid the fetch spec's blocked list (4190 is "bad").
//
// Env: BENCH_LOAD_SECONDS (60, per load target), BENCH_LOAD_CONNECTIONS (16),
//      BENCH_DASHBOARD_SECONDS (60), BENCH_LIGHTHOUSE_RUNS (3, median reported),
//      CHROME_PATH (/usr/bin/chromium), BENCH_DEBUG=1 (server output),
//      BENCH_PHASES (all; or a comma list of routes,dashboard,lighthouse,load,hostile,
//      console-flood,console-route-size,relay-sockets,editor-open,files-list,files-route-size: the others keep their figures from the
//      previous reports/bench.json).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

import { ACCOUNT_ROUTE_MODULE, routePathFiles, gzipBytes } from './account-path-files.mjs'
import { benchSummary, renderBenchMarkdown } from './bench/report-md.mjs'
import { CHROME_PATH, launchChromium } from './lib/chromium.mjs'
import { startServers, stopAll, submitSignIn } from './lib/servers.mjs'

const TALON_PORT = 4280
const PANEL_PORT = 4281
const LOAD_TALON_PORT = 4282
const LOAD_PANEL_PORT = 4283
const BASE = `http://127.0.0.1:${TALON_PORT}`
const PANEL = `http://127.0.0.1:${PANEL_PORT}`
const LOAD_BASE = `http://127.0.0.1:${LOAD_TALON_PORT}`
// The server-area phases (7, 9) each get a fresh Talon + demo panel (faults on, for /__demo/flood).
const FLOOD_TALON_PORT = 4300
const FLOOD_PANEL_PORT = 4301
const SOCKETS_TALON_PORT = 4302
const SOCKETS_PANEL_PORT = 4303
const EDITOR_TALON_PORT = 4304
const EDITOR_PANEL_PORT = 4305
const FILES_TALON_PORT = 4310
const FILES_PANEL_PORT = 4311
const ROUTES = ['/account', '/', '/account/activity']
const LIGHTHOUSE = 'lighthouse@12.8.2'

const intFromEnv = (name, fallback, max) => {
  const raw = process.env[name]
  const value = raw ? Number(raw) : fallback
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be an integer from 1 to ${max} (got "${raw}")`)
  }
  return value
}
const LOAD_SECONDS = intFromEnv('BENCH_LOAD_SECONDS', 60, 600)
const LOAD_CONNECTIONS = intFromEnv('BENCH_LOAD_CONNECTIONS', 16, 256)
const DASHBOARD_SECONDS = intFromEnv('BENCH_DASHBOARD_SECONDS', 60, 600)
const LIGHTHOUSE_RUNS = intFromEnv('BENCH_LIGHTHOUSE_RUNS', 3, 9)

const ALL_PHASES = [
  'routes',
  'dashboard',
  'lighthouse',
  'load',
  'hostile',
  'console-flood',
  'console-route-size',
  'relay-sockets',
  'editor-open',
  'files-list',
  'files-route-size',
]
const PHASES = new Set(
  (process.env.BENCH_PHASES ?? ALL_PHASES.join(','))
    .split(',')
    .map((p) => p.trim())
    .filter((p) => ALL_PHASES.includes(p)),
)
const partialRun = PHASES.size < ALL_PHASES.length

const log = (...args) => console.log('bench:', ...args)
const errorText = (error) => (error instanceof Error ? error.message : String(error))

process.once('SIGINT', () => {
  stopAll()
  process.exit(130)
})
const STDIO = process.env.BENCH_DEBUG ? 'inherit' : 'ignore'

/** Chromium for a phase; the report names its version. */
async function launchBrowser() {
  const browser = await launchChromium()
  report.machine.chromium = browser.version()
  return browser
}

/** Signs in through the UI; returns Playwright storage state and a Cookie header for `base`. */
async function signIn(browser, base, who = { user: 'demo', password: 'demo-password' }) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await submitSignIn(page, base, who.user, who.password)
    await page.waitForURL(`${base}/`)
    const state = await context.storageState()
    const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    return { state, cookie }
  } finally {
    await context.close()
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Bytes per route

async function routeBytes(browser, state, route) {
  const ctx = await browser.newContext({ storageState: state })
  try {
    const p = await ctx.newPage()
    const pending = []
    p.on('response', (res) => {
      const type = res.request().resourceType()
      if (type !== 'script' && type !== 'stylesheet') return
      pending.push(
        (async () => {
          try {
            const body = await res.body()
            const sizes = await res.request().sizes()
            return {
              url: new URL(res.url()).pathname,
              type,
              raw: body.length,
              gzip: gzipSync(body, { level: 9 }).length,
              transferred: sizes.responseBodySize,
              encoding: (await res.allHeaders())['content-encoding'] ?? 'identity',
            }
          } catch {
            return undefined // redirects have no body
          }
        })(),
      )
    })
    await p.goto(`${BASE}${route}`, { waitUntil: 'networkidle' })
    await p.waitForTimeout(300)
    const finalPath = new URL(p.url()).pathname
    const assets = (await Promise.all(pending)).filter(Boolean)
    const sum = (t, k) => assets.filter((a) => a.type === t).reduce((n, a) => n + a[k], 0)
    const count = (t) => assets.filter((a) => a.type === t).length
    return {
      finalPath,
      js: {
        raw: sum('script', 'raw'),
        gzip: sum('script', 'gzip'),
        transferred: sum('script', 'transferred'),
        files: count('script'),
      },
      css: {
        raw: sum('stylesheet', 'raw'),
        gzip: sum('stylesheet', 'gzip'),
        transferred: sum('stylesheet', 'transferred'),
        files: count('stylesheet'),
      },
      assets,
    }
  } finally {
    await ctx.close()
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse

function lighthouseOnce(url, { cookie, name, run }) {
  const out = path.join('reports', `lighthouse-${name}-${run}.json`)
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--chrome-flags=--headless=new --no-sandbox',
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
  ]
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`)
  // Lighthouse now and then fails to start or load the page on a busy 2-core machine: one more
  // attempt, then a failure whose message never carries the session cookies of the command line.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync('npx', args, {
        env: { ...process.env, CHROME_PATH },
        stdio: process.env.BENCH_DEBUG ? 'inherit' : ['ignore', 'ignore', 'pipe'],
        timeout: 180_000,
      })
      break
    } catch (error) {
      if (attempt < 2) continue
      const stderr = String(error?.stderr ?? '')
        .trim()
        .split('\n')
        .slice(-3)
        .join(' ')
      const said = cookie ? stderr.replaceAll(cookie, '<session cookies>') : stderr
      throw new Error(
        `lighthouse ${url} failed twice (exit ${error?.status ?? error?.signal ?? '?'})${said ? `: ${said.slice(0, 300)}` : ''}`,
      )
    }
  }
  const lhr = JSON.parse(readFileSync(out, 'utf8'))
  const audit = (id) => lhr.audits[id]?.numericValue
  return {
    finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl,
    runtimeError: lhr.runtimeError?.message,
    performance: lhr.categories.performance?.score,
    accessibility: lhr.categories.accessibility?.score,
    bestPractices: lhr.categories['best-practices']?.score,
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
    report: out,
  }
}

function lighthouse(url, options) {
  const runs = []
  for (let run = 1; run <= LIGHTHOUSE_RUNS; run++)
    runs.push(lighthouseOnce(url, { ...options, run }))
  const sorted = [...runs].sort((a, b) => a.performance - b.performance)
  const median = sorted[Math.floor((sorted.length - 1) / 2)]
  return { ...median, runs: runs.map((r) => r.performance) }
}

// ---------------------------------------------------------------------------------------------
// 5. Load: N keep-alive workers, bounded by time and by request count, loopback only.

function rssKiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) : undefined
  } catch {
    return undefined
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return undefined
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function load_({ url, headers, seconds, connections, pid }) {
  const target = new URL(url)
  if (target.hostname !== '127.0.0.1') throw new Error('load runs on loopback only')
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const MAX_REQUESTS = 20_000_000
  const latencies = []
  const statuses = {}
  let socketErrors = 0
  let started = 0
  let measuring = false

  const one = () =>
    new Promise((resolve) => {
      const t0 = performance.now()
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          agent,
          headers,
        },
        (res) => {
          res.on('data', () => {})
          res.on('end', () => {
            if (measuring) {
              latencies.push(performance.now() - t0)
              statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1
            }
            resolve()
          })
          res.on('error', () => {
            if (measuring) socketErrors++
            resolve()
          })
        },
      )
      req.setTimeout(10_000, () => req.destroy(new Error('timeout')))
      req.on('error', () => {
        if (measuring) socketErrors++
        resolve()
      })
      req.end()
    })

  // 2 s warm-up (not counted), then the measured window.
  let end = performance.now() + 2000
  const worker = async () => {
    while (performance.now() < end && started < MAX_REQUESTS) {
      started++
      await one()
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))

  const rss = [rssKiB(pid)]
  const sampler = setInterval(() => rss.push(rssKiB(pid)), 1000)
  measuring = true
  const t0 = performance.now()
  end = t0 + seconds * 1000
  await Promise.all(Array.from({ length: connections }, worker))
  const elapsed = (performance.now() - t0) / 1000
  measuring = false
  clearInterval(sampler)
  rss.push(rssKiB(pid))
  agent.destroy()

  latencies.sort((a, b) => a - b)
  const ok = Object.entries(statuses)
    .filter(([s]) => s >= 200 && s < 300)
    .reduce((n, [, c]) => n + c, 0)
  const samples = rss.filter((v) => v !== undefined)
  const mb = (kib) => Math.round((kib / 1024) * 10) / 10
  return {
    url: target.pathname,
    seconds: Math.round(elapsed * 10) / 10,
    connections,
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    latencyMs: {
      p50: Math.round(percentile(latencies, 50) * 100) / 100,
      p99: Math.round(percentile(latencies, 99) * 100) / 100,
      max: Math.round(latencies.at(-1) * 100) / 100,
    },
    statuses,
    non2xx: latencies.length - ok,
    socketErrors,
    rssMB: {
      start: mb(samples[0]),
      peak: mb(Math.max(...samples)),
      end: mb(samples.at(-1)),
      samples: samples.length,
    },
  }
}

async function expectOk(url, headers) {
  const res = await fetch(url, { headers })
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status} before the load test`)
}

// ---------------------------------------------------------------------------------------------
// Run

// A partial run starts from the previous report and replaces only what it measures.
const previous =
  partialRun && existsSync('reports/bench.json')
    ? JSON.parse(readFileSync('reports/bench.json', 'utf8'))
    : {}
const report = {
  ...previous,
  date: partialRun ? (previous.date ?? new Date().toISOString()) : new Date().toISOString(),
  remeasured: partialRun
    ? { phases: [...PHASES], date: new Date().toISOString(), node: process.version }
    : undefined,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim(),
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    chromium: previous.machine?.chromium,
  },
  build: undefined,
  routes: PHASES.has('routes') ? {} : (previous.routes ?? {}),
  lighthouse: PHASES.has('lighthouse') ? {} : (previous.lighthouse ?? {}),
  dashboard: PHASES.has('dashboard') ? undefined : previous.dashboard,
  dashboardTwoTabs: PHASES.has('dashboard') ? undefined : previous.dashboardTwoTabs,
  load: PHASES.has('load') ? undefined : previous.load,
  hostile: PHASES.has('hostile') ? undefined : previous.hostile,
  consoleFlood: PHASES.has('console-flood') ? undefined : previous.consoleFlood,
  consoleRouteSize: PHASES.has('console-route-size') ? undefined : previous.consoleRouteSize,
  relaySockets: PHASES.has('relay-sockets') ? undefined : previous.relaySockets,
  editorOpen: PHASES.has('editor-open') ? undefined : previous.editorOpen,
  filesList: PHASES.has('files-list') ? undefined : previous.filesList,
  filesRouteSize: PHASES.has('files-route-size') ? undefined : previous.filesRouteSize,
}
mkdirSync('reports', { recursive: true })
const dist = mkdtempSync(path.join(os.tmpdir(), 'talon-bench-dist-'))

try {
  // 3. Production build, into a private directory so a shared dist/ is never replaced mid-run.
  log('building')
  const viteBin = path.join('node_modules', 'vite', 'bin', 'vite.js')
  const t0 = performance.now()
  execFileSync(process.execPath, [viteBin, 'build', '--outDir', dist, '--emptyOutDir'], {
    stdio: 'ignore',
  })
  const buildMs = Math.round(performance.now() - t0)
  const { js, css } = routePathFiles({ dist })
  report.build = {
    ms: buildMs,
    accountPath: {
      route: ACCOUNT_ROUTE_MODULE,
      jsFiles: js.length,
      jsGzip: js.reduce((n, f) => n + gzipBytes(f), 0),
      cssGzip: css.reduce((n, f) => n + gzipBytes(f), 0),
    },
  }

  if (PHASES.has('routes') || PHASES.has('dashboard') || PHASES.has('lighthouse')) {
    await browserPhases()
  }
  if (PHASES.has('load') || PHASES.has('hostile')) {
    const { load, hostile } = await loadPhase().catch((error) => ({
      load: { error: errorText(error) },
      hostile: { error: errorText(error) },
    }))
    if (PHASES.has('load')) report.load = load
    if (PHASES.has('hostile')) report.hostile = hostile
  }
  if (PHASES.has('console-route-size')) {
    const { consoleRouteSize } = await import('./bench/console-route-size.mjs')
    try {
      report.consoleRouteSize = consoleRouteSize({ dist })
    } catch (error) {
      report.consoleRouteSize = { error: errorText(error) }
    }
  }
  if (PHASES.has('console-flood')) {
    report.consoleFlood = await consoleFloodPhase().catch((error) => ({
      error: errorText(error),
    }))
    stopAll()
  }
  if (PHASES.has('relay-sockets')) {
    report.relaySockets = await relaySocketsPhase().catch((error) => ({
      error: errorText(error),
    }))
    stopAll()
  }
  if (PHASES.has('editor-open')) {
    report.editorOpen = await editorOpenPhase().catch((error) => ({ error: errorText(error) }))
    stopAll()
  }
  if (PHASES.has('files-route-size')) {
    const { filesRouteSize } = await import('./bench/files-route-size.mjs')
    try {
      report.filesRouteSize = filesRouteSize({ dist })
    } catch (error) {
      report.filesRouteSize = { error: errorText(error) }
    }
  }
  if (PHASES.has('files-list')) {
    report.filesList = await filesListPhase().catch((error) => ({ error: errorText(error) }))
    stopAll()
  }
} finally {
  stopAll()
  rmSync(dist, { recursive: true, force: true })
}

async function browserPhases() {
  await startServers({
    talonPort: TALON_PORT,
    panelPort: PANEL_PORT,
    dist,
    panelOptions: { faults: true, adminServers: 250 },
    stdio: STDIO,
  })

  const browser = await launchBrowser()
  const demo = await signIn(browser, BASE)

  // 1. Cold HTTP cache per route, same session.
  for (const route of PHASES.has('routes') ? ROUTES : []) {
    log(`bytes ${route}`)
    report.routes[route] = await routeBytes(browser, demo.state, route)
  }

  // 4. Dashboard request rate (written by the dashboard work; optional here).
  const ratePath = path.resolve('scripts/bench/dashboard-rate.mjs')
  if (!PHASES.has('dashboard')) {
    // kept from the previous report
  } else if (!existsSync(ratePath)) {
    report.dashboard = { error: 'scripts/bench/dashboard-rate.mjs does not exist' }
  } else {
    log(`dashboard rate (${DASHBOARD_SECONDS} s + warm-up)`)
    try {
      const { dashboardRate } = await import(pathToFileURL(ratePath).href)
      if (typeof dashboardRate !== 'function') throw new Error('it exports no dashboardRate()')
      report.dashboard = await dashboardRate({
        browser,
        baseUrl: BASE,
        panelUrl: PANEL,
        seconds: DASHBOARD_SECONDS,
      })
      log(`dashboard rate, two tabs (${DASHBOARD_SECONDS} s + warm-up)`)
      report.dashboardTwoTabs = await dashboardRate({
        browser,
        baseUrl: BASE,
        panelUrl: PANEL,
        seconds: DASHBOARD_SECONDS,
        tabs: 2,
      })
    } catch (error) {
      report.dashboard ??= { error: `dashboard-rate.mjs failed: ${errorText(error)}` }
      report.dashboardTwoTabs = { error: `dashboard-rate.mjs failed: ${errorText(error)}` }
    }
  }
  await browser.close()

  // 2. Lighthouse: /login signed out, /account with the demo session's cookies.
  for (const [name, route, cookie] of PHASES.has('lighthouse')
    ? [
        ['login', '/login', undefined],
        ['account', '/account', demo.cookie],
      ]
    : []) {
    log(`lighthouse ${route} (${LIGHTHOUSE_RUNS}×)`)
    try {
      report.lighthouse[route] = lighthouse(`${BASE}${route}`, { cookie, name })
    } catch (error) {
      report.lighthouse[route] = { error: errorText(error) }
    }
  }
  stopAll()
}

async function loadPhase() {
  // 5. Load: a fresh Talon + a demo panel whose per-user limit is raised (720/min would answer
  // 429 within a second and measure the limiter instead of the proxy). Faults are on for phase 6.
  const { talon } = await startServers({
    talonPort: LOAD_TALON_PORT,
    panelPort: LOAD_PANEL_PORT,
    dist,
    panelOptions: { rateLimit: 1e9, faults: true },
    stdio: STDIO,
  })
  const loadBrowser = await launchBrowser()
  const session = await signIn(loadBrowser, LOAD_BASE)
  await loadBrowser.close()

  const apiHeaders = { accept: 'application/json', cookie: session.cookie }
  let load
  if (PHASES.has('load')) {
    const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'))
    const entry = Object.values(manifest).find((c) => c.isEntry)
    const assetHeaders = { accept: '*/*', 'accept-encoding': 'br, gzip' }
    await expectOk(`${LOAD_BASE}/api/client/account`, apiHeaders)
    await expectOk(`${LOAD_BASE}/${entry.file}`, assetHeaders)
    const rssIdleMB = Math.round((rssKiB(talon.pid) / 1024) * 10) / 10
    log(`load /api/client/account (${LOAD_SECONDS} s)`)
    const api = await load_({
      url: `${LOAD_BASE}/api/client/account`,
      headers: apiHeaders,
      seconds: LOAD_SECONDS,
      connections: LOAD_CONNECTIONS,
      pid: talon.pid,
    })
    log(`load /${entry.file} (${LOAD_SECONDS} s)`)
    const asset = await load_({
      url: `${LOAD_BASE}/${entry.file}`,
      headers: assetHeaders,
      seconds: LOAD_SECONDS,
      connections: LOAD_CONNECTIONS,
      pid: talon.pid,
    })
    load = { rssIdleMB, api, asset }
  }

  // 6. Hostile clients, on the same Talon once the load above has finished.
  let hostile
  if (PHASES.has('hostile')) {
    log('hostile clients (64 hanging, 200 slow)')
    const { hostileClients } = await import('./bench/hostile-clients.mjs')
    hostile = await hostileClients({
      base: LOAD_BASE,
      panelUrl: `http://127.0.0.1:${LOAD_PANEL_PORT}`,
      pid: talon.pid,
      cookie: session.cookie,
    }).catch((error) => ({ error: errorText(error) }))
  }
  return { load, hostile }
}

async function consoleFloodPhase() {
  // 7. A fresh pair of servers: the flood's megabytes should not colour the other phases.
  const { base, panel } = await startServers({
    talonPort: FLOOD_TALON_PORT,
    panelPort: FLOOD_PANEL_PORT,
    dist,
    panelOptions: { faults: true },
    stdio: STDIO,
  })
  const browser = await launchBrowser()
  try {
    const session = await signIn(browser, base)
    log('console flood (20,000 lines/s for 10 s)')
    const { consoleFlood } = await import('./bench/console-flood.mjs')
    return await consoleFlood({ browser, state: session.state, base, panelUrl: panel })
  } finally {
    await browser.close()
  }
}

async function filesListPhase() {
  // 10. Fresh servers: the 10,000-entry folder is made when first listed.
  const { base } = await startServers({
    talonPort: FILES_TALON_PORT,
    panelPort: FILES_PANEL_PORT,
    dist,
    stdio: STDIO,
  })
  const browser = await launchBrowser()
  try {
    const session = await signIn(browser, base)
    log('files: the 10,000-entry folder')
    const { filesList } = await import('./bench/files-list.mjs')
    return await filesList({ browser, state: session.state, base })
  } finally {
    await browser.close()
  }
}

async function relaySocketsPhase() {
  // 9. Fresh servers, so "idle" RSS is Talon's after sign-in and nothing else.
  const { base, panel, talon } = await startServers({
    talonPort: SOCKETS_TALON_PORT,
    panelPort: SOCKETS_PANEL_PORT,
    dist,
    panelOptions: { faults: true },
    stdio: STDIO,
  })
  const browser = await launchBrowser()
  const session = await signIn(browser, base)
  await browser.close()
  log('relay: 500 console sockets')
  const { relaySockets } = await import('./bench/relay-sockets.mjs')
  return relaySockets({ base, panelUrl: panel, pid: talon.pid, cookie: session.cookie })
}

async function editorOpenPhase() {
  // 10. Fresh servers: the two 4 MiB files written here stay out of the other phases.
  const { editorChunkSize, editorOpen } = await import('./bench/editor-open.mjs')
  const chunks = editorChunkSize({ dist })
  const { base } = await startServers({
    talonPort: EDITOR_TALON_PORT,
    panelPort: EDITOR_PANEL_PORT,
    dist,
    panelOptions: { faults: true },
    stdio: STDIO,
  })
  const browser = await launchBrowser()
  try {
    const session = await signIn(browser, base)
    log('editor: a 4 MiB file, cold and in-app')
    return { chunks, ...(await editorOpen({ browser, state: session.state, base })) }
  } finally {
    await browser.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Report

mkdirSync('reports', { recursive: true })
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2) + '\n')
writeFileSync(
  'reports/bench.md',
  renderBenchMarkdown(report, {
    lighthouse: LIGHTHOUSE,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    dashboardSeconds: DASHBOARD_SECONDS,
    loadSeconds: LOAD_SECONDS,
    loadConnections: LOAD_CONNECTIONS,
  }),
)
log(benchSummary(report))
