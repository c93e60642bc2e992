// Screenshots of the users and databases pages (not a test: no assertions). Starts the demo
// panel and Talon on E2E_PORT(+1), signs in as demo and opens the pages and their dialogs.
//   npm run build && E2E_PORT=9107 node scripts/users-db-screenshots.mjs [outDir]
import { setTimeout as sleep } from 'node:timers/promises'

import { takeScreenshots } from './lib/screenshot-kit.mjs'

await takeScreenshots(
  {
    name: 'users-db-screenshots',
    port: Number(process.env.E2E_PORT ?? 4230),
    panelOptions: { faults: true, adminServers: 20 },
    out: process.argv[2] ?? 'docs/screenshots',
  },
  async ({ page, file, save, signIn }) => {
    await signIn()
    const shoot = async (label, fullPage = true) => {
      await sleep(800)
      await save(file(label), { fullPage })
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
  },
)
