import type { QueryClient } from '@tanstack/react-query'

import { accountQueries, getAccount } from '@/api/account'
import { onSessionEvent } from '@/api/client'
import type { SessionEvent } from '@/api/client'
import { isApiError } from '@/api/errors'
import { captureFormDrafts } from '@/forms/form-drafts'
import { paths } from '@/lib/paths'

/** The slice of React Router's data router the session subscriber needs. */
export interface RouterLike {
  state: {
    initialized: boolean
    location: { pathname: string; search: string }
    navigation: { state: 'idle' | 'loading' | 'submitting' }
  }
  navigate(to: string, opts?: { replace?: boolean; state?: unknown }): Promise<void> | void
  subscribe?(listener: (state: RouterLike['state']) => void): () => void
}

/** Location state of /account/security when the panel demands 2FA before anything else. */
export interface TwoFactorRequiredState {
  twoFactorRequired: true
}

function isLoginPath(pathname: string) {
  return pathname === '/login' || pathname.startsWith('/login/')
}

/**
 * The one place that acts on a lost session. The API client publishes every 401 (and every
 * forced-2FA answer) of every request — queries, mutations, and the secret-bearing calls that
 * bypass React Query — and this sends the person on:
 * - 401 → sign in again, then back here; text typed into open forms' non-secret fields comes
 *   back with them (form-drafts.ts). Never while on the login pages (the guest probe expects 401).
 * - forced 2FA → /account/security, which puts the 2FA setup first.
 * Loaders handle their own errors (the protected loader redirects itself), so this acts only
 * once the router is initialised and idle. Returns the unsubscribe function.
 */
/** Is there still no session? (A probe that is an answer, not another lost-session event.) */
async function stillSignedOut(): Promise<boolean> {
  try {
    await getAccount(undefined, { expectsUnauthorized: true })
    return false
  } catch (error) {
    return isApiError(error) && error.status === 401
  }
}

export function followSession(client: QueryClient, router: RouterLike): () => void {
  let redirecting = false
  const go = (to: string, state?: unknown) => {
    if (redirecting) return
    redirecting = true
    void Promise.resolve(router.navigate(to, { replace: true, state })).finally(() => {
      redirecting = false
    })
  }

  const onEvent = (event: SessionEvent) => {
    if (!router.state.initialized) return
    if (event.reason === 'two-factor-required') {
      go(paths.security(), { twoFactorRequired: true } satisfies TwoFactorRequiredState)
      return
    }
    if (router.state.navigation.state !== 'idle') {
      // A page's prefetch (its route loader) can meet the 401 while the page's chunk is still
      // loading: act once that navigation has landed, or the page would only show the error.
      // (Not from inside the router's own update: it resets its navigation bookkeeping after
      // calling subscribers, and a navigation started there would never reach the address bar.)
      // By then the person may have signed in again (a request of the old session answering
      // late), so ask the panel once before sending anyone to sign in.
      const stop = router.subscribe?.((state) => {
        if (state.navigation.state !== 'idle') return
        stop?.()
        void stillSignedOut().then((out) => {
          if (out) onEvent(event)
        })
      })
      return
    }
    const { pathname, search } = router.state.location
    if (isLoginPath(pathname)) return
    // Non-secret text in open forms comes back after the sign-in (same account only).
    captureFormDrafts(client.getQueryData(accountQueries.detail().queryKey)?.id)
    client.removeQueries({ queryKey: accountQueries.all() })
    go(paths.login({ redirect: pathname + search, reason: 'expired' }))
  }

  return onSessionEvent(onEvent)
}
