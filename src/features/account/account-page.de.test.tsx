import { screen, waitFor } from '@testing-library/react'
import { http } from 'msw'

import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { describedText, section } from './test-kit'
import { EMAIL_MAX, PASSWORD_MIN } from './schemas'

// /account for an account whose `language` is `de`: the route's loader switches the catalogue
// before the first render, so everything below speaks German (strings from the `de` catalogue).

const t = de.account

async function renderGermanAccount(route = '/account') {
  server.use(http.get('*/api/client/account', () => demoAccountAnswer({ language: 'de' })))
  const utils = await renderApp({ route, signedInAs: 'demo' })
  await screen.findByRole('heading', {
    level: 1,
    name: route === '/account' ? t.page.title : t.security.title,
  })
  return utils
}

function term(name: string) {
  const dt = section(t.profile.title).getByText(name, { selector: 'dt' })
  return dt.nextElementSibling?.textContent
}

describe('account page in German', { timeout: 20_000 }, () => {
  it('shows German headings, labels and buttons', async () => {
    await renderGermanAccount()
    expect(document.documentElement.lang).toBe('de')
    expect(screen.getByText(t.page.description)).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '')).toEqual([
      t.profile.title,
      t.languageChoice.title,
      t.email.title,
    ])

    const email = section(t.email.title)
    expect(email.getByLabelText(t.email.newEmail)).toBeInTheDocument()
    expect(email.getByLabelText(t.email.currentPassword)).toBeInTheDocument()
    expect(email.getByRole('button', { name: t.email.submit })).toBeInTheDocument()
    expect(screen.queryByText(en.account.profile.title)).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: en.account.email.submit })).not.toBeInTheDocument()
  })

  it('shows German headings, labels and buttons on Password & security', async () => {
    await renderGermanAccount('/account/security')
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '')).toEqual([
      t.password.title,
      de.twoFactor.section.title,
    ])
    const password = section(t.password.title)
    expect(password.getByLabelText(t.password.newPassword)).toBeInTheDocument()
    expect(password.getByLabelText(t.password.confirmPassword)).toBeInTheDocument()
    expect(password.getByRole('button', { name: t.password.submit })).toBeInTheDocument()
    expect(describedText(password.getByLabelText(t.password.newPassword))).toContain(
      t.strength.intro(PASSWORD_MIN),
    )

    // No English left in these sections.
    expect(screen.queryByText(en.account.password.title)).not.toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: en.account.password.submit }),
    ).not.toBeInTheDocument()
  })

  it('names the language in German in the profile', async () => {
    await renderGermanAccount()
    expect(term(t.profile.username)).toBe('demo')
    expect(term(t.profile.email)).toBe('demo@example.com')
    expect(term(t.profile.language)).toBe('Deutsch (de)')
  })

  it('shows German zod messages on a bad email', async () => {
    const { user } = await renderGermanAccount()
    const email = section(t.email.title)
    const address = email.getByLabelText(t.email.newEmail)
    await user.type(address, 'not-an-email')
    await user.type(email.getByLabelText(t.email.currentPassword), 'demo-password')
    await user.click(email.getByRole('button', { name: t.email.submit }))
    expect(await email.findByText(t.email.invalid)).toBeInTheDocument()
    expect(describedText(address)).toContain(t.email.invalid)

    await user.clear(address)
    await user.click(address)
    await user.paste(`${'a'.repeat(EMAIL_MAX)}@example.com`)
    await user.click(email.getByRole('button', { name: t.email.submit }))
    await waitFor(() => expect(describedText(address)).toContain(t.email.tooLong(EMAIL_MAX)))
  })

  it('shows a German strength hint', async () => {
    const { user } = await renderGermanAccount('/account/security')
    const password = section(t.password.title)
    const next = password.getByLabelText(t.password.newPassword)
    await user.type(next, 'abc')
    expect(describedText(next)).toContain(
      t.strength.label.replace('{level}', t.strength.levels.tooShort),
    )
    expect(describedText(next)).toContain(t.strength.tips.missing(PASSWORD_MIN - 3))
    await user.click(password.getByRole('button', { name: t.password.submit }))
    expect(await password.findByText(t.password.currentRequired)).toBeInTheDocument()
  })

  it('formats numbers in its messages the German way', () => {
    expect(de.account.email.tooLong(1191)).toBe('Verwende höchstens 1.191 Zeichen.')
    expect(en.account.email.tooLong(1191)).toBe('Use at most 1,191 characters.')
    expect(de.account.strength.tips.missing(1)).toBe('Noch 1 Zeichen nötig.')
    expect(en.account.strength.tips.missing(1)).toBe('1 more character needed.')
  })
})
