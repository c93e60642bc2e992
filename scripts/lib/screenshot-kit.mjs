// What every screenshot script (scripts/*screenshots.mjs; not tests: no assertions) does around its
// own pictures: a demo panel and Talon (port + 1 and port, Talon serving a build), Chromium, one
// pass per colour scheme × width in a fresh browser context, and the PNGs written under `out`, each
// path printed as it is written.
import { mkdirSync } from 'node:fs'

import { launchChromium } from './chromium.mjs'
import { startServers, stopAll, submitSignIn } from './servers.mjs'

/**
 * Resolves once no CSS transition is running (colour transitions, the progress bar); spinners and
 * pulses are frozen by the screenshot's `animations: 'disabled'`. (Runs in the page, hence the
 * browser globals; a string would be blocked by Talon's CSP.)
 */
export function cssTransitionsDone(page) {
  return page.waitForFunction(() =>
    /* global document, CSSTransition */
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  )
}

/**
 * Starts the servers and Chromium, runs `pass` once per scheme × width, and stops everything;
 * if anything fails it says so and exits with 1.
 *
 * Options: `name` (the prefix of what it prints), `port` (Talon's; the panel's is port + 1),
 * `dist` (the build Talon serves, dist), `panelOptions` (startDemoPanel's), `stdio` (the servers',
 * 'ignore'), `out` (the PNGs' directory), `schemes` (light, dark), `widths` (360, 1280),
 * `wideHeight` (the viewport's height from 640 px up, 900; 780 below), `initScript` (added to
 * every context: runs in each page before the app).
 *
 * `pass` gets `{ page, context, scheme, width, base, panel, file, save, signIn }`:
 * - `file(label)`: `${out}/${label}-${width}-${scheme}.png`;
 * - `save(path, { page, ...screenshot options })`: a screenshot of `page` (default: the pass's);
 * - `signIn(user, password)`: through the sign-in form (demo by default), until the dashboard.
 */
export async function takeScreenshots(
  {
    name,
    port,
    dist = 'dist',
    panelOptions,
    stdio = 'ignore',
    out,
    schemes = ['light', 'dark'],
    widths = [360, 1280],
    wideHeight = 900,
    initScript,
  },
  pass,
) {
  process.on('exit', stopAll)
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopAll()
      process.exit(1)
    })
  }
  try {
    const { base, panel } = await startServers({
      talonPort: port,
      panelPort: port + 1,
      dist,
      panelOptions,
      stdio,
    })
    mkdirSync(out, { recursive: true })
    const browser = await launchChromium()
    try {
      for (const scheme of schemes) {
        for (const width of widths) {
          const context = await browser.newContext({
            viewport: { width, height: width < 640 ? 780 : wideHeight },
            colorScheme: scheme,
            deviceScaleFactor: 1,
            baseURL: base,
          })
          if (initScript) await context.addInitScript(initScript)
          const page = await context.newPage()
          await pass({
            page,
            context,
            scheme,
            width,
            base,
            panel,
            file: (label) => `${out}/${label}-${width}-${scheme}.png`,
            save: async (path, { page: target = page, ...options } = {}) => {
              await target.screenshot({ path, ...options })
              console.log(`${name}:`, path)
            },
            signIn: async (user = 'demo', password = 'demo-password') => {
              await submitSignIn(page, base, user, password)
              await page.waitForURL(`${base}/`)
            },
          })
          await context.close()
        }
      }
    } finally {
      await browser.close()
    }
  } catch (error) {
    console.error(`${name}: failed:`, error)
    stopAll()
    process.exit(1)
  }
  stopAll()
}
