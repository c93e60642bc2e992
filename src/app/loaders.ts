import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import type { LoaderFunctionArgs } from 'react-router'

import { accountQueries, getAccount } from '@/api/account'
import { isApiError } from '@/api/errors'
import { setLanguage } from '@/i18n/language'
import { paths, safeRedirect } from '@/lib/paths'

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

/**
 * /login and /login/checkpoint are guest pages: with a live session the panel answers guest
 * routes with a 302, so a signed-in visitor is sent on instead of ever posting the form.
 * The probe bypasses the cache (and the global 401 policy) on purpose.
 */
export function guestLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url)
    if (url.searchParams.get('reason') === 'signed-out') return null
    let signedIn = false
    try {
      const account = await getAccount(request.signal)
      queryClient.setQueryData(accountQueries.detail().queryKey, account)
      signedIn = true
    } catch {
      // 401 (expected) or panel down: show the form; its submit reports any outage.
    }
    if (signedIn) return redirect(safeRedirect(url.searchParams.get('redirect')))
    return null
  }
}
