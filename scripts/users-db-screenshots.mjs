// Screenshots of the users and databases pages (not a test: no assertions). Starts the demo
// panel and Talon on E2E_PORT(+1), signs in as demo and opens the pages and their dialogs.
//   npm run build && E2E_PORT=9107 node scripts/users-db-screenshots.mjs [outDir]
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
      const shoot = async (label, fullPage = true) => {
        await sleep(800)
        const path = `${out}/${label}-${width}-${scheme}.png`
        await page.screenshot({ path, fullPage })
        shots.push(path)
      }

      await page.goto('/server/1a7ce997/users')
      await page.getByText('oscar@example.org').waitFor()
      await shoot('users')
      await page.getByRole('button', { name: 'Edit permissions of oscar@example.org' }).click()
      await page.getByRole('checkbox', { name: 'file.sftp' }).waitFor()
      await shoot('users-edit', false)
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Invite someone' }).click()
      await page.getByLabel('E-mail address').fill('friend@example.net')
      await page.getByRole('checkbox', { name: 'control.console' }).check()
      await shoot('users-invite', false)
      await page.keyboard.press('Escape')

      await page.goto('/server/1a7ce997/databases')
      await page.getByText('s1_luckperms', { exact: true }).waitFor()
      await shoot('databases')
      await page.getByRole('button', { name: 'Details of s1_luckperms' }).click()
      await page.getByRole('button', { name: 'Show password' }).click()
      await page.getByRole('button', { name: 'Copy password' }).waitFor()
      await shoot('databases-details', false)
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'New database' }).click()
      await page.getByRole('textbox', { name: 'Name' }).fill('shop!')
      await page.getByRole('button', { name: 'Create database' }).click()
      await shoot('databases-create', false)
      await context.close()
    }
  }
} finally {
  await browser.close()
  for (const p of procs) p.kill()
}
console.log(shots.join('\n'))
