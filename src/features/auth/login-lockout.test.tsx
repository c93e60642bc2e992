import { act, fireEvent, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, vi } from 'vitest'

import { setValue } from '@/test-kit/bad-input'
import { server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

// Issue 19, item 5: "Try again in 31 seconds" counts down, and Sign in stays disabled until then.

const lockoutBody = (seconds: number) => ({
  errors: [
    {
      code: 'ValidationException',
      status: '422',
      detail: `Too many login attempts. Please try again in ${seconds} seconds.`,
      meta: { source_field: 'email', rule: '' },
    },
  ],
})

/** Only the clock and intervals are fake: the page's requests and waitFor keep real timeouts. */
function fakeClock() {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
}

/** Moves the fake clock, letting React render what the countdown's intervals set. */
async function tick(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms))
}

afterEach(() => {
  vi.useRealTimers()
})

async function submitLockedOut() {
  const app = await renderApp({ route: '/login' })
  setValue(await screen.findByLabelText('Username or email'), 'demo')
  setValue(screen.getByLabelText('Password', { selector: 'input' }), 'wrong')
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
  return app
}

describe('sign-in lockout', () => {
  it('counts the panel lockout down live and keeps Sign in disabled until it is over', async () => {
    fakeClock()
    server.use(
      http.post('*/auth/login', () => HttpResponse.json(lockoutBody(31), { status: 429 }), {
        once: true,
      }),
    )
    await submitLockedOut()
    // Shown (and, once, announced) with the panel's wait.
    expect(
      await screen.findAllByText('Too many sign-in attempts. Try again in 31 seconds.'),
    ).not.toHaveLength(0)
    const button = screen.getByRole('button', { name: 'Sign in' })
    expect(button).toBeDisabled()

    await tick(10_000)
    expect(
      screen.getByText('Too many sign-in attempts. Try again in 21 seconds.'),
    ).toBeInTheDocument()
    expect(button).toBeDisabled()

    await tick(20_000)
    expect(
      screen.getByText('Too many sign-in attempts. Try again in 1 second.'),
    ).toBeInTheDocument()
    expect(button).toBeDisabled()

    await tick(1_000)
    expect(screen.queryByText(/Too many sign-in attempts/)).not.toBeInTheDocument()
    expect(button).toBeEnabled()

    // And signing in works again.
    fireEvent.click(button)
    expect(
      await screen.findByText('No account matching those credentials could be found.'),
    ).toBeInTheDocument()
  })

  it('counts a throttle (Retry-After) down the same way', async () => {
    fakeClock()
    server.use(
      http.post(
        '*/auth/login',
        () =>
          HttpResponse.json(
            {
              errors: [
                { code: 'ThrottleRequestsException', status: '429', detail: 'Too Many Attempts.' },
              ],
            },
            { status: 429, headers: { 'Retry-After': '5' } },
          ),
        { once: true },
      ),
    )
    await submitLockedOut()
    expect(
      await screen.findAllByText('Too many sign-in attempts. Try again in 5 seconds.'),
    ).not.toHaveLength(0)
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled()
    await tick(5_000)
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled()
  })
})
