/* global document, window -- these run in the page */
// Screenshots of the file manager (not a test: no assertions): the list of Survival SMP's root
// and an upload in progress, at 360 and 1280 px, light and dark. Starts the demo panel and Talon
// on E2E_PORT(+1) and serves dist/ (run `npm run build` first).
//   E2E_PORT=9102 node scripts/files-screenshots.mjs [outDir]
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

import { chromium } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 9102)
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
start('server/demo-panel/main.ts', { DEMO_PANEL_PORT: String(panelPort) })
await waitFor(`http://127.0.0.1:${panelPort}/sanctum/csrf-cookie`)
start('server/main.ts', {
  PORT: String(port),
  PANEL_URL: `http://127.0.0.1:${panelPort}`,
  DIST: 'dist',
})
await waitFor(`http://127.0.0.1:${port}/`)

/** Drops files on the page the way Chromium hands a drop over (see e2e/files.spec.ts). */
const dropFiles = (names) => {
  const entry = (name, size) => ({
    isFile: true,
    isDirectory: false,
    name,
    file: (ok) => ok(new File([new Uint8Array(size)], name)),
  })
  const data = {
    types: ['Files'],
    items: names.map(([name, size]) => ({
      kind: 'file',
      webkitGetAsEntry: () => entry(name, size),
      getAsFile: () => null,
    })),
    files: [],
  }
  for (const type of ['dragenter', 'dragover', 'drop']) {
    const event = new Event(type, { bubbles: true, cancelable: true })
    Object.defineProperty(event, 'dataTransfer', { value: data })
    document.body.dispatchEvent(event)
  }
}

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
      const name = (p) => `${out}/files-${p}-${width}-${scheme}.png`
      const shot = async (label) => {
        await sleep(800)
        await page.screenshot({ path: name(label) })
        shots.push(name(label))
      }

      await page.goto('/server/1a7ce997/files#/')
      await page.getByRole('grid').waitFor()
      await page.getByRole('checkbox', { name: 'Select eula.txt' }).check()
      await page.getByRole('checkbox', { name: 'Select server.properties' }).check()
      await page.evaluate(() => window.scrollTo(0, 0))
      await shot('list')

      await page.goto('/server/1a7ce997/files#/world/playerdata')
      await page.getByText('10,000 items').waitFor()
      await shot('big-folder')

      // Uploads held at the relay, so the queue shows files on their way and waiting.
      await page.route('**/_talon/wings/upload**', () => {})
      await page.goto('/server/1a7ce997/files#/plugins')
      await page.getByRole('grid').waitFor()
      await page.evaluate(dropFiles, [
        ['WorldEdit-7.3.9.jar', 3_400_000],
        ['LuckPerms-5.4.141.jar', 1_900_000],
        ['Vault-1.7.3.jar', 52_000],
        ['Chunky-1.4.28.jar', 310_000],
      ])
      await page.getByText('0 of 4 uploaded').waitFor()
      await page.getByRole('region', { name: /Uploads/ }).scrollIntoViewIfNeeded()
      await shot('upload')
      await context.close()
    }
  }
} finally {
  await browser.close()
  for (const p of procs) p.kill()
}
console.log(shots.join('\n'))
