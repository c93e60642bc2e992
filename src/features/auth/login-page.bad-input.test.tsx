import { screen } from '@testing-library/react'

import { expectEachRefused, guardPage, HOSTILE_TEXT, MARKUP, setValue } from '@/test-kit/bad-input'
import { resetDemoPanel } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

// Hostile usernames and passwords against the demo panel's /auth/login. The panel locks a client
// out after 5 failures a minute, so its clock moves a minute between attempts.

async function renderLogin() {
  let now = Date.now()
  resetDemoPanel({ now: () => now })
  const utils = await renderApp({ route: '/login' })
  await screen.findByRole('heading', { name: 'Sign in' })
  const form = screen.getByRole('button', { name: 'Sign in' }).closest('form')!
  const user = screen.getByLabelText('Username or email')
  const password = screen.getByLabelText('Password', { selector: 'input' })
  const submit = screen.getByRole('button', { name: 'Sign in' })
  return { ...utils, form, user, password, submit, tick: () => (now += 61_000) }
}

describe('sign-in: hostile input', { timeout: 60_000 }, () => {
  it(`refuses ${HOSTILE_TEXT.length} hostile usernames with a message`, async () => {
    const guard = guardPage()
    const { form, user, password, submit, tick, path } = await renderLogin()
    setValue(password, 'demo-password')
    const outcomes = await expectEachRefused(
      guard,
      form,
      submit,
      { user, password },
      user,
      HOSTILE_TEXT,
      tick,
    )
    expect(path()).toMatch(/^\/login/)
    // Whitespace only is caught before sending; the rest is the panel's plain refusal.
    expect(outcomes.at(-2)?.fields).toEqual({ user: 'Enter your username or email.' })
    for (const o of outcomes.filter((o) => o.alert)) {
      expect(o.alert).toBe('No account matching those credentials could be found.')
    }
  })

  it('refuses hostile passwords for a real account', async () => {
    const guard = guardPage()
    const { form, user, password, submit, tick, path } = await renderLogin()
    setValue(user, 'demo')
    const passwords = [
      ...HOSTILE_TEXT,
      ['markup + real password', `${MARKUP}demo-password`],
    ] as const
    await expectEachRefused(guard, form, submit, { user, password }, password, passwords, tick)
    expect(path()).toMatch(/^\/login/)
  })
})
