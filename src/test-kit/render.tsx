import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TOTP } from 'otpauth'
import { StrictMode } from 'react'
import type { ReactNode } from 'react'
import { createMemoryRouter } from 'react-router'
import type { RouteObject } from 'react-router'

import { login, loginCheckpoint } from '@/api/auth'
import { AppProviders } from '@/app/providers'
import { createQueryClient } from '@/app/query-client'
import { createRoutes } from '@/app/router'
import { followSession } from '@/app/session'
import { clearPendingLogin } from '@/features/auth/pending-login'

import { afterThisTest } from './cleanup'

/** Seeded demo-panel accounts (server/demo-panel/seed-accounts.ts). */
export const demoUsers = {
  demo: { username: 'demo', email: 'demo@example.com', password: 'demo-password' },
  secure: { username: 'secure', email: 'secure@example.com', password: 'secure-password' },
  admin: { username: 'admin', email: 'admin@example.com', password: 'admin-password' },
  /** Her account's language is German. */
  lena: { username: 'lena', email: 'lena@example.org', password: 'lena-password' },
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

/** The app's QueryClient as tests use it (retries off). */
export function createTestQueryClient() {
  return createQueryClient({ retry: false })
}

type TestQueryClient = ReturnType<typeof createTestQueryClient>

interface MountOptions {
  routes: (queryClient: TestQueryClient) => RouteObject[]
  route?: string
  signedInAs?: DemoUser | undefined
  strict?: boolean | undefined
}

/** The app's providers around a memory router, with the one session subscriber attached. */
async function mount({ routes, route = '/', signedInAs, strict = false }: MountOptions) {
  clearPendingLogin()
  if (signedInAs) await signIn(signedInAs)
  const queryClient = createTestQueryClient()
  const router = createMemoryRouter(routes(queryClient), { initialEntries: [route] })
  afterThisTest(followSession(queryClient, router))
  const user = userEvent.setup()
  const app = <AppProviders queryClient={queryClient} router={router} />
  const utils = render(strict ? <StrictMode>{app}</StrictMode> : app)
  return {
    ...utils,
    user,
    router,
    queryClient,
    /** Current pathname + search of the memory router. */
    path: () => router.state.location.pathname + router.state.location.search,
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
  return mount({ routes: createRoutes, route, signedInAs })
}

/**
 * Renders one piece of a page alone (at "/"), inside the app's providers, against the demo
 * panel. `strict` wraps it in StrictMode (effects run twice).
 */
export async function renderInApp(
  element: ReactNode,
  options: { signedInAs?: DemoUser; strict?: boolean } = {},
) {
  return mount({ routes: () => [{ path: '/', element }], ...options })
}
