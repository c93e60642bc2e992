import { act } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { z } from 'zod/mini'

import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { setLanguage } from '@/i18n/language'
import { server } from '@/test-kit/msw'

import { api } from './client'
import { apiErrorFromResponse, fallbackMessage, timeoutMessage, unreachableMessage } from './errors'

const okSchema = z.object({ ok: z.boolean() })

describe('Talon’s own error messages', () => {
  it('keeps the English texts', () => {
    expect(fallbackMessage(0)).toBe("Can't reach the panel. Check your connection and try again.")
    expect(fallbackMessage(502)).toBe("Can't reach the panel right now. Try again in a moment.")
    expect(fallbackMessage(504)).toBe('The panel took too long to answer. Try again in a moment.')
    expect(fallbackMessage(429, 1)).toBe('Too many attempts. Try again in 1 second.')
    expect(fallbackMessage(429, 42)).toBe('Too many attempts. Try again in 42 seconds.')
    expect(fallbackMessage(429)).toBe('Too many attempts. Try again in a moment.')
    expect(fallbackMessage(418)).toBe('Something went wrong. Try again.')
    expect(unreachableMessage()).toBe(en.common.errors.unreachable)
  })

  it('speaks German once the interface is German, read when the error is created', async () => {
    const before = fallbackMessage(502)
    await act(() => setLanguage('de'))
    expect(fallbackMessage(502)).toBe(de.common.errors.panelUnavailable)
    expect(fallbackMessage(502)).not.toBe(before)
    expect(fallbackMessage(500)).toBe(de.common.errors.panelFailed)
    expect(fallbackMessage(401)).toBe(de.common.errors.sessionEnded)
    expect(fallbackMessage(418)).toBe(de.common.somethingWentWrong)
    expect(timeoutMessage()).toBe(de.common.errors.timeout)
    // Seconds in German: singular, plural and a German thousands separator.
    expect(fallbackMessage(429, 1)).toBe('Zu viele Versuche. Versuche es in 1 Sekunde erneut.')
    expect(fallbackMessage(429, 1500)).toBe(
      'Zu viele Versuche. Versuche es in 1.500 Sekunden erneut.',
    )
    expect(apiErrorFromResponse({ status: 403, body: undefined }).message).toBe(
      de.common.errors.forbidden,
    )
    // The panel's own words pass through untranslated.
    const panelSaid = apiErrorFromResponse({
      status: 422,
      body: {
        errors: [{ code: 'ValidationException', status: '422', detail: 'The panel says no.' }],
      },
    })
    expect(panelSaid.message).toBe('The panel says no.')
  })

  it('gives the client’s network and response errors in German', async () => {
    await act(() => setLanguage('de'))
    server.use(
      http.get('*/api/down', () => HttpResponse.error()),
      http.get('*/api/odd', () => HttpResponse.json({ ok: 'yes' })),
    )
    await expect(api.get('/api/down', okSchema)).rejects.toMatchObject({
      code: 'NetworkError',
      message: de.common.errors.unreachable,
    })
    await expect(api.get('/api/odd', okSchema)).rejects.toMatchObject({
      code: 'InvalidResponse',
      message: de.common.errors.unexpectedResponse,
    })
  })
})
