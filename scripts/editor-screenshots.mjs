// Screenshots of the file editor (not a test: no assertions). Starts the demo panel and Talon on
// E2E_PORT(+1), signs in as demo and opens Survival SMP's server.properties with one unsaved edit
// (the dirty marker) and the search panel open, at 360 and 1280 px, light and dark; plus a
// refused binary file at 1280 light. Build first (`npm run build`).
//   E2E_PORT=9103 node scripts/editor-screenshots.mjs [outDir]
import { setTimeout as sleep } from 'node:timers/promises'

import { takeScreenshots } from './lib/screenshot-kit.mjs'

await takeScreenshots(
  {
    name: 'editor-screenshots',
    port: Number(process.env.E2E_PORT ?? 4230),
    panelOptions: { faults: true, adminServers: 20 },
    out: process.argv[2] ?? 'docs/screenshots',
  },
  async ({ page, context, scheme, width, file, save, signIn }) => {
    await signIn()

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
    await save(file('editor'), { fullPage: width === 360 })

    if (width === 1280 && scheme === 'light') {
      const other = await context.newPage()
      await other.goto('/server/1a7ce997/files/edit#/plugins/Vault.jar')
      await other.getByRole('alert').waitFor()
      await sleep(500)
      await save(file('editor-refused'), { page: other })
    }
  },
)
