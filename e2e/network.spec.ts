import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { DEMO, expect, signIn, test } from './test-kit'

// The Network page (/server/:id/network) in the built app against the demo panel's allocation
// routes (Survival SMP has client allocations on, with a port range; the others do not).

async function openNetwork(page: Page) {
  await signIn(page, DEMO.user, DEMO.password)
  await page.getByRole('link', { name: 'Survival SMP' }).click()
  await page
    .getByRole('navigation', { name: 'Server sections' })
    .getByRole('link', { name: 'Network' })
    .click()
  await expect(page).toHaveURL('/server/1a7ce997/network')
  await expect(page.getByText('2 of 3 allocations used')).toBeVisible()
}

test('a note is added to an allocation inline, and the panel keeps it', async ({ page }) => {
  await openNetwork(page)
  const notes = page.getByRole('textbox', { name: 'Notes for 198.51.100.11:25575' })
  await notes.fill('Main game port')
  await notes.press('Enter')
  await expect(page.getByRole('img', { name: 'Note saved' })).toBeVisible()
  // Escape throws away an edit that was not saved.
  await notes.fill('Something else')
  await notes.press('Escape')
  await expect(notes).toHaveValue('Main game port')
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Notes for 198.51.100.11:25575' })).toHaveValue(
    'Main game port',
  )
})

test('another allocation is made primary; the old one can then be removed', async ({ page }) => {
  await openNetwork(page)
  const list = page.getByRole('group', { name: 'Allocations' })
  await page
    .getByRole('button', { name: 'Make 198.51.100.11:25576 the primary allocation' })
    .click()
  const second = list.getByRole('listitem').filter({ hasText: '198.51.100.11:25576' })
  await expect(second.getByText('Primary', { exact: true })).toBeVisible()
  await expect(page.getByText(/Restart the server/)).toBeVisible()
  // The header follows the new primary address.
  await expect(page.getByRole('main').locator('header')).toContainText('198.51.100.11:25576')

  await page.getByRole('button', { name: 'Remove 198.51.100.11:25575' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove 198.51.100.11:25575?' })
  await dialog.getByRole('button', { name: 'Remove' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(page.getByText('1 of 3 allocations used')).toBeVisible()
})

test('adding explains a panel that does not hand out ports', async ({ page }) => {
  await signIn(page, DEMO.user, DEMO.password)
  await page.goto('/server/b3f2c8d1/network')
  await page.getByRole('button', { name: 'Add allocation' }).click()
  await expect(page.getByText('Your host assigns ports by hand')).toBeVisible()
})

test('the network page passes axe at 360 px in light and dark, without sideways scrolling', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 360, height: 780 })
  await openNetwork(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.reload()
    await expect(page.getByText('2 of 3 allocations used')).toBeVisible()
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
    )
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      ),
      `axe on network (${scheme})`,
    ).toEqual([])
  }
})
