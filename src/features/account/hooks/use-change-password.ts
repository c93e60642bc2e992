import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'

import { accountQueries, updatePassword } from '@/api/account'

import type { PasswordFormValues } from '../schemas'

/**
 * Changes the password. Not a useMutation (the passwords must stay out of the MutationCache).
 * The panel signs out every other session; this one stays valid (contract §3.3).
 *
 * @example const changePassword = useChangePassword(); await changePassword(values)
 */
export function useChangePassword() {
  const queryClient = useQueryClient()
  return useCallback(
    async (values: PasswordFormValues) => {
      await updatePassword(values)
      // The activity log gained an entry: mark account data stale without refetching now.
      void queryClient.invalidateQueries({ queryKey: accountQueries.all(), refetchType: 'none' })
    },
    [queryClient],
  )
}
