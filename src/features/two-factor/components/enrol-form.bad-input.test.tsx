import { fireEvent, screen, within } from '@testing-library/react'

import { expectEachRefused, guardPage, HOSTILE_TEXT, setValue } from '@/test-kit/bad-input'
import { totpCode } from '@/test-kit/render'

import { renderSection } from '../test-kit'

// Hostile codes and passwords in the 2FA enrol form (code + password), against the demo panel.
// Codes are checked in the browser; a wrong password is the panel's verdict on its field.

const NOT_CODES = [
  ...HOSTILE_TEXT,
  ['five digits', '12345'],
  ['Arabic-Indic digits', '١٢٣٤٥٦'],
  ['full-width digits', '１２３４５６'],
  ['code + markup', '123456<b>'],
] as const

describe('2FA enrol: hostile input', { timeout: 60_000 }, () => {
  it(`refuses ${NOT_CODES.length} non-codes and ${HOSTILE_TEXT.length} hostile passwords`, async () => {
    const guard = guardPage()
    await renderSection('demo')
    fireEvent.click(await screen.findByRole('button', { name: 'Set up' }))
    const dialog = await screen.findByRole('dialog', { name: 'Set up two-factor authentication' })
    const form = await within(dialog).findByRole('form', { name: 'Confirm two-factor setup' })
    const code = within(form).getByLabelText('Authentication code')
    const password = within(form).getByLabelText('Password', { selector: 'input' })
    const submit = within(form).getByRole('button', { name: 'Turn on' })
    const secret = (within(dialog).getByText(/^[A-Z2-7 ]{20,}$/).textContent ?? '').replace(
      /\s+/g,
      '',
    )

    setValue(password, 'demo-password')
    const codes = await expectEachRefused(guard, form, submit, { code, password }, code, NOT_CODES)
    for (const o of codes) expect(Object.keys(o.fields)).toEqual(['code'])

    const wrong = await expectEachRefused(
      guard,
      form,
      submit,
      { code, password },
      password,
      HOSTILE_TEXT,
      () => setValue(code, totpCode(secret)),
    )
    // Wrong password, or (whitespace only) the panel's "required": always on the password field.
    for (const o of wrong) expect(Object.keys(o.fields)).toEqual(['password'])
    expect(wrong[0]?.fields.password).toBe("That password isn't right.")
    expect(screen.queryByRole('dialog', { name: 'Save your recovery tokens' })).toBeNull()
  })
})
