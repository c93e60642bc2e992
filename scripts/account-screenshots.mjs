// Screenshots of the account settings section (not a test: no assertions) at 360 and 1280 px, light
// and dark. Starts a demo panel and Talon on E2E_PORT(+1), serving DIST (default dist/).
//   E2E_PORT=9108 node scripts/account-screenshots.mjs [outDir] [prefix]
// e.g. `node scripts/account-screenshots.mjs docs/screenshots settings` for the README's pictures.
import { mkdirSync } from 'node:fs'

import { chromium } from '@playwright/test'

import { startServers, stopAll, submitSignIn } from './lib/servers.mjs'

const port = Number(process.env.E2E_PORT ?? 4240)
const out = process.argv[2] ?? 'reports/account-screenshots'
const prefix = process.argv[3] ?? 'settings'
const dist = process.env.DIST ?? 'dist'
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',')
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

process.on('exit', stopAll)

const PAGES = [
  { name: 'profile', url: '/account' },
  { name: 'api-keys', url: '/account/api' },
  { name: 'ssh-keys', url: '/account/ssh' },
  { name: 'activity', url: '/account/activity' },
]

async function shoot(page, file, fullPage) {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() =>
    /* global document, CSSTransition */
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  )
  await page.screenshot({ path: file, fullPage, animations: 'disabled' })
  console.log('account-screenshots:', file)
}

async function main() {
  const { base, panel } = await startServers({
    talonPort: port,
    panelPort: port + 1,
    dist,
    panelOptions: { faults: true },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  mkdirSync(out, { recursive: true })
  const browser = await chromium.launch({ executablePath: CHROME_PATH })
  try {
    for (const scheme of schemes) {
      for (const width of [360, 1280]) {
        const context = await browser.newContext({
          viewport: { width, height: width < 640 ? 780 : 860 },
          colorScheme: scheme,
          deviceScaleFactor: 1,
        })
        const page = await context.newPage()
        await fetch(`${panel}/__demo/reset`, { method: 'POST' })
        await submitSignIn(page, base, 'demo', 'demo-password')
        await page.waitForURL(`${base}/`)
        for (const target of PAGES) {
          await page.goto(`${base}${target.url}`)
          await page.getByRole('heading', { level: 1 }).waitFor()
          // The first screen is what the issue is about (what a visitor sees before scrolling).
          await shoot(page, `${out}/${prefix}-${target.name}-${width}-${scheme}.png`, false)
        }
        if (width < 640) {
          await page.goto(`${base}/account`)
          await page.getByRole('heading', { level: 1 }).waitFor()
          await shoot(page, `${out}/${prefix}-profile-${width}-${scheme}-full.png`, true)
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    stopAll()
  }
}

main().catch((error) => {
  console.error('account-screenshots: failed:', error)
  stopAll()
  process.exit(1)
})
