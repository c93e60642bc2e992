import { act, screen, waitFor } from '@testing-library/react'
import { accountQueries } from '@/api/account'
import { login } from '@/api/auth'
import { dropConnections, failRequests, fault } from '@/test-kit/faults'
import { resetDemoPanel } from '@/test-kit/msw'
import { renderApp, totpCode } from '@/test-kit/render'

const SECURE_RECOVERY_TOKEN = 'q7Rk2mXw9P' // server/demo-panel/seed-accounts.ts

async function fillLogin(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  name: string,
  password: string,
) {
  await user.type(await screen.findByLabelText('Username or email'), name)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('sign-in', () => {
  it('signs in and lands on the dashboard with the user in the header', async () => {
    const { user, path } = await renderApp({ route: '/login' })
    expect(await screen.findByLabelText('Username or email')).toHaveAttribute(
      'autocomplete',
      'username',
    )
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password')
    await fillLogin(user, 'demo', 'demo-password')
    expect(await screen.findByRole('heading', { level: 1, name: 'Servers' })).toBeInTheDocument()
    expect(path()).toBe('/')
    expect(await screen.findByText('Demo User')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Servers' })).toHaveAttribute('aria-current', 'page')
  })

  it('shows the panel message for a wrong password and keeps the input', async () => {
    const { user, path } = await renderApp({ route: '/login' })
    await fillLogin(user, 'demo', 'not-the-password')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No account matching those credentials could be found.',
    )
    expect(screen.getByLabelText('Username or email')).toHaveValue('demo')
    expect(path()).toBe('/login')
  })

  it('validates empty fields before calling the panel', async () => {
    const { user } = await renderApp({ route: '/login' })
    await user.click(await screen.findByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Enter your username or email.')).toBeInTheDocument()
    expect(screen.getByLabelText('Username or email')).toHaveAttribute('aria-invalid', 'true')
  })

  it('completes the 2FA checkpoint with an authentication code', async () => {
    const { user, path } = await renderApp({ route: '/login' })
    await fillLogin(user, 'secure', 'secure-password')
    const code = await screen.findByLabelText('Authentication code')
    expect(code).toHaveAttribute('inputmode', 'numeric')
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(path()).toBe('/login/checkpoint') // the confirmation token is not in the URL
    await user.type(code, totpCode())
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Servers' })).toBeInTheDocument()
  })

  it('says so when the code is wrong', async () => {
    const { user } = await renderApp({ route: '/login' })
    await fillLogin(user, 'secure', 'secure-password')
    const code = await screen.findByLabelText('Authentication code')
    const wrong = totpCode() === '000000' ? '111111' : '000000'
    await user.type(code, wrong)
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.getByText(/two-factor authentication token was invalid/i)).toBeInTheDocument()
  })

  it('accepts a recovery token instead', async () => {
    const { user } = await renderApp({ route: '/login' })
    await fillLogin(user, 'secure', 'secure-password')
    await user.click(await screen.findByRole('button', { name: 'Use a recovery token' }))
    await user.type(screen.getByLabelText('Recovery token'), SECURE_RECOVERY_TOKEN)
    expect(screen.getByRole('button', { name: 'Use an authentication code' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Servers' })).toBeInTheDocument()
  })

  it('sends a signed-out deep link to login and back after sign-in', async () => {
    const { user, path } = await renderApp({ route: '/account' })
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(path()).toBe('/login?redirect=%2Faccount')
    await fillLogin(user, 'demo', 'demo-password')
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument()
    expect(path()).toBe('/account')
    expect(await screen.findByText('demo@example.com')).toBeInTheDocument()
  })

  it('ignores an off-site redirect parameter', async () => {
    const { user, path } = await renderApp({ route: '/login?redirect=//evil.example/x' })
    await fillLogin(user, 'demo', 'demo-password')
    await screen.findByRole('heading', { level: 1, name: 'Servers' })
    expect(path()).toBe('/')
  })

  it('sends a signed-in visitor away from /login without posting the form', async () => {
    const { path } = await renderApp({ route: '/login?redirect=/account', signedInAs: 'demo' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument()
    expect(path()).toBe('/account')
  })

  it("explains when the panel can't be reached, keeping the input", async () => {
    dropConnections('POST', '/auth/login')
    const { user } = await renderApp({ route: '/login' })
    await fillLogin(user, 'demo', 'demo-password')
    expect(await screen.findByRole('alert')).toHaveTextContent("Can't reach the panel")
    expect(screen.getByLabelText('Password')).toHaveValue('demo-password')
  })

  it('shows the lockout message (HTTP 429 with a ValidationException body)', async () => {
    // Five wrong passwords lock the sign-in for a minute (the panel's ThrottlesLogins).
    for (let i = 0; i < 5; i++) await login({ user: 'demo', password: 'wrong' }).catch(() => null)
    const { user } = await renderApp({ route: '/login' })
    await fillLogin(user, 'demo', 'wrong')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Too many sign-in attempts\. Try again in \d+ seconds\./,
    )
  })

  it('shows throttling with the wait time', async () => {
    await failRequests('POST', '/auth/login', '429')
    const { user } = await renderApp({ route: '/login' })
    await fillLogin(user, 'demo', 'demo-password')
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 30 seconds.')
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled()
  })
})

describe('session', () => {
  it('signs out and says so politely', async () => {
    const { user, path, router } = await renderApp({ route: '/', signedInAs: 'demo' })
    await user.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument()
    expect(path()).toBe('/login?reason=signed-out')
    // The session is really gone: a protected page sends us back to sign in.
    await act(() => router.navigate('/account'))
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(path()).toBe('/login?redirect=%2Faccount')
  })

  it('goes to login with a redirect when the session ends mid-session (401), then comes back', async () => {
    const { user, path, queryClient } = await renderApp({ route: '/account', signedInAs: 'demo' })
    expect(await screen.findByText('demo@example.com')).toBeInTheDocument()
    resetDemoPanel() // the panel forgets every session: the next request is a real 401
    await act(() => queryClient.invalidateQueries({ queryKey: accountQueries.all() }))
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(path()).toBe('/login?redirect=%2Faccount&reason=expired')
    expect(
      screen.getByText('Your session has ended. Sign in again to continue.'),
    ).toBeInTheDocument()
    await fillLogin(user, 'demo', 'demo-password')
    expect(await screen.findByText('demo@example.com')).toBeInTheDocument()
    expect(path()).toBe('/account')
  })

  it('shows a plain error with Retry when the panel is down on first load', async () => {
    await fault({ method: 'GET', path: '/api/client/account$', status: 502 })
    await renderApp({ route: '/account', signedInAs: 'demo' })
    expect(
      await screen.findByRole('heading', { name: "Can't reach the panel" }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
