import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TOTP } from 'otpauth'
import { createMemoryRouter } from 'react-router'

import { login, loginCheckpoint } from '@/api/auth'
import { AppProviders } from '@/app/providers'
import { connectRouter, createQueryClient } from '@/app/query-client'
import { createRoutes } from '@/app/router'
import { clearPendingLogin } from '@/features/auth/pending-login'

/** Seeded demo-panel accounts (server/demo-panel/seed.ts). */
export const demoUsers = {
  demo: { username: 'demo', email: 'demo@example.com', password: 'demo-password' },
  secure: { username: 'secure', email: 'secure@example.com', password: 'secure-password' },
  admin: { username: 'admin', email: 'admin@example.com', password: 'admin-password' },
} as const
export type DemoUser = keyof typeof demoUsers

export const SECURE_TOTP_SECRET = 'JBSWY3DPEHPK3PXP'

/** The current TOTP code for the `secure` account (or another secret). */
export function totpCode(secret = SECURE_TOTP_SECRET): string {
  return new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate()
}

/** Signs in through the demo panel (CSRF cookie + POST /auth/login [+ checkpoint]). */
export async function signIn(who: DemoUser) {
  const { username, password } = demoUsers[who]
  const result = await login({ user: username, password })
  if (!result.complete) {
    await loginCheckpoint({ confirmationToken: result.confirmationToken, code: totpCode() })
  }
}

export interface RenderAppOptions {
  /** Initial URL, default "/". */
  route?: string
  signedInAs?: DemoUser
}

/**
 * Renders the real route table in a memory router with a fresh QueryClient (retries off),
 * against the demo panel. Query by role/label; await `findBy…` for lazy pages.
 */
export async function renderApp({ route = '/', signedInAs }: RenderAppOptions = {}) {
  clearPendingLogin()
  if (signedInAs) await signIn(signedInAs)
  const queryClient = createQueryClient({ retry: false })
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [route] })
  connectRouter(queryClient, router)
  const user = userEvent.setup()
  const utils = render(<AppProviders queryClient={queryClient} router={router} />)
  return {
    ...utils,
    user,
    router,
    queryClient,
    /** Current pathname + search of the memory router. */
    path: () => router.state.location.pathname + router.state.location.search,
  }
}
