import AxeBuilder from '@axe-core/playwright'

import { browserStorage, DEMO, expect, signIn, test } from './test-kit'

// The databases page against the demo panel: Survival SMP has one seeded database and a limit
// of two.

test('create a database, reveal and copy its password, rotate it, delete it by typing its name', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-write'])
  // Talon's Permissions-Policy refuses clipboard reads (rightly): keep what the page writes.
  await page.addInitScript(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard)
    navigator.clipboard.writeText = (text: string) => {
      ;(window as unknown as { copied?: string }).copied = text
      return write(text)
    }
  })
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/server/1a7ce997/databases')
  const list = page.getByRole('group', { name: 'Databases' })
  await expect(list.getByText('s1_luckperms', { exact: true })).toBeVisible()
  await expect(page.getByText('1 of 2 databases used')).toBeAttached()

  // Create: the rules are checked before sending.
  await page.getByRole('button', { name: 'New database' }).click()
  const create = page.getByRole('dialog', { name: 'New database' })
  await expect(create.getByText('The panel puts s1_ in front.')).toBeVisible()
  await create.getByLabel('Name').fill('my shop!')
  await create.getByLabel('Connections from').fill('192.168.1.%')
  await create.getByRole('button', { name: 'Create database' }).click()
  await expect(
    create.getByText('Only letters, digits, dashes (-) and underscores (_).'),
  ).toBeVisible()
  await create.getByLabel('Name').fill('shop')
  await create.getByRole('button', { name: 'Create database' }).click()

  // Straight into its details, with the password the panel handed back.
  const details = page.getByRole('dialog', { name: 'Database s1_shop' })
  await expect(details).toBeVisible()
  const password = details.getByLabel('Password', { exact: true })
  await expect(password).toHaveText(/^.{24}$/)
  const first = (await password.textContent()) ?? ''
  await details.getByRole('button', { name: 'Copy password' }).click()
  await expect(details.getByRole('button', { name: 'Copy password' })).toHaveText('Copied')
  expect(await page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(first)
  await expect(details.getByText(/^jdbc:mysql:\/\/u1_/)).toContainText(
    '@mysql.fra1.demo-panel.test:3306/s1_shop',
  )
  await details.getByRole('button', { name: 'Done' }).click()
  await expect(list.getByText('s1_shop', { exact: true })).toBeVisible()

  // At the limit: Create is disabled and says why.
  await expect(page.getByRole('button', { name: 'New database' })).toBeDisabled()
  await expect(page.getByText('reached its limit of 2 databases')).toBeVisible()

  // The password is never in storage, the address bar or the page once the dialog is gone.
  expect(await browserStorage(page)).not.toContain(first)
  expect(page.url()).not.toContain(first)
  await expect(page.getByText(first)).toHaveCount(0)

  // Reveal on request, then rotate with confirmation.
  await list.getByRole('button', { name: 'Details of s1_shop' }).click()
  await expect(details.getByText('Hidden')).toBeVisible()
  await details.getByRole('button', { name: 'Show password' }).click()
  await expect(password).toHaveText(first)
  await details.getByRole('button', { name: 'Rotate password' }).click()
  const rotate = page.getByRole('dialog', { name: 'Rotate the password of s1_shop?' })
  await rotate.getByRole('button', { name: 'Rotate password' }).click()
  await expect(rotate).toBeHidden()
  await expect(details.getByText('The password was changed.')).toBeVisible()
  await expect(password).toHaveText(/^.{24}$/)
  expect(await password.textContent()).not.toBe(first)
  await details.getByRole('button', { name: 'Done' }).click()

  // Delete by typing the name.
  await list.getByRole('button', { name: 'Delete s1_shop' }).click()
  const remove = page.getByRole('dialog', { name: 'Delete s1_shop?' })
  await remove.getByRole('button', { name: 'Delete database' }).click()
  await expect(remove.getByText('The name doesn’t match.')).toBeVisible()
  await remove.getByLabel('Type s1_shop to confirm').fill('s1_shop')
  await remove.getByRole('button', { name: 'Delete database' }).click()
  await expect(remove).toBeHidden()
  await expect(list.getByText('s1_shop', { exact: true })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'New database' })).toBeEnabled()

  const scan = await new AxeBuilder({ page }).include('main').analyze()
  expect(scan.violations).toEqual([])
})
