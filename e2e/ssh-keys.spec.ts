import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { DEMO, expect, signIn, test } from './test-kit'

const SSH_KEYGEN = '/usr/bin/ssh-keygen'

test('adds an ed25519 key from its .pub file, shows the ssh-keygen fingerprint, and removes it', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'talon-ssh-'))
  try {
    const keyPath = join(dir, 'k')
    execFileSync(SSH_KEYGEN, ['-q', '-t', 'ed25519', '-N', '', '-C', 'e2e@talon', '-f', keyPath])
    // "256 SHA256:… e2e@talon (ED25519)"
    const printed = execFileSync(SSH_KEYGEN, ['-lf', `${keyPath}.pub`], { encoding: 'utf8' })
    const fingerprint = printed.split(' ')[1] ?? ''
    expect(fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/)
    const publicLine = readFileSync(`${keyPath}.pub`, 'utf8').trim()

    await signIn(page, DEMO.user, DEMO.password)
    await expect(page).toHaveURL('/')
    await page.goto('/account/ssh')
    await expect(page.getByRole('heading', { level: 1, name: 'SSH keys' })).toBeVisible()

    // Pick the file from disk: it fills the key field and names the key from its comment.
    await page.getByLabel('.pub file to load').setInputFiles(`${keyPath}.pub`)
    await expect(page.getByLabel('Public key')).toHaveValue(publicLine)
    await expect(page.getByLabel('Name')).toHaveValue('e2e@talon')
    await page.getByLabel('Name').fill('E2E laptop')
    await page.getByRole('button', { name: 'Add SSH key' }).click()

    const row = page.getByRole('listitem').filter({ hasText: 'E2E laptop' })
    await expect(row.getByText(fingerprint, { exact: true })).toBeVisible()
    await expect(page.getByLabel('Public key')).toHaveValue('')

    // Adding it again: the panel's duplicate verdict lands on the field.
    await page.getByLabel('Name').fill('Again')
    await page.getByLabel('Public key').fill(publicLine)
    await page.getByRole('button', { name: 'Add SSH key' }).click()
    await expect(
      page.getByText('The public key provided already exists on your account.'),
    ).toBeVisible()

    // Still there after a reload, then removed after a confirmation naming it.
    await page.reload()
    await expect(row.getByText(fingerprint, { exact: true })).toBeVisible()
    await row.getByRole('button', { name: 'Remove SSH key “E2E laptop”' }).click()
    const confirm = page.getByRole('dialog', { name: 'Remove “E2E laptop”?' })
    await expect(confirm).toContainText(fingerprint)
    await confirm.getByRole('button', { name: 'Remove key' }).click()
    await expect(row).toHaveCount(0)
    await page.reload()
    await expect(page.getByText('MacBook Pro')).toBeVisible()
    await expect(page.getByText('E2E laptop')).toHaveCount(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('refuses a private key before sending it', async ({ page }) => {
  let posted = 0
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().endsWith('/api/client/account/ssh-keys')) posted++
  })
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account/ssh')
  await page.getByLabel('Name').fill('Oops')
  await page
    .getByLabel('Public key')
    .fill(
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n-----END OPENSSH PRIVATE KEY-----',
    )
  await page.getByRole('button', { name: 'Add SSH key' }).click()
  await expect(page.getByText(/^This is a private key\. Never paste or share/)).toBeVisible()
  expect(posted).toBe(0)
})
