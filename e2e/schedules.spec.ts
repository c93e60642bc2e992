import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { DEMO, expect, signIn, test } from './test-kit'

// Schedules on Survival SMP, through Talon against the demo panel: its schedule routes and the
// runner that sends a command task to the fake Wings' game process, which the console shows.

test('a schedule "daily at 04:00": cron fields, sentence and next runs; a command task run now reaches the console', async ({
  page,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  await page.goto('/server/1a7ce997/schedules')
  await expect(page.getByRole('listitem').filter({ hasText: 'Weekly restart' })).toBeVisible()

  await page.getByRole('button', { name: 'New schedule' }).click()
  const dialog = page.getByRole('dialog', { name: 'New schedule' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Morning save')
  await dialog.getByRole('combobox', { name: 'When' }).selectOption('daily')
  await dialog.getByLabel('At', { exact: true }).fill('04:00')

  // The five fields follow the preset, with the sentence and the next five runs.
  await expect(dialog.getByRole('textbox', { name: 'Minute', exact: true })).toHaveValue('0')
  await expect(dialog.getByRole('textbox', { name: 'Hour', exact: true })).toHaveValue('4')
  await expect(dialog.getByRole('textbox', { name: 'Day of month' })).toHaveValue('*')
  await expect(dialog.getByRole('textbox', { name: 'Month', exact: true })).toHaveValue('*')
  await expect(dialog.getByRole('textbox', { name: 'Day of week' })).toHaveValue('*')
  const preview = dialog.getByRole('region', { name: 'What this means' })
  await expect(preview.getByText('At 04:00', { exact: true })).toBeVisible()
  const runs = preview.getByRole('row')
  await expect(runs).toHaveCount(6) // the header and five runs
  await expect(runs.nth(1).getByRole('cell').first()).toContainText('04:00')

  await dialog.getByRole('button', { name: 'Create schedule' }).click()
  await expect(page).toHaveURL(/\/server\/1a7ce997\/schedules\/\d+$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Morning save' })).toBeVisible()
  await expect(page.getByText('0 4 * * *')).toBeVisible()

  await page.getByRole('button', { name: 'Add task' }).click()
  const taskDialog = page.getByRole('dialog', { name: 'Add a task' })
  await taskDialog.getByRole('textbox', { name: 'Command' }).fill('say Scheduled hello')
  await taskDialog.getByRole('button', { name: 'Add task' }).click()
  await expect(taskDialog).toBeHidden()
  const tasks = page.getByRole('list', { name: 'Tasks in run order' })
  await expect(tasks.getByRole('listitem')).toHaveCount(1)
  await expect(tasks).toContainText('say Scheduled hello')

  await page.getByRole('button', { name: 'Run now' }).click()
  await expect(page.getByText('Started: the first task has run')).toBeVisible()

  await page.getByRole('link', { name: 'Console' }).click()
  await expect(page.getByText('Console connection: Connected')).toBeVisible()
  await expect(page.getByRole('log', { name: 'New console lines' })).toContainText(
    '[Server] Scheduled hello',
  )
})

test('an invalid cron field is marked before the panel is asked; a fixed edit saves', async ({
  page,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  await page.goto('/server/1a7ce997/schedules')
  await page.getByRole('link', { name: 'Weekly restart' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Weekly restart' })).toBeVisible()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit schedule' })
  await dialog.getByRole('textbox', { name: 'Hour', exact: true }).fill('25')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText('Not a valid value for this field.')).toBeVisible()
  await expect(dialog.getByText('Fix the marked fields to see when it runs.')).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Hour', exact: true }).fill('6')
  await expect(dialog.getByRole('combobox', { name: 'When' })).toHaveValue('weekly')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('0 6 * * 0')).toBeVisible()
})

async function expectNoAxeViolations(page: Page, what: string) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  )
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    what,
  ).toEqual([])
}

test('the schedule pages and the form pass axe at 360 px in light and dark', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 360, height: 780 })
  await signIn(page, DEMO.user, DEMO.password)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/server/1a7ce997/schedules')
    await expect(page.getByRole('link', { name: 'Hourly announcement' })).toBeVisible()
    await expectNoAxeViolations(page, `list (${scheme})`)
    await page.getByRole('button', { name: 'New schedule' }).click()
    await expect(page.getByRole('region', { name: 'What this means' })).toBeVisible()
    await expectNoAxeViolations(page, `form (${scheme})`)
    await page.keyboard.press('Escape')
    await page.getByRole('link', { name: 'Weekly restart' }).click()
    await expect(page.getByRole('list', { name: 'Tasks in run order' })).toBeVisible()
    await expectNoAxeViolations(page, `detail (${scheme})`)
  }
})
