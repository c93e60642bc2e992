import AxeBuilder from '@axe-core/playwright'

import { DEMO, expect, signIn, test } from './test-kit'

// The users page against the demo panel: invite by e-mail (the panel creates the account and
// mails a set-password link, read from the demo mailbox at /__demo/mail), the friend signs in
// with it in a second browser context, and a permission change reaches their open console
// through Wings' token revocation.

const SERVER = '/server/1a7ce997'
const FRIEND = 'friend@example.net'

test('invite a friend with console-only access; revoking it takes away their command line', async ({
  page,
  browser,
  stack,
  baseURL,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto(`${SERVER}/users`)
  const list = page.getByRole('group', { name: 'Subusers' })
  await expect(list.getByText('oscar@example.org')).toBeVisible()
  await expect(list.getByText('tomas@example.org')).toBeVisible()

  await page.getByRole('button', { name: 'Invite someone' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invite someone' })
  // Said before sending: an unknown address becomes a new account.
  await expect(dialog.getByText(/the panel creates one and e-mails a link/)).toBeVisible()
  await dialog.getByLabel('E-mail address').fill(FRIEND)
  await dialog.getByRole('checkbox', { name: 'control.console' }).check()
  await expect(dialog.getByRole('checkbox', { name: 'All of Console and power' })).toHaveJSProperty(
    'indeterminate',
    true,
  )
  await dialog.getByRole('button', { name: 'Send invite' }).click()
  await expect(dialog).toBeHidden()
  await expect(list.getByText(FRIEND, { exact: true })).toBeVisible()
  await expect(list.getByRole('listitem').filter({ hasText: FRIEND })).toContainText('1 permission')

  // The friend's mail: "Setup Your Account" → the panel's reset path, opened on Talon.
  const mail = (await (await fetch(`${stack.panelUrl}/__demo/mail?to=${FRIEND}`)).json()) as {
    data: Array<{ subject: string; action: { url: string } | null }>
  }
  const created = mail.data.find((m) => m.subject === 'Account Created')
  expect(created?.action).not.toBeNull()
  const link = new URL(created?.action?.url ?? '')

  const friendContext = await browser.newContext({ baseURL })
  const friend = await friendContext.newPage()
  await friend.goto(`${link.pathname}${link.search}`)
  await friend.getByLabel('New password', { exact: true }).fill('friend-password')
  await friend.getByLabel('Repeat new password').fill('friend-password')
  await friend.getByRole('button', { name: 'Change password' }).click()
  await expect(friend).toHaveURL('/')
  await friend.getByRole('link', { name: 'Survival SMP' }).click()
  await expect(friend).toHaveURL(SERVER)
  await expect(friend.getByText('Console connection: Connected')).toBeVisible()
  // The console and nothing else: no other tabs, a command line, no power buttons.
  await expect(friend.getByRole('navigation', { name: 'Server sections' })).toHaveCount(0)
  const command = friend.getByRole('textbox', { name: 'Command' })
  await expect(command).toBeVisible()
  await expect(friend.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0)
  await command.fill('say hi from a friend')
  await command.press('Enter')
  await expect(friend.getByRole('log', { name: 'New console lines' })).toContainText(
    'hi from a friend',
  )

  // The owner takes the console away while the friend's console is open.
  await list.getByRole('button', { name: `Edit permissions of ${FRIEND}` }).click()
  const edit = page.getByRole('dialog', { name: `Permissions of ${FRIEND}` })
  await edit.getByRole('checkbox', { name: 'control.console' }).uncheck()
  await expect(edit.getByText('Nothing ticked: they can watch the console')).toBeVisible()
  await edit.getByRole('button', { name: 'Save permissions' }).click()
  await expect(edit).toBeHidden()
  await expect(list.getByRole('listitem').filter({ hasText: FRIEND })).toContainText(
    '0 permissions',
  )

  // Wings revokes the friend's token; Talon re-reads their permissions: the command line goes,
  // the console stays connected.
  await expect(command).toHaveCount(0)
  await expect(friend.getByText('Console connection: Connected')).toBeVisible()
  await friendContext.close()
})

test('the permission matrix: keyboard and whole groups; no Users tab without user keys', async ({
  page,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto(`${SERVER}/users`)
  const list = page.getByRole('group', { name: 'Subusers' })
  await list.getByRole('button', { name: 'Edit permissions of tomas@example.org' }).click()
  const edit = page.getByRole('dialog', { name: 'Permissions of tomas@example.org' })
  const backups = edit.getByRole('checkbox', { name: 'All of Backups' })
  await expect(backups).toHaveJSProperty('indeterminate', true)
  await backups.focus()
  await page.keyboard.press('Space')
  await expect(backups).toBeChecked()
  await expect(edit.getByRole('checkbox', { name: 'backup.restore' })).toBeChecked()
  await expect(edit.getByText('Danger: this allows the user to delete all')).toBeVisible()
  await edit.getByRole('button', { name: 'Save permissions' }).click()
  await expect(edit).toBeHidden()
  await expect(list.getByRole('listitem').filter({ hasText: 'tomas@example.org' })).toContainText(
    '6 permissions',
  )
  const scan = await new AxeBuilder({ page }).include('main').analyze()
  expect(scan.violations).toEqual([])

  // As a subuser on Mira's server (demo lacks user.*), the Users tab is not offered.
  await page.goto('/server/e6a19d08')
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0)
})
