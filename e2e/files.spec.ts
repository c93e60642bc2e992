import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { DEMO, expect, signIn, test } from './test-kit'

// The file manager (/server/:id/files) in the built app, through Talon and its Wings relay,
// against the demo panel's files routes and the fake Wings' in-memory file tree.

async function openFiles(page: Page, hash = '') {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.getByRole('link', { name: 'Survival SMP' }).click()
  await page
    .getByRole('navigation', { name: 'Server sections' })
    .getByRole('link', { name: 'Files' })
    .click()
  await expect(page.getByRole('grid', { name: 'Contents of /' })).toBeVisible()
  if (hash) await page.goto(`/server/1a7ce997/files${hash}`)
}

test('browses by the URL hash: folders, breadcrumbs, Back and Forward', async ({ page }) => {
  await openFiles(page)
  const grid = page.getByRole('grid', { name: 'Contents of /' })
  await grid.getByRole('link', { name: 'plugins', exact: true }).click()
  await expect(page).toHaveURL('/server/1a7ce997/files#/plugins')
  await expect(page.getByRole('grid', { name: 'Contents of /plugins' })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('grid', { name: 'Contents of /' })).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('grid', { name: 'Contents of /plugins' })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Folder path' })
    .getByRole('link', { name: 'Server root' })
    .click()
  await expect(page.getByRole('grid', { name: 'Contents of /' })).toBeVisible()
})

test('the 10,000-file folder says so, scrolls to its last entry and filters', async ({ page }) => {
  await openFiles(page, '#/world/playerdata')
  await expect(page.getByText('10,000 items', { exact: true })).toBeVisible()
  const grid = page.getByRole('grid', { name: 'Contents of /world/playerdata' })
  await expect(grid).toHaveAttribute('aria-rowcount', '10001')
  await grid.focus()
  await page.keyboard.press('End')
  const last = grid.locator('[role=row][aria-rowindex="10001"]')
  await expect(last).toBeVisible()
  await expect(last).toHaveAttribute('data-active', 'true')
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('ff')
  await expect(page.getByText(/^[\d,]+ of 10,000 items$/)).toBeVisible()
})

test('a folder of three files dropped on the page is uploaded with its structure', async ({
  page,
}) => {
  await openFiles(page, '#/plugins')
  await expect(page.getByRole('grid', { name: 'Contents of /plugins' })).toBeVisible()
  // A real drop's entries, as Chromium hands them over (webkitGetAsEntry): a folder `kit` with
  // `a.yml`, `lang/en.yml` and `lang/de.yml`. Playwright cannot drag from the OS, so the drop
  // event carries entries built in the page with the same interface.
  await page.evaluate(() => {
    const file = (name: string, text: string) => {
      const f = new File([text], name, { type: 'text/yaml' })
      return { isFile: true, isDirectory: false, name, file: (ok: (f: File) => void) => ok(f) }
    }
    const dir = (name: string, children: unknown[]) => ({
      isFile: false,
      isDirectory: true,
      name,
      createReader: () => {
        let done = false
        return {
          // Like Chromium: the children in one batch, then an empty batch, asynchronously.
          readEntries: (ok: (entries: unknown[]) => void) => {
            const batch = done ? [] : children
            done = true
            setTimeout(() => ok(batch))
          },
        }
      },
    })
    const kit = dir('kit', [
      file('a.yml', 'a: 1\n'),
      dir('lang', [file('en.yml', 'hello: Hello\n'), file('de.yml', 'hello: Hallo\n')]),
    ])
    const dataTransfer = {
      types: ['Files'],
      items: [{ kind: 'file', webkitGetAsEntry: () => kit, getAsFile: () => null }],
      files: [],
      dropEffect: 'none',
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = new Event(type, { bubbles: true, cancelable: true })
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer })
      document.body.dispatchEvent(event)
    }
  })
  const uploads = page.getByRole('region', { name: /Uploads/ })
  await expect(uploads.getByText('3 of 3 uploaded')).toBeVisible()
  await page.getByRole('grid').getByRole('link', { name: 'kit', exact: true }).click()
  const kit = page.getByRole('grid', { name: 'Contents of /plugins/kit' })
  await expect(kit.getByRole('link', { name: 'a.yml' })).toBeVisible()
  await kit.getByRole('link', { name: 'lang', exact: true }).click()
  const lang = page.getByRole('grid', { name: 'Contents of /plugins/kit/lang' })
  await expect(lang.getByRole('link', { name: 'en.yml' })).toBeVisible()
  await expect(lang.getByRole('link', { name: 'de.yml' })).toBeVisible()
})

test('two files archived and the archive downloaded: tar lists them', async ({ page }) => {
  await openFiles(page)
  await page.getByRole('checkbox', { name: 'Select eula.txt' }).check()
  await page.getByRole('checkbox', { name: 'Select server.properties' }).check()
  const bulk = page.getByRole('toolbar', { name: 'Selected entries' })
  await expect(bulk.getByText('2 selected')).toBeVisible()
  await bulk.getByRole('button', { name: 'Archive' }).click()
  const created = page.getByText(/^Created (archive-.*\.tar\.gz)\.$/)
  await expect(created).toBeVisible()
  const name = /Created (.*)\.$/.exec((await created.innerText()) ?? '')?.[1] ?? ''
  await page.getByRole('button', { name: `Actions for ${name}` }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Download' }).click()
  const download = await downloading
  // The signed link never reaches the address bar.
  await expect(page).toHaveURL('/server/1a7ce997/files')
  const dir = mkdtempSync(path.join(tmpdir(), 'talon-files-'))
  try {
    const file = path.join(dir, name)
    await download.saveAs(file)
    const listed = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((entry) => entry.replace(/^\.\//, ''))
      .sort()
    expect(listed).toEqual(['eula.txt', 'server.properties'])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the files page, its row menu and a dialog pass axe at 360 and 1280 px, light and dark', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openFiles(page)
  const axe = async (what: string) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      ),
      what,
    ).toEqual([])
  }
  for (const width of [360, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 900 })
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/server/1a7ce997/files#/')
      await page.getByRole('checkbox', { name: 'Select eula.txt' }).check()
      await axe(`list with a selection (${width}, ${scheme})`)
      await page.getByRole('button', { name: 'Actions for eula.txt' }).click()
      await expect(page.getByRole('menu')).toBeVisible()
      await axe(`row menu (${width}, ${scheme})`)
      await page.getByRole('menuitem', { name: 'Permissions' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running'),
      )
      await axe(`permissions dialog (${width}, ${scheme})`)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toBeHidden()
      await page.getByRole('button', { name: 'Clear selection' }).click()
    }
  }
})

test('a pull from a URL runs as a job until the file is in the folder', async ({ page, clock }) => {
  await openFiles(page, '#/plugins')
  await page.getByRole('button', { name: 'Pull from URL' }).click()
  const dialog = page.getByRole('dialog', { name: 'Pull a file from a URL' })
  await expect(dialog.getByText(/shared by everyone on this server/)).toBeVisible()
  await dialog
    .getByRole('textbox', { name: 'URL' })
    .fill('https://example.com/dl/Chunky-1.4.28.jar')
  await dialog.getByRole('button', { name: 'Pull' }).click()
  const jobs = page.getByRole('region', { name: 'Running jobs' })
  await expect(jobs.getByText('The node is downloading Chunky-1.4.28.jar…')).toBeVisible()
  await expect(jobs.getByText(/watches this folder for up to 5 minutes/)).toBeVisible()
  // The fake Wings takes 2 s on the panel's clock; the page looks every 3 s on its own.
  await clock.advance(3_000)
  await expect(page.getByText('Chunky-1.4.28.jar has arrived.')).toBeVisible()
  await expect(page.getByRole('grid').getByText('Chunky-1.4.28.jar')).toBeVisible()
  await expect(jobs).toBeHidden()
})
