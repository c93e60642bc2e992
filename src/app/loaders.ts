import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import type { LoaderFunctionArgs } from 'react-router'

import { accountQueries, getAccount } from '@/api/account'
import type { Account } from '@/api/account'
import { activityQueries } from '@/api/activity'
import { apiKeyQueries } from '@/api/api-keys'
import { isApiError } from '@/api/errors'
import { serverDetailQueries } from '@/api/server'
import { sshKeyQueries } from '@/api/ssh-keys'
import { twoFactorQueries } from '@/api/two-factor'
import { parseActivitySearch } from '@/features/activity/search-params'
import { readServerView } from '@/features/servers/hooks/use-server-view'
import { serverListQuery, viewFromUrl } from '@/features/servers/list-query'
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

export interface NotFoundLoaderData {
  signedIn: boolean
}

/**
 * Unknown URLs: is someone signed in? (Then the 404 keeps the app's frame and navigation.) Uses
 * the cached account when there is one; otherwise a probe that bypasses the cache and the global
 * 401 policy (a signed-out visitor gets the plain page, not a trip to sign-in).
 */
export function notFoundLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs): Promise<NotFoundLoaderData> => {
    if (queryClient.getQueryData(accountQueries.detail().queryKey)) return { signedIn: true }
    try {
      const account = await getAccount(request.signal, { expectsUnauthorized: true })
      queryClient.setQueryData(accountQueries.detail().queryKey, account)
      await setLanguage(account.language)
      return { signedIn: true }
    } catch {
      return { signedIn: false }
    }
  }
}

// ── Page loaders: each starts its page's queries while the page's chunk loads ─────────────────
//
// Without these a page's request would start only once its lazy chunk had arrived and rendered.
// They are not awaited: navigation still completes as soon as the chunk is there, and the page
// shows its own loading state for whatever is still on the way (the same cache entry, so nothing
// is fetched twice). prefetchQuery never throws; a failure is the page's to show.

type Prefetch = (
  url: URL,
  account: () => Promise<Account>,
  params: LoaderFunctionArgs['params'],
) => Promise<unknown>

function pageLoader(queryClient: QueryClient, prefetch: Prefetch) {
  return ({ request, params }: LoaderFunctionArgs) => {
    // The protected loader is fetching the account at the same moment: this joins that request.
    const account = () => queryClient.ensureQueryData(accountQueries.detail())
    void prefetch(new URL(request.url), account, params).catch(() => undefined)
    return null
  }
}

export function pageLoaders(queryClient: QueryClient) {
  const prefetch = queryClient.prefetchQuery.bind(queryClient)
  return {
    servers: pageLoader(queryClient, async (url, account) => {
      const { username, admin } = await account()
      const view = viewFromUrl(url.searchParams, admin, readServerView(username, admin))
      await prefetch(serverListQuery(url.searchParams, view))
    }),
    account: pageLoader(queryClient, async (_url, account) => {
      const { username, email } = await account()
      await prefetch(twoFactorQueries.status({ username, email }))
    }),
    apiKeys: pageLoader(queryClient, () => prefetch(apiKeyQueries.list())),
    sshKeys: pageLoader(queryClient, () => prefetch(sshKeyQueries.list())),
    activity: pageLoader(queryClient, (url) => {
      const { page, perPage, event } = parseActivitySearch(url.searchParams)
      return prefetch(activityQueries.list({ page, perPage, event }))
    }),
    // Every server page starts from the server itself (name, status, permissions for the tabs).
    server: pageLoader(queryClient, (_url, _account, params) =>
      params.id ? prefetch(serverDetailQueries.detail(params.id)) : Promise.resolve(),
    ),
  }
}
