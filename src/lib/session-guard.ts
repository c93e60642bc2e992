import { useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'

type SessionPolicy = (error: unknown) => void

const policies = new WeakMap<QueryClient, SessionPolicy>()

/** The query client's global error policy registers its 401 handling here (see createQueryClient). */
export function setSessionPolicy(client: QueryClient, policy: SessionPolicy) {
  policies.set(client, policy)
}

/**
 * Secret-bearing requests (passwords, 2FA codes, new tokens) bypass React Query, so the global
 * 401 policy never sees them. Pass their errors here: a 401 goes through that same policy (sign
 * in again, with a redirect back), exactly as any other request's would.
 *
 * @example const guard = useSessionGuard(); try { … } catch (error) { guard(error); … }
 */
export function useSessionGuard() {
  const queryClient = useQueryClient()
  return useCallback((error: unknown) => policies.get(queryClient)?.(error), [queryClient])
}
