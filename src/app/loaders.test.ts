import { http, HttpResponse } from 'msw'
import type { LoaderFunctionArgs } from 'react-router'

import { isApiError } from '@/api/errors'
import { server } from '@/test/msw'

import { protectedLoader } from './loaders'
import { createQueryClient } from './query-client'

// Issue 20, point 9: with the panel down, a deep link sat on the skeleton for 3–5 s while the
// account probe went through its retries before the error page (and its Retry button) appeared.

function loaderArgs(url: string): LoaderFunctionArgs {
  return {
    request: new Request(url),
    url: new URL(url),
    pattern: '/',
    params: {},
    context: undefined,
  }
}

describe('protected loader with the panel down', () => {
  it('gives up after one attempt, with the retrying query client the app uses', async () => {
    let attempts = 0
    server.use(
      http.get('*/api/client/account', () => {
        attempts++
        return HttpResponse.text('Bad gateway', { status: 502 })
      }),
    )
    const loader = protectedLoader(createQueryClient())
    const error: unknown = await loader(loaderArgs('http://talon.test/account')).catch(
      (e: unknown) => e,
    )
    expect(isApiError(error) && error.status).toBe(502)
    expect(attempts).toBe(1)
  })

  it('still sends a signed-out visitor to sign in, with the way back', async () => {
    const loader = protectedLoader(createQueryClient())
    const result = await loader(loaderArgs('http://talon.test/account/api?x=1'))
    expect(result).toBeInstanceOf(Response)
    expect((result as Response).headers.get('Location')).toBe(
      '/login?redirect=%2Faccount%2Fapi%3Fx%3D1',
    )
  })
})
