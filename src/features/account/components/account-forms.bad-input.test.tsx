import { screen, within } from '@testing-library/react'

import { expectEachRefused, guardPage, HOSTILE_TEXT, MARKUP, setValue } from '@/test-kit/bad-input'

import { renderAccount } from '../test-kit'

// Hostile text in the email and password forms, against the demo panel. The new address is
// checked in the browser first; a wrong current password is the panel's verdict on its field.

const NOT_EMAILS = [
  ...HOSTILE_TEXT,
  ['markup in the local part', `${MARKUP}@example.com`],
  ['javascript: address', 'javascript:alert(1)@example.com'],
  ['two @', 'a@b@example.com'],
  ['no domain', 'demo@'],
  ['RTL override in domain', 'demo@exa\u202Emple.com'],
  ['overlong but well formed', `${'a'.repeat(200)}@example.com`],
] as const

function section(name: string) {
  const region = screen.getByRole('region', { name })
  return { region, q: within(region) }
}

describe('account forms: hostile input', { timeout: 60_000 }, () => {
  it(`email form refuses ${NOT_EMAILS.length} hostile addresses and ${HOSTILE_TEXT.length} hostile passwords`, async () => {
    const guard = guardPage()
    await renderAccount()
    const { region, q } = section('Email address')
    const email = q.getByLabelText('New email address')
    const password = q.getByLabelText('Current password')
    const submit = q.getByRole('button', { name: 'Change email' })
    const form = region.closest('form')!

    setValue(password, 'demo-password')
    const outcomes = await expectEachRefused(
      guard,
      form,
      submit,
      { email, password },
      email,
      NOT_EMAILS,
    )
    for (const o of outcomes) expect(Object.keys(o.fields)).toEqual(['email'])

    setValue(email, 'demo.hostile@example.com')
    const wrong = await expectEachRefused(
      guard,
      form,
      submit,
      { email, password },
      password,
      HOSTILE_TEXT,
    )
    for (const o of wrong) {
      expect(o.fields).toEqual({ password: 'The password provided was invalid for this account.' })
    }
    // Nothing changed on the panel: the profile still shows the old address.
    expect(
      within(screen.getByRole('region', { name: 'Account details' })).getByText('demo@example.com'),
    ).toBeInTheDocument()
  })

  it(`password form refuses ${HOSTILE_TEXT.length} hostile current passwords and mismatched new ones`, async () => {
    const guard = guardPage()
    await renderAccount('demo', '/account/security')
    const { region, q } = section('Password')
    const current = q.getByLabelText('Current password')
    const next = q.getByLabelText('New password')
    const confirm = q.getByLabelText('Confirm new password')
    const submit = q.getByRole('button', { name: 'Change password' })
    const form = region.closest('form')!
    const fields = { current, next, confirm }

    setValue(next, 'correct-horse-1')
    setValue(confirm, 'correct-horse-1')
    const wrong = await expectEachRefused(guard, form, submit, fields, current, HOSTILE_TEXT)
    for (const o of wrong) {
      expect(o.fields).toEqual({ current: 'The password provided was invalid for this account.' })
    }

    // Hostile new passwords that the confirmation does not match are stopped in the browser.
    setValue(current, 'demo-password')
    setValue(confirm, 'something-else-entirely')
    const mismatched = await expectEachRefused(guard, form, submit, fields, next, HOSTILE_TEXT)
    for (const o of mismatched) expect(o.fields.confirm ?? o.fields.next).toBeTruthy()
  })
})
