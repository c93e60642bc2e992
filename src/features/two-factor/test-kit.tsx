import { StrictMode } from 'react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { createMemoryRouter } from 'react-router'

import { AppProviders } from '@/app/providers'
import { connectRouter, createQueryClient } from '@/app/query-client'
import { panelFetch, server } from '@/test-kit/msw'
import { signIn } from '@/test-kit/render'
import type { DemoUser } from '@/test-kit/render'

import { TwoFactorSection } from './two-factor-section'

/** Renders the section alone (as /account will) against the demo panel, signed in. */
export async function renderSection(who: DemoUser = 'demo') {
  await signIn(who)
  const queryClient = createQueryClient({ retry: false })
  const router = createMemoryRouter([{ path: '/', element: <TwoFactorSection /> }])
  connectRouter(queryClient, router)
  const user = userEvent.setup()
  // StrictMode runs effects twice: the setup must still be fetched once per opening.
  const utils = render(
    <StrictMode>
      <AppProviders queryClient={queryClient} router={router} />
    </StrictMode>,
  )
  return { ...utils, user, queryClient, router }
}

/** Every request the app sends from now on, as "METHOD /path?query". */
export function recordRequests() {
  const log: string[] = []
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    log.push(`${request.method} ${url.pathname}${url.search}`)
  }
  server.events.on('request:start', listener)
  return {
    log,
    count: (method: string, path: string) =>
      log.filter((l) => l.split('?')[0] === `${method} ${path}`).length,
    stop: () => server.events.removeListener('request:start', listener),
  }
}

/**
 * The demo panel's own account answer with `language` replaced, so the section follows that
 * language (the QueryClient switches the catalogue when account details arrive).
 */
export function serveAccountLanguage(language: string) {
  server.use(
    http.get('*/api/client/account', async ({ request }) => {
      const response = await panelFetch(request)
      if (!response.ok) return response
      const body = (await response.json()) as { attributes: Record<string, unknown> }
      return HttpResponse.json({ ...body, attributes: { ...body.attributes, language } })
    }),
  )
}
