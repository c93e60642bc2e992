import { http, HttpResponse } from 'msw'

import { panelFetch, server } from '@/test-kit/msw'
import { renderInApp } from '@/test-kit/render'
import type { DemoUser } from '@/test-kit/render'

import { TwoFactorSection } from './two-factor-section'

/**
 * Renders the section alone (as /account will) against the demo panel, signed in. StrictMode
 * runs effects twice: the setup must still be fetched once per opening.
 */
export function renderSection(who: DemoUser = 'demo') {
  return renderInApp(<TwoFactorSection />, { signedInAs: who, strict: true })
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
