import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium } from '@playwright/test'
const port = 19103, panelPort = 19104
const procs = []
const start = (args, env) => procs.push(spawn('node', args, { env: { ...process.env, ...env }, stdio: 'ignore' }))
async function waitFor(url) { for (let i = 0; i < 120; i++) { try { const r = await fetch(url); if (r.status < 500) return } catch {} await sleep(500) } }
start(['--import', 'tsx', 'server/demo-panel/main.ts'], { DEMO_PANEL_PORT: String(panelPort), DEMO_PANEL_FAULTS: '1' })
await waitFor(`http://127.0.0.1:${panelPort}/sanctum/csrf-cookie`)
start(['--import', 'tsx', 'server/main.ts'], { PORT: String(port), PANEL_URL: `http://127.0.0.1:${panelPort}`, DIST: 'dist', LOG_LEVEL: 'silent' })
await waitFor(`http://127.0.0.1:${port}/`)
const base = `http://127.0.0.1:${port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
try {
  const c0 = await browser.newContext({ baseURL: base })
  const p0 = await c0.newPage()
  await p0.goto('/login')
  await p0.getByLabel('Username or email').fill('demo')
  await p0.getByLabel('Password', { exact: true }).fill('demo-password')
  await p0.getByRole('button', { name: 'Sign in' }).click()
  await p0.waitForURL((u) => u.pathname === '/')
  const state = await c0.storageState()
  const xsrf = state.cookies.find((c) => c.name === 'XSRF-TOKEN')
  const text = ('messages.key=Welcome back %player%, you have mail\n').repeat(80000).slice(0, 4*1024*1024)
  const r = await c0.request.post(`${base}/api/client/servers/1a7ce997/files/write?file=%2Fbig.properties`, { headers: { 'content-type': 'text/plain', 'x-xsrf-token': decodeURIComponent(xsrf.value), 'x-requested-with': 'XMLHttpRequest', accept: 'application/json' }, data: text })
  console.log('write', r.status())
  await c0.close()
  for (const file of [process.argv[2] ?? '/big.properties']) for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ storageState: state, baseURL: base })
    const page = await ctx.newPage()
    await page.goto(`/server/1a7ce997/files/edit#${file}`)
    await page.waitForFunction(() => document.querySelector('.cm-content')?.textContent.length > 10, null, { polling: 'raf', timeout: 30000 })
    const t = await page.evaluate(() => performance.now())
    const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, '').slice(0, 70), Math.round(e.startTime), Math.round(e.responseEnd)]))
    const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return [Math.round(n.responseEnd), Math.round(n.domContentLoadedEventEnd)] })
    console.log('--- shown at', Math.round(t), 'nav', nav)
    for (const e of entries) if (!e[0].includes('.woff')) console.log(e.join('  '))
    await ctx.close()
  }
} finally { await browser.close(); for (const p of procs) p.kill() }
