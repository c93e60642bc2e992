import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import type { LoaderFunctionArgs } from 'react-router'

import { accountQueries, getAccount } from '@/api/account'
import { isApiError } from '@/api/errors'
import { setLanguage } from '@/i18n/language'
import { paths } from '@/lib/paths'

/** Guard for the signed-in branch: the account must load; 401 → /login?redirect=<here>. */
export function protectedLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    try {
      const account = await queryClient.ensureQueryData(accountQueries.detail())
      // First signed-in render already in the account's language (its catalogue may be a chunk).
      await setLanguage(account.language)
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        const url = new URL(request.url)
        return redirect(paths.login({ redirect: url.pathname + url.search }))
      }
      throw error
    }
    return null
  }
}

/** What the guest pages' loader hands the page: whether the probe found a live session. */
export interface GuestLoaderData {
  signedIn: Promise<boolean>
}

/**
 * /login and /login/checkpoint are guest pages: with a live session (e.g. the panel's remember-me
 * cookie) the panel answers guest routes with a 302, so a signed-in visitor is sent on instead of
 * ever posting the form. The probe does not hold the page back — the form renders at once and
 * useGuestRedirect moves on if it finds a session — because a guest (the usual visitor here)
 * would otherwise wait a full round trip to the panel before seeing anything.
 * The probe bypasses the cache (and the global 401 policy) on purpose.
 */
export function guestLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs): GuestLoaderData => {
    const url = new URL(request.url)
    if (url.searchParams.get('reason') === 'signed-out') return { signedIn: Promise.resolve(false) }
    const signedIn = getAccount(request.signal, { expectsUnauthorized: true }).then(
      (account) => {
        queryClient.setQueryData(accountQueries.detail().queryKey, account)
        return true
      },
      // 401 (expected), panel down or navigated away: stay; the form's submit reports outages.
      () => false,
    )
    return { signedIn }
  }
}
