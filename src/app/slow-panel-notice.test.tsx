import { act, render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { z } from 'zod/mini'

import { api, SLOW_REQUEST_MS, slowRequestCount } from '@/api/client'
import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { setLanguage } from '@/i18n/language'
import { server } from '@/test-kit/msw'

import { SlowPanelNotice } from './slow-panel-notice'

// Issue 20, point 9: a hanging panel showed the user nothing for 93 s.

/** Any panel object: these tests are about the pending time, not the account's shape. */
const accountSchemaProbe = z.object({ object: z.string() })

function hangingAccount() {
  let answer: (response: Response) => void = () => undefined
  server.use(
    http.get('*/api/client/account', () => new Promise<Response>((resolve) => (answer = resolve)), {
      once: true,
    }),
  )
  return (response: Response) => answer(response)
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('slow panel notice', () => {
  it('appears once a request has been pending for SLOW_REQUEST_MS, and goes when it answers', async () => {
    const answer = hangingAccount()
    render(<SlowPanelNotice />)
    const pending = api.get('/api/client/account', accountSchemaProbe).catch(() => undefined)

    await act(() => vi.advanceTimersByTimeAsync(SLOW_REQUEST_MS - 1))
    expect(screen.queryByText(en.layout.panelSlow)).not.toBeInTheDocument()
    expect(slowRequestCount()).toBe(0)

    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(screen.getByRole('status')).toHaveTextContent(en.layout.panelSlow)
    expect(slowRequestCount()).toBe(1)

    // The request was not cancelled: it may still finish, and then the notice goes.
    await act(async () => {
      answer(HttpResponse.json({ object: 'user', attributes: {} }))
      await pending
    })
    expect(screen.queryByText(en.layout.panelSlow)).not.toBeInTheDocument()
    expect(slowRequestCount()).toBe(0)
  })

  it('a request that fails after being slow also clears it', async () => {
    const answer = hangingAccount()
    render(<SlowPanelNotice />)
    const pending = api.get('/api/client/account', accountSchemaProbe).catch(() => undefined)
    await act(() => vi.advanceTimersByTimeAsync(SLOW_REQUEST_MS))
    expect(slowRequestCount()).toBe(1)
    await act(async () => {
      answer(HttpResponse.text('Bad gateway', { status: 502 }))
      await pending
    })
    expect(slowRequestCount()).toBe(0)
    expect(screen.queryByText(en.layout.panelSlow)).not.toBeInTheDocument()
  })

  it('speaks German', async () => {
    await act(() => setLanguage('de'))
    const answer = hangingAccount()
    render(<SlowPanelNotice />)
    const pending = api.get('/api/client/account', accountSchemaProbe).catch(() => undefined)
    await act(() => vi.advanceTimersByTimeAsync(SLOW_REQUEST_MS))
    expect(screen.getByRole('status')).toHaveTextContent(de.layout.panelSlow)
    await act(async () => {
      answer(HttpResponse.json({ object: 'user', attributes: {} }))
      await pending
    })
  })
})
