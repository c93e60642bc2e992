import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { DEMO, expect, signIn, test } from './test-kit'

// The Startup page (/server/:id/startup) in the built app against the demo panel, whose startup
// routes validate each variable with its egg's own Laravel rule string.

async function openStartup(page: Page) {
  await signIn(page, DEMO.user, DEMO.password)
  await page.getByRole('link', { name: 'Survival SMP' }).click()
  await page
    .getByRole('navigation', { name: 'Server sections' })
    .getByRole('link', { name: 'Startup' })
    .click()
  await expect(page).toHaveURL('/server/1a7ce997/startup')
  await expect(page.getByRole('heading', { name: 'Startup command' })).toBeVisible()
}

test('a boolean is set by its switch, and the panel keeps it', async ({ page }) => {
  await openStartup(page)
  const online = page.getByRole('switch', { name: 'Online Mode' })
  await expect(online).toHaveAttribute('aria-checked', 'true')
  // By keyboard: focus the switch and press Space.
  await online.focus()
  await page.keyboard.press('Space')
  await expect(online).toHaveAttribute('aria-checked', 'false')
  await expect(page.getByRole('group', { name: 'Online Mode' }).getByText('Saved')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Online Mode' })).toHaveAttribute(
    'aria-checked',
    'false',
  )
})

test("an out-of-range number gets the panel's message on the field, and the value stays", async ({
  page,
}) => {
  await openStartup(page)
  const players = page.getByRole('spinbutton', { name: 'Max Players' })
  await expect(players).toHaveAttribute('max', '100')
  await players.fill('250')
  await players.press('Enter')
  const group = page.getByRole('group', { name: 'Max Players' })
  await expect(group.getByText('The value must be between 1 and 100.')).toBeVisible()
  await expect(players).toHaveValue('250')
  await expect(players).toHaveAttribute('aria-invalid', 'true')
  // A value in range is accepted, and the message goes.
  await players.fill('64')
  await players.press('Tab')
  await expect(group.getByText('Saved')).toBeVisible()
  await expect(group.getByText('The value must be between 1 and 100.')).toHaveCount(0)
})

test('the startup page passes axe at 360 px in light and dark, without sideways scrolling', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 360, height: 780 })
  await openStartup(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.reload()
    await expect(page.getByRole('switch', { name: 'Online Mode' })).toBeVisible()
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
      `axe on startup (${scheme})`,
    ).toEqual([])
  }
})
