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
import { chromium } from '@playwright/test'

import { ACCOUNT_ROUTE_MODULE, routePathFiles, gzipBytes } from './account-path-files.mjs'
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
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
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

  const browser = await chromium.launch({ executablePath: CHROME_PATH })
  report.machine.chromium = browser.version()
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
  const loadBrowser = await chromium.launch({ executablePath: CHROME_PATH })
  report.machine.chromium = loadBrowser.version()
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
  const browser = await chromium.launch({ executablePath: CHROME_PATH })
  report.machine.chromium = browser.version()
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
  const browser = await chromium.launch({ executablePath: CHROME_PATH })
  report.machine.chromium = browser.version()
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
  const browser = await chromium.launch({ executablePath: CHROME_PATH })
  report.machine.chromium = browser.version()
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
  const browser = await chromium.launch({ executablePath: CHROME_PATH })
  report.machine.chromium = browser.version()
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

const kB = (n) => `${(n / 1000).toFixed(1)} kB`
const score = (s) => (typeof s === 'number' ? s.toFixed(2) : 'n/a')
const ms = (n) => (typeof n === 'number' ? `${(n / 1000).toFixed(2)} s` : 'n/a')
const m = report.machine
const lines = []
lines.push(`# Talon benchmark

Measured ${report.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` on: ${m.cpus} × ${m.cpuModel ?? 'CPU'},
${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}, Chromium ${m.chromium}. Everything (browser, Talon,
demo panel, load generator) ran on this one machine over loopback, so the figures compare runs on
the same machine; they are not a capacity claim.

## Production build
\`vite build\`: **${(report.build.ms / 1000).toFixed(1)} s** (wall, including Node start-up).
The /account first load per Vite's manifest (the size budget in \`.size-limit.mjs\`):
${report.build.accountPath.jsFiles} JS files, **${kB(report.build.accountPath.jsGzip)} gzip**; CSS ${kB(report.build.accountPath.cssGzip)} gzip.

## What Chromium downloads to show a page after sign-in
Cold HTTP cache, signed in as \`demo\`; every script and stylesheet the page loaded until the
network went idle. gzip = the same bytes compressed at level 9; "sent" = what the Talon server
actually transferred (it serves brotli to Chromium). Target for \`/account\`: ≤ 110 kB gzip JS
(Pterodactyl's own frontend needs 540 kB, Pyrodactyl's 1,082 kB).

| route | JS raw | JS gzip | JS sent | JS files | CSS raw | CSS gzip |
|---|---|---|---|---|---|---|`)
for (const [r, v] of Object.entries(report.routes)) {
  const shown = v.finalPath === r ? `\`${r}\`` : `\`${r}\` (ended on \`${v.finalPath}\`)`
  lines.push(
    `| ${shown} | ${kB(v.js.raw)} | **${kB(v.js.gzip)}** | ${kB(v.js.transferred)} | ${v.js.files} | ${kB(v.css.raw)} | ${kB(v.css.gzip)} |`,
  )
}

lines.push(`
## Lighthouse ${LIGHTHOUSE.split('@')[1]} (mobile preset, simulated throttling)
Median by performance score of ${LIGHTHOUSE_RUNS} run(s) each; \`/account\` is loaded with the demo
session's cookies (\`--extra-headers\`). Targets: performance ≥ 0.95, accessibility 1.0.

| page | performance (runs) | accessibility | best practices | FCP | LCP | TBT | CLS | final URL |
|---|---|---|---|---|---|---|---|---|`)
for (const [route, r] of Object.entries(report.lighthouse)) {
  if (r.error) {
    lines.push(`| \`${route}\` | failed: ${r.error.split('\n')[0]} | | | | | | | |`)
    continue
  }
  const runs = r.runs.map(score).join(', ')
  const final = new URL(r.finalUrl).pathname
  lines.push(
    `| \`${route}\` | **${score(r.performance)}** (${runs}) | ${score(r.accessibility)} | ${score(r.bestPractices)} | ${ms(r.fcpMs)} | ${ms(r.lcpMs)} | ${r.tbtMs} ms | ${r.cls} | \`${final}\`${r.runtimeError ? ` (error: ${r.runtimeError})` : ''} |`,
  )
}
const failed = Object.entries(report.lighthouse)
  .filter(([, r]) => r.failedAudits?.length)
  .map(([route, r]) => `\`${route}\`: ${r.failedAudits.join(', ')}`)
if (failed.length) lines.push(`\nFailed pass/fail audits — ${failed.join('; ')}.`)

lines.push(`
## Server dashboard: panel requests per minute`)
const d = report.dashboard
if (!d || d.error) {
  lines.push(`Not measured: ${d?.error ?? 'no result'}.`)
} else {
  lines.push(`Signed in as \`admin\`, all-servers view (250 servers on the demo panel), steady state over
${d.seconds ?? DASHBOARD_SECONDS} s after a warm-up, counted by the demo panel (\`/__demo/stats\`).

- **${d.requestsPerMinute} requests/minute** to the panel (its per-user limit is 720/min, shared by every tab)
- rows on screen: ${d.visibleRows}${d.liveRows !== undefined ? `; showing live stats: ${d.liveRows} of ${d.pollableRows} pollable` : ''}; live stats: ${d.statsLive ? 'yes' : 'no'}
- per route: ${
    Object.entries(d.perRoute ?? {})
      .map(([route, n]) => `\`${route}\` ${n}`)
      .join(', ') || 'none'
  }`)
  const two = report.dashboardTwoTabs
  lines.push(
    !two || two.error
      ? `- two tabs: not measured (${two?.error ?? 'no result'})`
      : `- **two dashboards open side by side** (${two.tabsVisible} of ${two.tabs} tabs visible, on different rows): **${two.requestsPerMinute} requests/minute** in total — the tabs split one budget`,
  )
}

const l = report.load ?? { error: 'not run' }
if (l.error) lines.push(`\n## Loopback load on the Talon server\nNot measured: ${l.error}.`)
else {
  lines.push(`
## Loopback load on the Talon server
${LOAD_CONNECTIONS} keep-alive connections from a Node \`http\` client in the bench process, ${LOAD_SECONDS} s
per target after a 2 s warm-up. The API target goes through Talon's proxy to a demo panel (its own
process) whose per-user rate limit is raised for this test; the load generator, Talon and the
panel share the machine's ${m.cpus} cores. RSS = the Talon server process, sampled every second
(idle before the load: ${l.rssIdleMB} MB).

| target | requests/s | p50 | p99 | max | requests | non-2xx | socket errors | RSS start → peak → end |
|---|---|---|---|---|---|---|---|---|`)
  for (const [label, r] of [
    ['`GET /api/client/account` (signed in, proxied)', l.api],
    [`\`GET ${r2(l.asset.url)}\` (static, brotli)`, l.asset],
  ]) {
    lines.push(
      `| ${label} | **${r.requestsPerSecond}** | ${r.latencyMs.p50} ms | ${r.latencyMs.p99} ms | ${r.latencyMs.max} ms | ${r.requests} | ${r.non2xx} | ${r.socketErrors} | ${r.rssMB.start} → ${r.rssMB.peak} → ${r.rssMB.end} MB |`,
    )
  }
  function r2(url) {
    return url.replace(/-[\w-]{8}\.js$/, '-[hash].js')
  }
  const statusLine = (r) =>
    Object.entries(r.statuses)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')
  lines.push(`
Statuses — API: ${statusLine(l.api)}; asset: ${statusLine(l.asset)}.
`)
}

const h = report.hostile
lines.push(`## Hostile clients (issue 20)`)
if (!h || h.error) lines.push(`Not measured: ${h?.error ?? 'not run'}.\n`)
else {
  const sc = h.scenario
  const statuses = (t) =>
    Object.entries(t)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')
  lines.push(`On the same Talon after the load above, with the demo panel hanging on
\`GET /api/client/account/activity\`: ${sc.hanging} requests hanging upstream, ${sc.slowUploads} slow uploads
(declared ${Math.round(sc.uploadBytes / 1024)} KiB, trickled 16 KiB every 250 ms) and ${sc.silentBodies} silent bodies
(headers and 9 of 100 bytes, then nothing) — ${sc.slowUploads + sc.silentBodies} slow clients. After 3 s, a signed-in
\`GET /api/client/account\` ${sc.userRequests} times, 250 ms apart. At ${sc.attackSeconds} s every attacker socket is
closed and RSS is sampled for ${sc.settleSeconds} s. "Idle" RSS is taken after ${sc.warmUpRequests} ordinary signed-in
requests and 2 s of rest.

- signed-in \`GET /api/client/account\` meanwhile: **p50 ${h.user.duringMs.p50} ms, max ${h.user.duringMs.max} ms**
  (${statuses(h.user.statuses)}; before: ${h.user.baselineMs} ms; after: ${h.user.afterMs} ms) —
  under 1 s: **${h.user.underOneSecond ? 'yes' : 'no'}**
- what the attackers had got after ${sc.attackSeconds} s — hanging: ${statuses(h.attackers.hanging)};
  slow uploads: ${statuses(h.attackers.slowUploads)}; silent bodies: ${statuses(h.attackers.silentBodies)}
- Talon RSS: idle **${h.rssMB.idle} MB** → peak ${h.rssMB.peak} MB → ${h.rssMB.after} MB ${sc.settleSeconds} s after they went
  (${h.rssMB.afterVsIdlePercent >= 0 ? '+' : ''}${h.rssMB.afterVsIdlePercent} % of idle; within 20 %: **${h.rssMB.within20Percent ? 'yes' : 'no'}**)
`)
}

const f = report.consoleFlood
lines.push(`## Live console under a flood (issue 15)`)
if (!f || f.error) lines.push(`Not measured: ${f?.error ?? 'not run'}.\n`)
else {
  const c = f.copyLog
  const n = (v) => (typeof v === 'number' ? v.toLocaleString('en') : 'n/a')
  lines.push(`Chromium signed in as \`demo\` on \`/server/${f.server}\` (console connected, 1280 × 900), the fake Wings
asked to print **${n(f.linesPerSecond)} lines/s** (\`POST /__demo/flood\`; real Wings throttles at 2,000 lines per 100 ms,
so this is the most it would send) until ${n(f.plannedLines)} lines had been sent, for at most ${f.seconds * 2} s (the fake Wings
prints on a 100 ms timer and each burst catches up with the lines due by the clock): it ran ${(f.floodMs / 1000).toFixed(1)} s and sent ${n(f.lines.sent)} lines, **${n(f.achievedLinesPerSecond)} lines/s**.
Long tasks: ${f.longTaskSource}; heap: ${f.heapMB.source}.
Targets: no main-thread task over 200 ms; scrollback bounded.

- longest main-thread task: **${f.longTasks.maxMs} ms**; tasks over 200 ms: **${f.longTasks.over200ms}** (of ${f.longTasks.count} over 50 ms;
  the longest ${f.longTasks.top5Ms.join(', ') || '–'} ms; blocking time ${f.longTasks.totalBlockingMs} ms) — no task over 200 ms:
  **${f.targets.noTaskOver200ms ? 'yes' : 'no'}**
${f.mainThread ? `- main thread busy ${f.mainThread.busyPercent} % of the ${f.mainThread.seconds} s from the flood's start until the terminal caught up (script ${f.mainThread.scriptPercent} %, layout and style ${f.mainThread.layoutAndStylePercent} %; ${f.mainThread.source.split(',')[0]})\n` : ''}- JS heap: ${f.heapMB.before} MB before → peak **${f.heapMB.peak} MB** → ${f.heapMB.after} MB after (before and after: after a forced GC)
- lines: ${n(f.lines.sent)} sent by Wings (counted by a second socket straight to it); newest line on the
  terminal once it caught up: ${n(f.lines.lastInTerminal)} — all reached it: **${f.lines.reachedTerminal ? 'yes' : 'no'}**; the terminal showed the
  last line ${(f.drainMs / 1000).toFixed(1)} s after the flood stopped (polled every 100 ms)
- scrollback: xterm holds flood lines ${n(f.scrollback.oldestFloodLine)}–${n(f.scrollback.newestFloodLine)} = **${n(f.scrollback.floodLinesHeld)} lines** (limit ${n(f.scrollback.limit)} + ${f.scrollback.visibleRows}
  visible rows) — bounded: **${f.scrollback.bounded ? 'yes' : 'no'}**; the page's own log ("Copy log"): ${
    c.error
      ? `not read (${c.error})`
      : `${n(c.lines)} lines (${n(c.chars)} characters), flood lines ${n(c.firstFlood)}–${n(c.lastFlood)}, contiguous: ${c.contiguous ? 'yes' : 'no'}`
  }
`)
}

const cr = report.consoleRouteSize
lines.push(`## Console route size (issue 15)`)
if (!cr || cr.error) lines.push(`Not measured: ${cr?.error ?? 'not run'}.\n`)
else {
  lines.push(`First load of \`/server/:id\` beyond the shared app chunks (the entry and its static imports,
${kB(cr.sharedJsGzip)} gzip), per Vite's manifest: the server shell, the console page and the xterm view it loads on
mount, with their static imports. Target ≤ ${kB(cr.targetGzip)} gzip: **${cr.withinTarget ? 'met' : 'not met'}**.

| chunk | from | raw | gzip |
|---|---|---|---|`)
  for (const c of cr.chunks)
    lines.push(`| \`${c.file}\` | \`${c.module}\` | ${kB(c.raw)} | ${kB(c.gzip)} |`)
  lines.push(`| **total JS** | | ${kB(cr.jsRaw)} | **${kB(cr.jsGzip)}** |`)
  lines.push(
    `\nCSS beyond the shared: ${cr.css.map((c) => `\`${c.file}\` ${kB(c.gzip)}`).join(', ') || 'none'} gzip.\n`,
  )
}

const rs = report.relaySockets
lines.push(`## Wings relay: ${rs?.sockets ?? 500} console sockets (issue 15)`)
if (!rs || rs.error) lines.push(`Not measured: ${rs?.error ?? 'not run'}.\n`)
else {
  const ld = rs.latencyMs
  const bl = rs.burstLatencyMs
  const burst = bl
    ? `- all ${rs.opened} sockets asking at once, ${bl.bursts} bursts each way (${bl.droppedBursts} dropped): through the relay
  **p50 ${bl.relay.p50} ms, p99 ${bl.relay.p99} ms**; direct p50 ${bl.direct.p50} ms, p99 ${bl.direct.p99} ms; added
  p50 ${bl.addedP50} ms, p99 ${bl.addedP99} ms
`
    : ''
  const errs = [
    ...Object.entries(rs.openErrors).map(([why, n]) => `${n}× ${why}`),
    ...Object.entries(rs.unexpectedCloses).map(([code, n]) => `${n}× closed ${code}`),
  ]
  lines.push(`A fresh Talon + demo panel; ${rs.sockets} \`ws\` clients from the bench process open the relayed socket of
\`${rs.server}\` (one credential from \`GET /api/client/servers/${rs.server}/websocket\`, Origin = Talon's), 50 at a time, and
authenticate. Then ${ld.relay.samples + ld.direct.samples + ld.droppedSamples} \`send stats\` round trips, one at a time, alternating a relayed socket and one of ${rs.sockets} direct sockets
to the fake Wings (Origin = the panel's), all ${rs.sockets} relayed sockets still open (${ld.droppedSamples} samples dropped: a
once-a-second stats broadcast crossed them).

- opened and authenticated: **${rs.opened} of ${rs.sockets}** in ${rs.openSeconds} s; still open at the end: ${rs.openAtEnd}; errors: ${errs.length ? errs.join(', ') : 'none'} (socket errors ${rs.socketErrors}, jwt errors ${rs.jwtErrors})
- one round trip at a time, through the relay: **p50 ${ld.relay.p50} ms, p99 ${ld.relay.p99} ms** (max ${ld.relay.max}); direct: p50 ${ld.direct.p50} ms, p99 ${ld.direct.p99} ms (max ${ld.direct.max});
  **added by the relay: p50 ${ld.addedP50} ms, p99 ${ld.addedP99} ms**
${burst}- Talon RSS: idle **${rs.rssMB.idle} MB** → ${rs.rssMB.withSockets} MB with ${rs.opened} sockets (peak ${rs.rssMB.peak} MB) → ${rs.rssMB.after} MB ${rs.settleSeconds ?? 5} s after they closed
`)
}

const eo = report.editorOpen
lines.push(`## File editor: a 4 MiB file (issue 16)`)
if (!eo || eo.error) lines.push(`Not measured: ${eo?.error ?? 'not run'}.\n`)
else {
  const ch = eo.chunks
  lines.push(`Chromium (1280 × 900) signed in as \`demo\`; files of exactly 4 MiB (the panel's edit limit) written to
\`${eo.server}\` through Talon. Each figure runs until the first animation frame that shows the file's first line.
**First open in the app** (the target, under ${ms(eo.targetMs)}): the server's settings page loaded, then an in-app
navigation to \`/server/${eo.server}/files/edit#<file>\` (what a click in the file list does): the editor's chunks,
the 4 MiB answer through Talon and the panel, the text check, CodeMirror's first render. **Cold**: a fresh context with
an empty cache loads that URL (boot, the account and server requests, the server shell's socket, all of the above),
from the navigation's start. **Re-open**: the editor open on the other file, the hash changed back (chunks cached).
Median of ${eo.runs} runs, on a machine shared with other work (the runs are listed).
The stock panel's editor (CodeMirror 5, whole document rendered) has no comparable figure here: its page cannot run
against this double.

| file | first open in the app | cold | of which the 4 MiB answer (cold) | longest task (cold) | re-open | first open under ${ms(eo.targetMs)} |
|---|---|---|---|---|---|---|`)
  for (const [file, r] of Object.entries(eo.files)) {
    const list = (s) => s.runs.map((x) => x.ms).join(', ')
    const c = r.cold.runs
    lines.push(
      `| \`${file}\` | **${r.firstOpen.medianMs} ms** (${list(r.firstOpen)}) | **${r.cold.medianMs} ms** (${list(r.cold)}) | ${c.map((x) => (x.contents ? `${x.contents.ms}` : '?')).join(', ')} ms | ${Math.max(...c.map((x) => x.longTasks.maxMs))} ms | ${r.reopen.medianMs} ms (${list(r.reopen)}) | ${r.withinTarget ? 'yes' : 'no'} |`,
    )
  }
  lines.push(`
The editor route's JS beyond the shared app chunks (${kB(ch.sharedJsGzip)} gzip), per Vite's manifest, loaded only
when a file is opened:

| chunk | from | raw | gzip |
|---|---|---|---|`)
  for (const c of ch.chunks)
    lines.push(`| \`${c.file}\` | \`${c.module}\` | ${kB(c.raw)} | ${kB(c.gzip)} |`)
  lines.push(`| **total JS** | | ${kB(ch.jsRaw)} | **${kB(ch.jsGzip)}** |`)
  lines.push(
    `\nLanguage grammars, each fetched when a file of its kind opens: ${ch.languageChunks.map((c) => `${c.module.replace(/^.*node_modules\//, '')} ${kB(c.gzip)}`).join(', ') || 'none found'} gzip.`,
  )
  lines.push(
    ch.filesRoute
      ? `The files list route (\`files-page\`) pulls the editor in: **${ch.filesRoute.pullsEditor ? 'yes' : 'no'}** (chunks it shares with the editor: ${ch.filesRoute.sharedWithEditor.map((c) => `\`${c.file}\` ${kB(c.gzip)}`).join(', ') || 'none'}).\n`
      : 'The files list route is not in this build.\n',
  )
}

const fl = report.filesList
lines.push(`## Files: a folder of 10,000 entries (issue 16)`)
if (!fl || fl.error) lines.push(`Not measured: ${fl?.error ?? 'not run'}.\n`)
else {
  lines.push(`Chromium (1280 × 900) signed in as \`demo\`, Survival SMP's \`${fl.folder}\` (10,000 files), ${fl.runs} runs, median.
Talon lists **every** entry in a virtualised list; the stock panel renders only the first 250 (all in the DOM).
Targets: render under 300 ms, a filter keystroke under 50 ms. Machine: ${fl.cores} cores, load average
${fl.loadAverage?.join(' / ')} (1/5/15 min) while measuring — other work shared the cores, so times are inflated.

- click on the folder → "10,000 items" and the rows on screen: **${fl.listAndRenderMs.median} ms** (max ${fl.listAndRenderMs.max});
  of which the panel's answer (${kB(fl.listBytes ?? 0)} over the wire) ${fl.panelAnswerMs} ms, then parse, sort and render **${fl.renderAfterAnswerMs.median} ms**;
  ${fl.rowsInDom} rows in the DOM — render under 300 ms: **${fl.renderAfterAnswerMs.median < 300 ? 'yes' : 'no'}**; with the panel's answer, under 300 ms:
  **${fl.listAndRenderMs.median < 300 ? 'yes' : 'no'}**
- sorting the 10,000 again (a column header, both ways, → next frame; no network): **median ${fl.resortMs.median} ms**
  (${fl.resortMs.samples.join(', ')} ms)
- filter keystroke (input → next frame), ${fl.filterKeystrokeMs.samples.length} keystrokes typing and deleting \`3f2a\`:
  **median ${fl.filterKeystrokeMs.median} ms, max ${fl.filterKeystrokeMs.max} ms** (status while filtered: "${fl.filterKeystrokeMs.statusWhileFiltered}") —
  under 50 ms: **${fl.targets.keystrokeUnder50ms ? 'yes' : 'no'}**
- scroll to the last entry: ${fl.scrollToLast.ms} ms until row 10,000 is in the DOM
- for comparison, the DOM cost alone of Talon's row markup, not virtualised: the stock panel's first **250 rows ${fl.stock250DomMs} ms**
  (${fl.stock250Elements} elements), all **10,000 rows ${fl.naive10000DomMs} ms** (${fl.naive10000Elements} elements); the stock panel has no filter
`)
}

const fr = report.filesRouteSize
lines.push(`## Files route size (issue 16)`)
if (!fr || fr.error) lines.push(`Not measured: ${fr?.error ?? 'not run'}.\n`)
else {
  lines.push(`First load of \`/server/:id/files\` beyond the shared app chunks (${kB(fr.sharedJsGzip)} gzip), per Vite's manifest: the server
shell and the files page with their static imports (the editor is its own lazy route). Target ≤ ${kB(fr.targetGzip)} gzip: **${fr.withinTarget ? 'met' : 'not met'}**;
beyond the server shell (which the console tab already loaded): ${kB(fr.beyondShell.jsGzip)} gzip.

| chunk | from | raw | gzip |
|---|---|---|---|`)
  for (const c of fr.chunks)
    lines.push(`| \`${c.file}\` | \`${c.module}\` | ${kB(c.raw)} | ${kB(c.gzip)} |`)
  lines.push(`| **total JS** | | ${kB(fr.jsRaw)} | **${kB(fr.jsGzip)}** |\n`)
}

if (report.remeasured) {
  lines.push(
    `_Re-measured ${report.remeasured.date.slice(0, 16).replace('T', ' ')} UTC (\`BENCH_PHASES=${report.remeasured.phases.join(',')}\`, Node ${report.remeasured.node}); the other sections are from the full run of ${report.date.slice(0, 16).replace('T', ' ')} UTC. The production build was re-run: ${report.build.ms} ms._\n`,
  )
}

writeFileSync('reports/bench.md', lines.join('\n'))
log(
  `done. build ${report.build.ms} ms; ` +
    Object.entries(report.routes)
      .map(([r, v]) => `${r} JS ${kB(v.js.gzip)} gzip`)
      .join('; ') +
    `; LH /account perf ${score(report.lighthouse['/account']?.performance)}` +
    (l.error
      ? `; load: ${l.error}`
      : `; API ${l.api.requestsPerSecond} req/s; asset ${l.asset.requestsPerSecond} req/s`) +
    (h && !h.error
      ? `; hostile: user max ${h.user.duringMs.max} ms, RSS ${h.rssMB.idle} → ${h.rssMB.peak} → ${h.rssMB.after} MB`
      : ''),
)
