// `node scripts/screenshots.mjs`: every page at 360 and 1280 px, light and dark, into
// reports/screenshots/ (gitignored), plus docs/screenshot.png (the dashboard, 1280 px, light,
// signed in as demo) for the README. Starts its own demo panel and Talon server on 4290/4291
// and serves `dist/` (built first if missing; SCREENSHOT_DIST picks another build).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { cssTransitionsDone, takeScreenshots } from './lib/screenshot-kit.mjs'
import { submitSignIn } from './lib/servers.mjs'

const DIST = process.env.SCREENSHOT_DIST ?? 'dist'
const OUT = 'reports/screenshots'

const log = (...args) => console.log('screenshots:', ...args)

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

if (!existsSync(path.join(DIST, 'index.html'))) {
  log(`no build in ${DIST}/, running vite build`)
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST], {
    stdio: 'inherit',
  })
}
rmSync(OUT, { recursive: true, force: true })
mkdirSync('docs', { recursive: true })

await takeScreenshots(
  {
    name: 'screenshots',
    port: 4290,
    dist: DIST,
    panelOptions: { faults: true, adminServers: 250 },
    stdio: ['ignore', 'ignore', 'inherit'],
    out: OUT,
    wideHeight: 860,
  },
  async ({ page, context, scheme, width, base, panel, file, save, signIn }) => {
    const shoot = async (path, fullPage = true) => {
      await cssTransitionsDone(page)
      await save(path, { fullPage, animations: 'disabled' })
    }
    // Fresh seed per pass: same pictures every pass, and the panel's login throttle (10 a
    // minute) never trips on the three sign-ins each pass makes.
    await fetch(`${panel}/__demo/reset`, { method: 'POST' })

    await page.goto(`${base}/login`)
    await h1(page, 'Sign in')
    await shoot(file('login'))

    // The checkpoint follows the password for `secure`.
    await submitSignIn(page, base, 'secure', 'secure-password')
    await page.getByLabel('Authentication code').waitFor()
    await shoot(file('checkpoint'))
    await context.clearCookies()

    await signIn('demo', 'demo-password')
    for (const target of PAGES) {
      await page.goto(`${base}${target.url}`)
      await target.ready(page)
      await shoot(file(target.name))
      if (target.name === 'dashboard' && width === 1280 && scheme === 'light') {
        await shoot('docs/screenshot.png', false)
      }
    }

    // A dialog and, on a phone, the open menu.
    await page.goto(`${base}/account/api`)
    await page
      .getByRole('button', { name: /^Delete API key/ })
      .first()
      .click()
    await page.getByRole('dialog').waitFor()
    await shoot(file('dialog-delete-key'), false)
    await page.keyboard.press('Escape')
    if (width < 640) {
      await page.getByRole('button', { name: 'Menu' }).click()
      await page.getByRole('navigation', { name: 'Primary' }).waitFor()
      await shoot(file('menu-open'), false)
    }

    // The same pages for an account whose language is German (demo panel's `lena`): long
    // German words are where layouts break. Lena has no keys, so the empty states show too.
    await context.clearCookies()
    await signIn('lena', 'lena-password')
    for (const target of PAGES_DE) {
      await page.goto(`${base}${target.url}`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.waitForLoadState('networkidle')
      await shoot(file(`de-${target.name}`))
    }
  },
)
log(`done: ${OUT}/ and docs/screenshot.png`)
