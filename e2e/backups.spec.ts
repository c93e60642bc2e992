import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { DEMO, expect, signIn, test } from './test-kit'

// Backups end to end: the built app through Talon and its Wings relay, against the demo panel and
// its fake Wings, whose backups finish on the panel's clock and announce themselves on the socket.

/** server/demo-panel/backups/wings-backups.ts: BACKUP_MS, RESTORE_MS; stopping takes 3 s. */
const BACKUP_MS = 10_000
const RESTORE_MS = 4_000
const STOP_MS = 3_000

async function openBackups(page: Page) {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.getByRole('link', { name: 'Survival SMP' }).click()
  await expect(page.getByText('Console connection: Connected')).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Server sections' })
    .getByRole('link', { name: 'Backups' })
    .click()
  await expect(page).toHaveURL('/server/1a7ce997/backups')
  await expect(page.getByText('2 of 5 backups used')).toBeVisible()
}

async function createBackup(page: Page, name: string) {
  await page.getByRole('button', { name: 'Create backup' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create a backup' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByRole('button', { name: 'Start backup' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('article', { name })
  await expect(row.getByText('In progress')).toBeVisible()
  return row
}

test('a new backup runs, finishes on its own, and downloads through the relay', async ({
  page,
  clock,
}) => {
  await openBackups(page)
  const row = await createBackup(page, 'Before the wipe')
  await expect(page.getByText('3 of 5 backups used')).toBeVisible()

  // Wings writes the archive on the panel's clock; the row follows its socket, no reload.
  await clock.advance(BACKUP_MS)
  await expect(row.getByText('Completed')).toBeVisible()
  const sha1 = (await row.getByText(/^[0-9a-f]{40}$/).textContent()) ?? ''
  await expect(row.getByText(/^\d+(\.\d)? (kB|MB)$/)).toBeVisible()

  const downloading = page.waitForEvent('download')
  await row.getByRole('button', { name: 'Download Before the wipe' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^[0-9a-f-]{36}\.tar\.gz$/)
  const data = await readFile((await download.path()) ?? '')
  expect(createHash('sha1').update(data).digest('hex')).toBe(sha1)
  // The signed link went through Talon's relay, and nowhere else.
  expect(new URL(download.url()).pathname).toBe('/_talon/wings/download')
})

test('a backup that fails on the node is marked failed at once', async ({ page, panel, stack }) => {
  await openBackups(page)
  // The node's disk fills up while the next archive is written (the double's control route).
  const armed = await fetch(`${stack.panelUrl}/__demo/wings/backup-failure`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ server: '1a7ce997' }),
  })
  expect(armed.status).toBe(204)
  const row = await createBackup(page, 'Doomed')
  // From here no list request may answer (they are held), and only the panel's clock moves: the
  // change can only come from Wings' `backup completed` on the socket.
  const held: Array<() => void> = []
  await page.route(
    (url) => url.pathname === '/api/client/servers/1a7ce997/backups',
    (route) => void held.push(() => void route.continue()),
  )
  await panel.advance(BACKUP_MS)
  await expect(row.getByText('Failed', { exact: true })).toBeVisible()
  await expect(row.getByText(/couldn't finish this backup/)).toBeVisible()
  await expect(page.getByText('2 of 5 backups used')).toBeVisible()
  await expect(row.getByRole('button', { name: 'Download Doomed' })).toHaveCount(0)
  for (const release of held) release()
  await page.unrouteAll()
})

test('a restore asks twice, then the server goes through restoring and back', async ({
  page,
  clock,
}) => {
  await openBackups(page)
  await page.getByRole('button', { name: 'Restore Nightly' }).click()
  const first = page.getByRole('dialog', { name: 'Restore “Nightly”?' })
  await first.getByRole('checkbox', { name: 'Delete all files on the server first' }).check()
  await first.getByRole('button', { name: 'Continue' }).click()
  const second = page.getByRole('dialog', { name: 'Restore now?' })
  await expect(second).toContainText('ALL its current files deleted')
  await second.getByRole('button', { name: 'Delete files and restore' }).click()

  await expect(page.getByRole('heading', { name: 'A backup is being restored' })).toBeVisible()
  // The game stops first, then Wings restores; the shell looks again every 10 s.
  await clock.advance(STOP_MS + RESTORE_MS)
  await clock.advance(10_000)
  await expect(page.getByRole('heading', { name: 'A backup is being restored' })).toBeHidden()
  await expect(page.getByRole('article', { name: 'Nightly' })).toBeVisible()
  const header = page.getByRole('main').locator('header')
  await expect(header.getByText('Offline', { exact: true })).toBeVisible()
})

async function expectNoAxeViolations(page: Page, what: string) {
  // A hovered primary button is a lighter shade (the design system's hover, not this page).
  await page.mouse.move(0, 0)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  )
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
    ),
    what,
  ).toEqual([])
}

test('the backups page and its dialogs pass axe at 360 px in light and dark', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 360, height: 780 })
  await openBackups(page)
  await createBackup(page, 'Running one')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectNoAxeViolations(page, `list (${scheme})`)
    await page.getByRole('button', { name: 'Restore Nightly' }).click()
    await expect(page.getByRole('dialog', { name: 'Restore “Nightly”?' })).toBeVisible()
    await expectNoAxeViolations(page, `restore dialog (${scheme})`)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Create backup' }).click()
    await expect(page.getByRole('dialog', { name: 'Create a backup' })).toBeVisible()
    await expectNoAxeViolations(page, `create dialog (${scheme})`)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
  }
})
