import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { browserStorage, DEMO, expect, signIn, test } from './test-kit'

// The file editor (issue 16) in the built app, through Talon and the demo panel's files double:
// Survival SMP's server.properties opened by its URL, changed, saved with Ctrl+S and read back
// after a reload; the question before unsaved edits are lost (in the app and on closing the tab);
// find and replace; a binary file refused and downloaded instead.

const SERVER = '1a7ce997'
const PROPERTIES = `/server/${SERVER}/files/edit#/server.properties`

async function openProperties(page: Page) {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto(PROPERTIES)
  const text = page.getByRole('textbox', { name: 'Contents of server.properties' })
  await expect(text).toContainText('max-players=40')
  return text
}

/** Puts the cursor at the end of the line that reads `line`, as a click and End would. */
async function endOfLine(page: Page, line: string) {
  await page.getByText(line, { exact: true }).click()
  await page.keyboard.press('End')
}

test('server.properties opened by its URL, changed, Ctrl+S, reloaded: the change is there', async ({
  page,
}) => {
  const text = await openProperties(page)
  await expect(page.getByRole('heading', { level: 2, name: 'server.properties' })).toBeVisible()

  await endOfLine(page, 'max-players=40')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('2')
  await expect(text).toContainText('max-players=42')
  await expect(page.getByText('Unsaved changes')).toBeVisible()

  const saved = page.waitForResponse(
    (r) => r.url().includes('/files/write') && r.request().method() === 'POST',
  )
  await page.keyboard.press('Control+s')
  expect((await saved).status()).toBe(204)
  await expect(page.getByText('Saved.')).toBeVisible()
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)

  await page.reload()
  await expect(text).toContainText('max-players=42')
  await expect(text).not.toContainText('max-players=40')
})

test('leaving with unsaved changes asks first: a link in the app, and closing the tab', async ({
  page,
}) => {
  await openProperties(page)
  await endOfLine(page, 'max-players=40')
  await page.keyboard.type('0')
  await expect(page.getByText('Unsaved changes')).toBeVisible()

  // A link inside the app: Talon's own question.
  const path = page.getByRole('navigation', { name: 'Path' })
  await path.getByRole('link', { name: 'Files' }).click()
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Stay' }).click()
  await expect(ask).toHaveCount(0)
  await expect(page).toHaveURL(PROPERTIES)
  await expect(page.getByRole('textbox', { name: 'Contents of server.properties' })).toContainText(
    'max-players=400',
  )

  // Closing the tab (or reloading): the browser's own "Leave site?" prompt.
  const prompt = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type())
      void dialog.dismiss()
    }),
  )
  await page.close({ runBeforeUnload: true })
  expect(await prompt).toBe('beforeunload')
  expect(page.isClosed()).toBe(false)

  await path.getByRole('link', { name: 'Files' }).click()
  await ask.getByRole('button', { name: 'Leave without saving' }).click()
  await expect(page).toHaveURL(`/server/${SERVER}/files`)
})

test('find and replace changes every match; the saved file has them', async ({ page }) => {
  const text = await openProperties(page)
  await page.getByRole('button', { name: 'Find and replace' }).click()
  await page.getByRole('textbox', { name: 'Find' }).fill('=false')
  await page.getByRole('textbox', { name: 'Replace', exact: true }).fill('=no')
  await page.getByRole('button', { name: 'replace all' }).click()
  await expect(text).not.toContainText('=false')
  await page.keyboard.press('Control+s')
  await expect(page.getByText('Saved.')).toBeVisible()
  await page.reload()
  await expect(text).toContainText('=no')
  await expect(text).not.toContainText('=false')
})

test('a binary file is refused with the reason and downloads instead; the link is kept nowhere', async ({
  page,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto(`/server/${SERVER}/files/edit#/plugins/Vault.jar`)
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText("This file isn't text")
  const download = page.waitForEvent('download')
  await refusal.getByRole('button', { name: 'Download' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Vault.jar')
  // Through Talon's relay (same origin), carrying the single-use Wings link.
  const link = new URL(file.url())
  expect(link.pathname).toBe('/_talon/wings/download')
  const signed = link.searchParams.get('u') ?? ''
  expect(signed.length).toBeGreaterThan(20)
  await expect(page).toHaveURL(`/server/${SERVER}/files/edit#/plugins/Vault.jar`)
  expect(await browserStorage(page)).not.toContain(signed)
})

test('the editor passes axe at 360 and 1280 px, light and dark, with the search panel open', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openProperties(page)
  await page.getByRole('button', { name: 'Find and replace' }).click()
  await expect(page.getByRole('textbox', { name: 'Find' })).toBeVisible()
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 })
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.waitForFunction(() =>
        document
          .getAnimations()
          .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
      )
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
        `axe on the editor at ${width} px (${scheme})`,
      ).toEqual([])
    }
  }
})
