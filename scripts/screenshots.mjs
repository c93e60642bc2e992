// `node scripts/screenshots.mjs`: every page at 360 and 1280 px, light and dark, into
// reports/screenshots/ (gitignored), plus docs/screenshot.png (the dashboard, 1280 px, light,
// signed in as demo) for the README. Starts its own demo panel and Talon server on 4290/4291
// and serves `dist/` (built first if missing; SCREENSHOT_DIST picks another build).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'

import { startServers, stopAll, submitSignIn } from './lib/servers.mjs'

const TALON_PORT = 4290
const PANEL_PORT = 4291
const BASE = `http://127.0.0.1:${TALON_PORT}`
const PANEL = `http://127.0.0.1:${PANEL_PORT}`
const DIST = process.env.SCREENSHOT_DIST ?? 'dist'
const OUT = 'reports/screenshots'
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const WIDTHS = [360, 1280]
const SCHEMES = ['light', 'dark']

const log = (...args) => console.log('screenshots:', ...args)

process.on('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll()
    process.exit(1)
  })
}

/** Signs in through the login form (the checkpoint follows for `secure`). */
const signIn = (page, user, password) => submitSignIn(page, BASE, user, password)

const h1 = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor()

/** The signed-in pages and what "finished loading" looks like on each. */
const PAGES = [
  {
    name: 'dashboard',
    url: '/',
    // Live stats arrive a moment after the list: wait for the meters.
    ready: (page) => page.getByRole('meter').first().waitFor({ timeout: 20_000 }),
  },
  { name: 'account', url: '/account', ready: (page) => h1(page, 'Account') },
  {
    name: 'api-keys',
    url: '/account/api',
    ready: (page) => page.getByText('3 / 25', { exact: true }).waitFor(),
  },
  {
    name: 'ssh-keys',
    url: '/account/ssh',
    ready: (page) => page.getByText('MacBook Pro').waitFor(),
  },
  {
    name: 'activity',
    url: '/account/activity',
    ready: (page) => page.getByRole('listitem').first().waitFor(),
  },
  { name: 'not-found', url: '/no-such-page', ready: (page) => h1(page, /not found/i) },
]

/** Pages shot again in German; names as in PAGES. */
const PAGES_DE = PAGES.filter((target) => target.name !== 'not-found')

async function shoot(page, file, fullPage = true) {
  // Let colour transitions and the progress bar settle; spinners/pulses are frozen by Playwright.
  // (Runs in the page, hence the browser globals; a string would be blocked by Talon's CSP.)
  await page.waitForFunction(() =>
    /* global document, CSSTransition */
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  )
  await page.screenshot({ path: file, fullPage, animations: 'disabled' })
  log(file)
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    log(`no build in ${DIST}/, running vite build`)
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST], {
      stdio: 'inherit',
    })
  }
  await startServers({
    talonPort: TALON_PORT,
    panelPort: PANEL_PORT,
    dist: DIST,
    panelOptions: { faults: true, adminServers: 250 },
    stdio: ['ignore', 'ignore', 'inherit'],
  })

  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  mkdirSync('docs', { recursive: true })

  const browser = await chromium.launch({ executablePath: CHROME_PATH })
  try {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({
          viewport: { width, height: width < 640 ? 780 : 860 },
          colorScheme: scheme,
          deviceScaleFactor: 1,
        })
        const page = await context.newPage()
        // Fresh seed per pass: same pictures every pass, and the panel's login throttle (10 a
        // minute) never trips on the three sign-ins each pass makes.
        await fetch(`${PANEL}/__demo/reset`, { method: 'POST' })
        const file = (name) => `${OUT}/${name}-${width}-${scheme}.png`

        await page.goto(`${BASE}/login`)
        await h1(page, 'Sign in')
        await shoot(page, file('login'))

        await signIn(page, 'secure', 'secure-password')
        await page.getByLabel('Authentication code').waitFor()
        await shoot(page, file('checkpoint'))
        await context.clearCookies()

        await signIn(page, 'demo', 'demo-password')
        await page.waitForURL(`${BASE}/`)
        for (const target of PAGES) {
          await page.goto(`${BASE}${target.url}`)
          await target.ready(page)
          await shoot(page, file(target.name))
          if (target.name === 'dashboard' && width === 1280 && scheme === 'light') {
            await shoot(page, 'docs/screenshot.png', false)
          }
        }

        // A dialog and, on a phone, the open menu.
        await page.goto(`${BASE}/account/api`)
        await page
          .getByRole('button', { name: /^Delete API key/ })
          .first()
          .click()
        await page.getByRole('dialog').waitFor()
        await shoot(page, file('dialog-delete-key'), false)
        await page.keyboard.press('Escape')
        if (width < 640) {
          await page.getByRole('button', { name: 'Menu' }).click()
          await page.getByRole('navigation', { name: 'Primary' }).waitFor()
          await shoot(page, file('menu-open'), false)
        }

        // The same pages for an account whose language is German (demo panel's `lena`): long
        // German words are where layouts break. Lena has no keys, so the empty states show too.
        await context.clearCookies()
        await signIn(page, 'lena', 'lena-password')
        await page.waitForURL(`${BASE}/`)
        for (const target of PAGES_DE) {
          await page.goto(`${BASE}${target.url}`)
          await page.getByRole('heading', { level: 1 }).waitFor()
          await page.waitForLoadState('networkidle')
          await shoot(page, file(`de-${target.name}`))
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    stopAll()
  }
  log(`done: ${OUT}/ and docs/screenshot.png`)
}

main().catch((error) => {
  console.error('screenshots: failed:', error)
  stopAll()
  process.exit(1)
})
