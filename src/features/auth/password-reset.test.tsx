import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { onTestFinished } from 'vitest'

import { login } from '@/api/auth'
import { server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

// Issue 19, item 3: "Forgot password?" on sign-in, the request page and the page the panel's
// reset email links to, both at the panel's own paths.

const TOKEN = '0d2f6a5c9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f'

describe('forgot password', () => {
  it('is offered on sign-in and asks the panel to email a link, in plain words', async () => {
    const bodies: unknown[] = []
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/auth/password')
        void request
          .clone()
          .json()
          .then((b) => bodies.push(b))
    }
    server.events.on('request:start', listener)
    onTestFinished(() => server.events.removeListener('request:start', listener))
    const { user, path } = await renderApp({ route: '/login' })
    await user.click(await screen.findByRole('link', { name: 'Forgot password?' }))
    expect(await screen.findByRole('heading', { name: 'Reset your password' })).toBeInTheDocument()
    expect(path()).toBe('/auth/password')

    // Checked here first.
    await user.click(screen.getByRole('button', { name: 'Email me a reset link' }))
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument()
    const email = screen.getByLabelText('Email')
    expect(email).toHaveAttribute('autocomplete', 'email')
    await user.type(email, 'demo@example.com')
    await user.click(screen.getByRole('button', { name: 'Email me a reset link' }))
    expect(await screen.findByText('Check your inbox')).toBeInTheDocument()
    expect(
      screen.getByText(/If an account uses demo@example\.com, a reset link is on its way/),
    ).toBeInTheDocument()
    expect(bodies).toEqual([{ email: 'demo@example.com', 'g-recaptcha-response': null }])
  })

  it("explains the panel's limit of two requests a minute, counting down with the button off", async () => {
    const { user } = await renderApp({ route: '/auth/password' })
    const send = async () => {
      await user.type(await screen.findByLabelText('Email'), 'demo@example.com')
      await user.click(screen.getByRole('button', { name: 'Email me a reset link' }))
    }
    await send()
    await user.click(await screen.findByRole('button', { name: 'Send another link' }))
    await user.clear(screen.getByLabelText('Email'))
    await send()
    await user.click(await screen.findByRole('button', { name: 'Send another link' }))
    await user.clear(screen.getByLabelText('Email'))
    await send()
    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent(
      /Too many requests\. You can ask for another link in \d+ seconds?\./,
    )
    expect(screen.getByRole('button', { name: 'Email me a reset link' })).toBeDisabled()
  })
})

describe('reset password (the link from the email)', () => {
  it("says when the link does not work, in the panel's words, and leads to a new one", async () => {
    const { user, path } = await renderApp({
      route: `/auth/password/reset/${TOKEN}?email=demo%40example.com`,
    })
    expect(
      await screen.findByRole('heading', { name: 'Choose a new password' }),
    ).toBeInTheDocument()
    expect(screen.getByText('For demo@example.com.')).toBeInTheDocument()
    const password = screen.getByLabelText('New password')
    expect(password).toHaveAttribute('autocomplete', 'new-password')

    // Checked here first: length and the repeat.
    await user.type(password, 'short')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    expect(await screen.findByText('Use at least 8 characters.')).toBeInTheDocument()
    await user.clear(password)
    await user.type(password, 'a-new-password')
    await user.type(screen.getByLabelText('Repeat new password'), 'a-new-passwort')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    expect(await screen.findByText("The two passwords don't match.")).toBeInTheDocument()

    await user.clear(screen.getByLabelText('Repeat new password'))
    await user.type(screen.getByLabelText('Repeat new password'), 'a-new-password')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("This reset link doesn't work")
    expect(alert).toHaveTextContent('This password reset token is invalid.')
    await user.click(screen.getByRole('link', { name: 'Ask for a new link' }))
    expect(await screen.findByRole('heading', { name: 'Reset your password' })).toBeInTheDocument()
    expect(path()).toBe('/auth/password')
  })

  it('sends token, email and both passwords; signed in by the panel, it lands on the dashboard', async () => {
    let body: unknown
    server.use(
      http.post('*/auth/password/reset', async ({ request }) => {
        body = await request.json()
        // The panel signs the session in (no 2FA): here, with the seeded account's password.
        await login({ user: 'demo', password: 'demo-password' })
        return HttpResponse.json({ success: true, redirect_to: '/', send_to_login: false })
      }),
    )
    const { user, path } = await renderApp({
      route: `/auth/password/reset/${TOKEN}?email=demo%40example.com`,
    })
    await user.type(await screen.findByLabelText('New password'), 'a-new-password')
    await user.type(screen.getByLabelText('Repeat new password'), 'a-new-password')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Servers' })).toBeInTheDocument()
    expect(path()).toBe('/')
    expect(await screen.findByText('Your password has been changed.')).toBeInTheDocument()
    expect(body).toEqual({
      token: TOKEN,
      email: 'demo@example.com',
      password: 'a-new-password',
      password_confirmation: 'a-new-password',
    })
  })

  it('sends a 2FA account to sign in again', async () => {
    server.use(
      http.post('*/auth/password/reset', () =>
        HttpResponse.json({ success: true, redirect_to: '/', send_to_login: true }),
      ),
    )
    const { user, path } = await renderApp({
      route: `/auth/password/reset/${TOKEN}?email=secure%40example.com`,
    })
    await user.type(await screen.findByLabelText('New password'), 'a-new-password')
    await user.type(screen.getByLabelText('Repeat new password'), 'a-new-password')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    expect(
      await screen.findByText('Your password has been changed. Sign in with the new one.'),
    ).toBeInTheDocument()
    await waitFor(() => expect(path()).toBe('/login?reason=password-reset'))
  })

  it('asks for the email when the link has none', async () => {
    await renderApp({ route: `/auth/password/reset/${TOKEN}` })
    expect(await screen.findByLabelText('Email')).toHaveValue('')
    expect(
      screen.getByText('Enter the email address of your account and a new password.'),
    ).toBeInTheDocument()
  })
})
