// Screenshots of the file editor (not a test: no assertions). Starts the demo panel and Talon on
// E2E_PORT(+1), signs in as demo and opens Survival SMP's server.properties with one unsaved edit
// (the dirty marker) and the search panel open, at 360 and 1280 px, light and dark; plus a
// refused binary file at 1280 light. Build first (`npm run build`).
//   E2E_PORT=9103 node scripts/editor-screenshots.mjs [outDir]
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

import { chromium } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 4230)
const panelPort = port + 1
const out = process.argv[2] ?? 'docs/screenshots'
const procs = []
function start(cmd, env) {
  const p = spawn('node', ['--import', 'tsx', cmd], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  })
  procs.push(p)
}
async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(url)
      if (r.status < 500) return
    } catch {
      // not up yet
    }
    await sleep(500)
  }
  throw new Error(`timeout ${url}`)
}
start('server/demo-panel/main.ts', {
  DEMO_PANEL_PORT: String(panelPort),
  DEMO_PANEL_FAULTS: '1',
  DEMO_SERVERS: '20',
})
await waitFor(`http://127.0.0.1:${panelPort}/sanctum/csrf-cookie`)
start('server/main.ts', {
  PORT: String(port),
  PANEL_URL: `http://127.0.0.1:${panelPort}`,
  DIST: 'dist',
})
await waitFor(`http://127.0.0.1:${port}/`)

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const shots = []
try {
  for (const scheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({
        viewport: { width, height: width === 360 ? 780 : 900 },
        colorScheme: scheme,
        baseURL: `http://127.0.0.1:${port}`,
      })
      const page = await context.newPage()
      await page.goto('/login')
      await page.getByLabel('Username or email').fill('demo')
      await page.getByLabel('Password', { exact: true }).fill('demo-password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.waitForURL((u) => u.pathname === '/')

      await page.goto('/server/1a7ce997/files/edit#/server.properties')
      // Replace through the search panel: it also scrolls the line into view (CodeMirror renders
      // only the lines on screen). Nothing is saved, so every shot starts from the same file.
      await page.getByRole('button', { name: 'Find and replace' }).click()
      await page.getByRole('textbox', { name: 'Find' }).fill('max-players=40')
      await page.getByRole('textbox', { name: 'Replace', exact: true }).fill('max-players=42')
      await page.getByRole('button', { name: 'replace all' }).click()
      await page.getByRole('textbox', { name: 'Find' }).fill('max-players')
      await page.getByText('Unsaved changes').waitFor()
      await sleep(800)
      const file = `${out}/editor-${width}-${scheme}.png`
      await page.screenshot({ path: file, fullPage: width === 360 })
      shots.push(file)

      if (width === 1280 && scheme === 'light') {
        const other = await context.newPage()
        await other.goto('/server/1a7ce997/files/edit#/plugins/Vault.jar')
        await other.getByRole('alert').waitFor()
        await sleep(500)
        const refused = `${out}/editor-refused-${width}-${scheme}.png`
        await other.screenshot({ path: refused })
        shots.push(refused)
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
  for (const p of procs) p.kill()
}
console.log(shots.join('\n'))
