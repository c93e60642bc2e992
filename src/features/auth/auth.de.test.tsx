import { act, screen, waitFor } from '@testing-library/react'
import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { setLanguage } from '@/i18n/language'
import { advancePanelClock } from '@/test-kit/faults'
import { demoUsers, renderApp } from '@/test-kit/render'

import { codeFormSchema, loginFormSchema, recoveryFormSchema } from './schemas'

// Before any account is known the sign-in pages speak the remembered/browser language; here it
// is German. Expected texts come from the `de` catalogue.

const login = de.auth.login
const checkpoint = de.auth.checkpoint
const validation = de.auth.validation

async function renderGermanLogin(route = '/login') {
  await act(() => setLanguage('de'))
  const utils = await renderApp({ route })
  await screen.findByRole('heading', { level: 1, name: login.title })
  return utils
}

async function signInToCheckpoint(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(screen.getByLabelText(login.userLabel), demoUsers.secure.username)
  await user.type(
    screen.getByLabelText(login.passwordLabel, { selector: 'input' }),
    demoUsers.secure.password,
  )
  await user.click(screen.getByRole('button', { name: login.submit }))
  await screen.findByRole('heading', { level: 1, name: checkpoint.title })
}

describe('sign-in in German', () => {
  it('shows the login page in German', async () => {
    await renderGermanLogin()
    expect(screen.getByText(login.description)).toBeInTheDocument()
    expect(screen.getByLabelText(login.userLabel)).toHaveAttribute('autocomplete', 'username')
    expect(screen.getByLabelText(login.passwordLabel, { selector: 'input' })).toHaveAttribute(
      'autocomplete',
      'current-password',
    )
    expect(screen.getByRole('button', { name: login.submit })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: de.common.showPassword })).toBeInTheDocument()
    expect(screen.queryByText(en.auth.login.description)).not.toBeInTheDocument()
    expect(screen.queryByLabelText(en.auth.login.userLabel)).not.toBeInTheDocument()
  })

  it('validates empty fields with German messages', async () => {
    const { user } = await renderGermanLogin()
    await user.click(screen.getByRole('button', { name: login.submit }))
    expect(await screen.findByText(validation.userRequired)).toBeInTheDocument()
    expect(screen.getByText(validation.passwordRequired)).toBeInTheDocument()
    expect(screen.getByLabelText(login.userLabel)).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByText(en.auth.validation.userRequired)).not.toBeInTheDocument()
  })

  it.each([
    ['signed-out', login.reasons.signedOut],
    ['expired', login.reasons.expired],
    ['checkpoint-expired', login.reasons.checkpointExpired],
  ])('shows the ?reason=%s notice in German', async (reason, text) => {
    await renderGermanLogin(`/login?reason=${reason}`)
    expect(screen.getByText(text).closest('[role="status"]')).toBeInTheDocument()
  })

  it('passes the panel’s own message through untranslated', async () => {
    const { user } = await renderGermanLogin()
    await user.type(screen.getByLabelText(login.userLabel), 'demo')
    await user.type(screen.getByLabelText(login.passwordLabel, { selector: 'input' }), 'wrong')
    await user.click(screen.getByRole('button', { name: login.submit }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No account matching those credentials could be found.',
    )
  })
})

describe('2FA checkpoint in German', () => {
  it('shows both forms in German and validates the code in German', async () => {
    const { user } = await renderGermanLogin()
    await signInToCheckpoint(user)
    expect(screen.getByText(checkpoint.codeDescription)).toBeInTheDocument()
    const code = screen.getByLabelText(checkpoint.codeLabel)
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(screen.getByRole('link', { name: checkpoint.backToSignIn })).toBeInTheDocument()

    await user.type(code, '123')
    await user.click(screen.getByRole('button', { name: checkpoint.verify }))
    expect(await screen.findByText(validation.codeInvalid, { selector: 'span' })).toBeVisible()
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'))

    await user.click(screen.getByRole('button', { name: checkpoint.useRecoveryToken }))
    expect(screen.getByText(checkpoint.recoveryDescription)).toBeInTheDocument()
    expect(screen.getByLabelText(checkpoint.recoveryTokenLabel)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: checkpoint.useCode })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: checkpoint.verify }))
    expect(await screen.findByText(validation.recoveryTokenRequired)).toBeInTheDocument()
  })

  it('returns to the German login with a notice when the pending sign-in expired', async () => {
    const { user, path } = await renderGermanLogin()
    await signInToCheckpoint(user)
    await advancePanelClock(5 * 60_000 + 1_000) // the pending sign-in lives five minutes
    await user.type(screen.getByLabelText(checkpoint.codeLabel), '123456')
    await user.click(screen.getByRole('button', { name: checkpoint.verify }))
    await screen.findByRole('heading', { level: 1, name: login.title })
    expect(path()).toBe('/login?reason=checkpoint-expired')
    expect(
      screen.getByText(login.reasons.checkpointExpired).closest('[role="status"]'),
    ).toBeInTheDocument()
  })
})

describe('sign-in schemas', () => {
  it('read their messages in the language of the moment', async () => {
    const english = loginFormSchema.safeParse({ user: ' ', password: '' })
    expect(english.error?.issues.map((i) => i.message)).toEqual([
      en.auth.validation.userRequired,
      en.auth.validation.passwordRequired,
    ])
    await act(() => setLanguage('de'))
    const german = loginFormSchema.safeParse({ user: ' ', password: '' })
    expect(german.error?.issues.map((i) => i.message)).toEqual([
      validation.userRequired,
      validation.passwordRequired,
    ])
    expect(codeFormSchema.safeParse({ code: '12 34' }).error?.issues[0]?.message).toBe(
      validation.codeInvalid,
    )
    expect(recoveryFormSchema.safeParse({ recoveryToken: '  ' }).error?.issues[0]?.message).toBe(
      validation.recoveryTokenRequired,
    )
  })
})
