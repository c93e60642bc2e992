// Screenshots of the account settings section (not a test: no assertions) at 360 and 1280 px, light
// and dark. Starts a demo panel and Talon on E2E_PORT(+1), serving DIST (default dist/).
//   E2E_PORT=9108 node scripts/account-screenshots.mjs [outDir] [prefix]
// e.g. `node scripts/account-screenshots.mjs docs/screenshots settings` for the README's pictures.
import { cssTransitionsDone, takeScreenshots } from './lib/screenshot-kit.mjs'

const out = process.argv[2] ?? 'reports/account-screenshots'
const prefix = process.argv[3] ?? 'settings'

const PAGES = [
  { name: 'profile', url: '/account' },
  { name: 'api-keys', url: '/account/api' },
  { name: 'ssh-keys', url: '/account/ssh' },
  { name: 'activity', url: '/account/activity' },
]

await takeScreenshots(
  {
    name: 'account-screenshots',
    port: Number(process.env.E2E_PORT ?? 4240),
    dist: process.env.DIST ?? 'dist',
    panelOptions: { faults: true },
    stdio: ['ignore', 'ignore', 'inherit'],
    out,
    schemes: (process.env.SCHEMES ?? 'light,dark').split(','),
    wideHeight: 860,
  },
  async ({ page, width, scheme, base, panel, file, save, signIn }) => {
    const shoot = async (path, fullPage) => {
      await page.waitForLoadState('networkidle')
      await cssTransitionsDone(page)
      await save(path, { fullPage, animations: 'disabled' })
    }

    await fetch(`${panel}/__demo/reset`, { method: 'POST' })
    await signIn()
    for (const target of PAGES) {
      await page.goto(`${base}${target.url}`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      // The first screen is what the issue is about (what a visitor sees before scrolling).
      await shoot(file(`${prefix}-${target.name}`), false)
    }
    if (width < 640) {
      await page.goto(`${base}/account`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await shoot(`${out}/${prefix}-profile-${width}-${scheme}-full.png`, true)
    }
  },
)
