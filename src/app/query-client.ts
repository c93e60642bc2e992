import { hashKey, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

import { accountQueries } from '@/api/account'
import type { Account } from '@/api/account'
import { isApiError } from '@/api/errors'
import type { ApiError } from '@/api/errors'
import { errorText } from '@/i18n/error-text'
import { messages, setLanguage } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

/** 401 and forced 2FA are acted on by the session subscriber (session.ts): no toast here. */
function isSessionError(error: ApiError): boolean {
  return error.status === 401 || error.code === 'TwoFactorAuthRequiredException'
}

const NO_RETRY_CODES = new Set([
  'InvalidResponse',
  'UnreadableResponse',
  'TwoFactorAuthRequiredException',
])

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
        if (isSessionError(error)) return
        // First-load failures render inline (ErrorState); only failed background refetches of
        // data already on screen get a toast.
        if (query.state.data !== undefined && !query.meta?.silent) {
          toast(messages().layout.refreshFailed(errorText(error)), 'error')
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (isSessionError(error)) return
        if (mutation.meta?.form) return // the form shows it (applyServerErrors)
        toast(mutation.meta?.errorMessage ?? errorText(error), 'error')
      },
    }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        // A page's route loader already fetched (and retried) its queries; a failure it got is
        // shown with Retry rather than silently asked again when the page mounts — which would
        // also ignore a Retry-After. Coming back to the page runs its loader again.
        retryOnMount: false,
      },
      mutations: { retry: false },
    },
  })
  followAccountLanguage(client)
  return client
}
