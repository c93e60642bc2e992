import { DEMO, expect, signIn, test } from './test-kit'

// Temporary: screenshots of the backups page (not committed).
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`shots ${width} ${scheme}`, async ({ page, stack }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: width === 360 ? 780 : 900 })
      await signIn(page, DEMO.user, DEMO.password)
      await expect(page).toHaveURL('/')
      await page.goto('/server/1a7ce997/backups')
      await expect(page.getByText('2 of 5 backups used')).toBeVisible()
      await page.getByRole('button', { name: 'Create backup' }).click()
      const dialog = page.getByRole('dialog', { name: 'Create a backup' })
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Before the wipe')
      await dialog.getByRole('textbox', { name: 'Files to leave out' }).fill('logs/\n*.jar')
      await dialog.getByRole('checkbox', { name: 'Lock this backup' }).check()
      await page.screenshot({ path: `docs/screenshots/backups-create-${width}-${scheme}.png` })
      await dialog.getByRole('button', { name: 'Start backup' }).click()
      await expect(dialog).toBeHidden()
      await expect(page.getByRole('article', { name: 'Before the wipe' }).getByText('In progress')).toBeVisible()
      await page.mouse.move(0, 0)
      await page.screenshot({ path: `docs/screenshots/backups-${width}-${scheme}.png`, fullPage: true })
      await page.getByRole('button', { name: 'Restore Nightly' }).click()
      await page.getByRole('checkbox', { name: 'Delete all files on the server first' }).check()
      await page.getByRole('button', { name: 'Continue' }).click()
      await expect(page.getByRole('dialog', { name: 'Restore now?' })).toBeVisible()
      await page.screenshot({ path: `docs/screenshots/backups-restore-${width}-${scheme}.png` })
      void stack
    })
  }
}
