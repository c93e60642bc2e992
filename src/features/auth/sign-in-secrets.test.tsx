import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'

import { setValue } from '@/test-kit/bad-input'
import { recordRequests } from '@/test-kit/recorder'
import { demoUsers, renderApp, totpCode } from '@/test-kit/render'

// The React Query cache must never hold what a sign-in carries: the password, the 2FA code or
// recovery token, or the panel's confirmation token (the browser part is e2e/secrets.spec.ts).

function cacheDump(queryClient: QueryClient): string {
  return JSON.stringify([
    queryClient
      .getQueryCache()
      .getAll()
      .map((q) => [q.queryKey, q.state]),
    queryClient
      .getMutationCache()
      .getAll()
      .map((m) => m.state),
  ])
}

/** The confirmation tokens the panel hands out with a pending 2FA login. */
function captureConfirmationToken() {
  const logins = recordRequests({ method: 'POST', path: '/auth/login', responses: true })
  return () =>
    logins.requests.flatMap((r) => {
      const body = r.response?.body as { data?: { confirmation_token?: string } } | undefined
      return body?.data?.confirmation_token ? [body.data.confirmation_token] : []
    })
}

async function passwordStep() {
  const utils = await renderApp({ route: '/login' })
  await screen.findByRole('heading', { name: 'Sign in' })
  setValue(screen.getByLabelText('Username or email'), demoUsers.secure.username)
  setValue(screen.getByLabelText('Password', { selector: 'input' }), demoUsers.secure.password)
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
  await screen.findByRole('heading', { name: 'Two-factor authentication' })
  return utils
}

describe('sign-in secrets stay out of the React Query cache', { timeout: 20_000 }, () => {
  it('password, code and confirmation token (code path)', async () => {
    const tokens = captureConfirmationToken()
    const { queryClient, path } = await passwordStep()
    const code = totpCode()
    setValue(screen.getByLabelText('Authentication code'), code)
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(path()).toBe('/'))
    await screen.findByRole('heading', { level: 1, name: 'Servers' })
    await waitFor(() => expect(tokens()).toHaveLength(1))
    const dump = cacheDump(queryClient)
    expect(dump).toContain('secure@example.com') // the cache is really there
    for (const secret of [demoUsers.secure.password, code, tokens()[0]!]) {
      expect(dump).not.toContain(secret)
    }
  })

  it('password and recovery token (recovery path)', async () => {
    const { queryClient, path } = await passwordStep()
    fireEvent.click(screen.getByRole('button', { name: 'Use a recovery token' }))
    setValue(await screen.findByLabelText('Recovery token'), 'q7Rk2mXw9P')
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(path()).toBe('/'))
    const dump = cacheDump(queryClient)
    expect(dump).not.toContain('q7Rk2mXw9P')
    expect(dump).not.toContain(demoUsers.secure.password)
  })
})
