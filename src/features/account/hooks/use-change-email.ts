import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'

import { accountQueries, updateEmail } from '@/api/account'

import type { EmailFormValues } from '../schemas'

/**
 * Changes the sign-in email. Not a useMutation: its variables carry the current password, which
 * must not sit in the MutationCache. On success the profile shows the new address at once.
 *
 * @example const changeEmail = useChangeEmail(); await changeEmail({ email, password })
 */
export function useChangeEmail() {
  const queryClient = useQueryClient()
  return useCallback(
    async ({ email, password }: EmailFormValues) => {
      await updateEmail({ email, password })
      queryClient.setQueryData(accountQueries.detail().queryKey, (old) =>
        old ? { ...old, email } : old,
      )
      // The activity log gained an entry; other account data is marked stale, not refetched now.
      void queryClient.invalidateQueries({ queryKey: accountQueries.all(), refetchType: 'none' })
    },
    [queryClient],
  )
}
