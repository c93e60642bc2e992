import { act } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { z } from 'zod/mini'

import { api } from '@/api/client'
import { apiErrorFromResponse } from '@/api/errors'
import { dropConnections } from '@/test-kit/faults'
import { server } from '@/test-kit/msw'

import { de } from './de'
import { en } from './en'
import { errorText, statusText } from './error-text'
import { setLanguage } from './language'

const okSchema = z.object({ ok: z.boolean() })

describe('Talon’s own error messages', () => {
  it('keeps the English texts', () => {
    expect(statusText(0)).toBe("Can't reach the panel. Check your connection and try again.")
    expect(statusText(502)).toBe("Can't reach the panel right now. Try again in a moment.")
    expect(statusText(504)).toBe('The panel took too long to answer. Try again in a moment.')
    expect(statusText(429, 1)).toBe('Too many attempts. Try again in 1 second.')
    expect(statusText(429, 42)).toBe('Too many attempts. Try again in 42 seconds.')
    expect(statusText(429)).toBe('Too many attempts. Try again in a moment.')
    expect(statusText(418)).toBe('Something went wrong. Try again.')
    expect(statusText(0)).toBe(en.common.errors.unreachable)
  })

  it('speaks German once the interface is German, read when the error is shown', async () => {
    const before = statusText(502)
    await act(() => setLanguage('de'))
    expect(statusText(502)).toBe(de.common.errors.panelUnavailable)
    expect(statusText(502)).not.toBe(before)
    expect(statusText(500)).toBe(de.common.errors.panelFailed)
    expect(statusText(401)).toBe(de.common.errors.sessionEnded)
    expect(statusText(418)).toBe(de.common.somethingWentWrong)
    expect(statusText(408)).toBe(de.common.errors.timeout)
    // Seconds in German: singular, plural and a German thousands separator.
    expect(statusText(429, 1)).toBe('Zu viele Versuche. Versuche es in 1 Sekunde erneut.')
    expect(statusText(429, 1500)).toBe('Zu viele Versuche. Versuche es in 1.500 Sekunden erneut.')
    expect(errorText(apiErrorFromResponse({ status: 403, body: undefined }))).toBe(
      de.common.errors.forbidden,
    )
    // The panel's own words pass through untranslated.
    const panelSaid = apiErrorFromResponse({
      status: 422,
      body: {
        errors: [{ code: 'ValidationException', status: '422', detail: 'The panel says no.' }],
      },
    })
    expect(errorText(panelSaid)).toBe('The panel says no.')
  })

  it('gives the client’s network and response errors in German', async () => {
    await act(() => setLanguage('de'))
    dropConnections('GET', '/api/down')
    server.use(http.get('*/api/odd', () => HttpResponse.json({ ok: 'yes' })))
    const down = await api.get('/api/down', okSchema).catch((e: unknown) => e)
    expect(down).toMatchObject({ code: 'NetworkError' })
    expect(errorText(down)).toBe(de.common.errors.unreachable)
    const odd = await api.get('/api/odd', okSchema).catch((e: unknown) => e)
    expect(odd).toMatchObject({ code: 'InvalidResponse' })
    expect(errorText(odd)).toBe(de.common.errors.unexpectedResponse)
  })
})
