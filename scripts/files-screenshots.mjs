/* global document, window -- these run in the page */
// Screenshots of the file manager (not a test: no assertions): the list of Survival SMP's root
// and an upload in progress, at 360 and 1280 px, light and dark. Starts the demo panel and Talon
// on E2E_PORT(+1) and serves dist/ (run `npm run build` first).
//   E2E_PORT=9102 node scripts/files-screenshots.mjs [outDir]
import { setTimeout as sleep } from 'node:timers/promises'

import { takeScreenshots } from './lib/screenshot-kit.mjs'

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

await takeScreenshots(
  {
    name: 'files-screenshots',
    port: Number(process.env.E2E_PORT ?? 9102),
    out: process.argv[2] ?? 'docs/screenshots',
  },
  async ({ page, file, save, signIn }) => {
    await signIn()
    const shot = async (label) => {
      await sleep(800)
      await save(file(`files-${label}`))
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
  },
)
