import { fireEvent, screen } from '@testing-library/react'

import { expectEachRefused, guardPage, HOSTILE_TEXT, setValue } from '@/test-kit/bad-input'
import { resetDemoPanel } from '@/test-kit/msw'
import { demoUsers, renderApp } from '@/test-kit/render'

// Hostile 2FA codes and recovery tokens on the checkpoint. Codes are checked in the browser;
// recovery tokens go to the panel, which locks out after 5 failures a minute (so its clock moves
// 16 s per attempt, keeping well inside the pending login's 5 minutes).

const NOT_CODES = [
  ...HOSTILE_TEXT,
  ['five digits', '12345'],
  ['seven digits', '1234567'],
  ['Arabic-Indic digits', '١٢٣٤٥٦'],
  ['full-width digits', '１２３４５６'],
  ['negative', '-12345'],
  ['exponent', '1e5555'],
] as const

async function renderCheckpoint() {
  let now = Date.now()
  resetDemoPanel({ now: () => now })
  const utils = await renderApp({ route: '/login' })
  await screen.findByRole('heading', { name: 'Sign in' })
  setValue(screen.getByLabelText('Username or email'), demoUsers.secure.username)
  setValue(screen.getByLabelText('Password', { selector: 'input' }), demoUsers.secure.password)
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
  await screen.findByRole('heading', { name: 'Two-factor authentication' })
  return { ...utils, tick: () => (now += 16_000) }
}

function currentForm() {
  const submit = screen.getByRole('button', { name: 'Verify' })
  return { submit, form: submit.closest('form')! }
}

describe('2FA checkpoint: hostile input', { timeout: 60_000 }, () => {
  it(`refuses ${NOT_CODES.length} things that are not a 6-digit code, then hostile recovery tokens`, async () => {
    const guard = guardPage()
    const { tick, path } = await renderCheckpoint()
    const code = screen.getByLabelText('Authentication code')
    const { form, submit } = currentForm()
    const outcomes = await expectEachRefused(guard, form, submit, { code }, code, NOT_CODES)
    for (const o of outcomes) expect(Object.keys(o.fields)).toEqual(['code'])

    fireEvent.click(screen.getByRole('button', { name: 'Use a recovery token' }))
    const token = await screen.findByLabelText('Recovery token')
    const recovery = currentForm()
    // Twelve go to the panel (≈3 minutes of panel time); the rest are the same kind of text.
    const tokens = HOSTILE_TEXT.slice(0, 12)
    const refused = await expectEachRefused(
      guard,
      recovery.form,
      recovery.submit,
      { token },
      token,
      tokens,
      tick,
    )
    for (const o of refused) expect(Object.keys(o.fields)).toEqual(['token'])
    expect(path()).toMatch(/^\/login\/checkpoint/)
  })
})
