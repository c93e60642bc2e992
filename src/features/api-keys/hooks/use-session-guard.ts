import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'

import { accountQueries } from '@/api/account'
import { isApiError } from '@/api/errors'

/**
 * Creating a key bypasses React Query (the answer carries the token), so the global 401 policy
 * never sees it. When it answers 401 the session is gone: re-checking the account lets that
 * policy send the person to sign in (with a redirect back), as any other request would.
 */
export function useSessionGuard() {
  const queryClient = useQueryClient()
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.status === 401) {
        void queryClient.invalidateQueries({ queryKey: accountQueries.detail().queryKey })
      }
    },
    [queryClient],
  )
}
