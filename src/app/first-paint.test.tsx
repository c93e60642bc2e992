import { screen, within } from '@testing-library/react'
import { http } from 'msw'

import { server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

// Issue 20, point 9: with the panel down or hanging, a deep link showed a contentless skeleton
// for seconds (the account probe and its retries) before anything else painted.

describe('first paint of a deep link', () => {
  it('paints the frame with the brand while the account probe waits for the panel', async () => {
    let answer: (response: Response) => void = () => undefined
    server.use(
      http.get(
        '*/api/client/account',
        () => new Promise<Response>((resolve) => (answer = resolve)),
      ),
    )
    await renderApp({ route: '/account/api' })
    const banner = await screen.findByRole('banner')
    expect(within(banner).getByText('Talon')).toBeInTheDocument()
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('status', { name: 'Loading' }),
    )
    answer(new Response(null, { status: 401 }))
  })
})
