import { hashKey, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

import { accountQueries } from '@/api/account'
import type { Account } from '@/api/account'
import { isApiError } from '@/api/errors'
import { messages, setLanguage } from '@/i18n/language'
import { captureFormDrafts } from '@/lib/form-drafts'
import { paths } from '@/lib/paths'
import { setSessionPolicy } from '@/lib/session-guard'
import { toast } from '@/lib/toast-store'

/** The slice of React Router's data router the error policy needs. */
export interface RouterLike {
  state: {
    initialized: boolean
    location: { pathname: string; search: string }
    navigation: { state: 'idle' | 'loading' | 'submitting' }
  }
  navigate(to: string, opts?: { replace?: boolean; state?: unknown }): Promise<void> | void
}

export interface TwoFactorRequiredState {
  twoFactorRequired: true
}

const routers = new WeakMap<QueryClient, RouterLike>()
const redirecting = new WeakSet<QueryClient>()

/** Lets the global error policy navigate (401 → /login, forced 2FA → /account). */
export function connectRouter(client: QueryClient, router: RouterLike) {
  routers.set(client, router)
}

function isLoginPath(pathname: string) {
  return pathname === '/login' || pathname.startsWith('/login/')
}

function go(client: QueryClient, router: RouterLike, to: string, state?: unknown) {
  if (redirecting.has(client)) return
  redirecting.add(client)
  void Promise.resolve(router.navigate(to, { replace: true, state })).finally(() =>
    redirecting.delete(client),
  )
}

/**
 * 401 → sign in again (account cache cleared, redirect back), never while on the login pages (the
 * guest probe there expects 401). Also reached from secret-bearing requests via useSessionGuard.
 */
function handleUnauthorized(client: QueryClient, error: unknown): boolean {
  if (!isApiError(error) || error.status !== 401) return false
  const router = routers.get(client)
  if (!router || !router.state.initialized || router.state.navigation.state !== 'idle') return true
  const { pathname, search } = router.state.location
  if (isLoginPath(pathname)) return true
  // Non-secret text in open forms comes back after the sign-in (same account only).
  captureFormDrafts(client.getQueryData(accountQueries.detail().queryKey)?.id)
  client.removeQueries({ queryKey: accountQueries.all() })
  go(client, router, paths.login({ redirect: pathname + search, reason: 'expired' }))
  return true
}

/**
 * 401 and forced-2FA answers from anywhere. Loaders handle their own errors (the protected
 * loader redirects itself), so this only acts once the router is idle and initialised.
 * Returns true when the error was handled here (no toast).
 */
function handleGlobalError(client: QueryClient, error: unknown): boolean {
  if (handleUnauthorized(client, error)) return true
  if (!isApiError(error)) return false
  const router = routers.get(client)
  if (error.code === 'TwoFactorAuthRequiredException') {
    if (router?.state.initialized) {
      go(client, router, paths.account(), {
        twoFactorRequired: true,
      } satisfies TwoFactorRequiredState)
    }
    return true
  }
  return false
}

const NO_RETRY_CODES = new Set(['InvalidResponse', 'TwoFactorAuthRequiredException'])

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false
  if (!isApiError(error)) return true
  if (NO_RETRY_CODES.has(error.code)) return false
  const { status } = error
  if (status === 429) return (error.retryAfter ?? 0) <= 30
  if (status >= 400 && status < 500 && status !== 408) return false
  return true
}

export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfter !== undefined) return error.retryAfter * 1000
  return Math.min(1000 * 2 ** attempt, 10_000)
}

/**
 * The interface speaks the account's `language`: whenever fresh account details land in the
 * cache (sign-in, a refetch after an admin changed it), the catalogue follows. The protected
 * loader also awaits it before the first signed-in render, so nothing flashes English.
 */
function followAccountLanguage(client: QueryClient) {
  const detailHash = hashKey(accountQueries.detail().queryKey)
  client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return
    if (event.query.queryHash !== detailHash) return
    const account = event.query.state.data as Account | undefined
    if (account) void setLanguage(account.language)
  })
}

export interface CreateQueryClientOptions {
  /** Tests pass false. */
  retry?: boolean
}

export function createQueryClient({ retry = true }: CreateQueryClientOptions = {}): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (handleGlobalError(client, error)) return
        // First-load failures render inline (ErrorState); only failed background refetches of
        // data already on screen get a toast.
        if (query.state.data !== undefined && !query.meta?.silent) {
          toast(messages().layout.refreshFailed(error.message), 'error')
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (handleGlobalError(client, error)) return
        if (mutation.meta?.form) return // the form shows it (applyServerErrors)
        toast(mutation.meta?.errorMessage ?? error.message, 'error')
      },
    }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  })
  setSessionPolicy(client, (error) => handleUnauthorized(client, error))
  followAccountLanguage(client)
  return client
}
