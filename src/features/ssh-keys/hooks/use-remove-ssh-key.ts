import { useMutation, useQueryClient } from '@tanstack/react-query'

import { removeSshKey, sshKeyQueries } from '@/api/ssh-keys'
import type { SshKey } from '@/api/ssh-keys'

/** Removes a key optimistically (it comes back if the panel fails); the page shows the error. */
export function useRemoveSshKey() {
  const queryClient = useQueryClient()
  const list = sshKeyQueries.list()
  return useMutation({
    meta: { form: true },
    mutationFn: (key: SshKey) => removeSshKey(key.fingerprint),
    onMutate: async (key) => {
      await queryClient.cancelQueries({ queryKey: list.queryKey })
      const previous = queryClient.getQueryData(list.queryKey)
      queryClient.setQueryData(list.queryKey, (keys) =>
        keys?.filter((k) => k.fingerprint !== key.fingerprint),
      )
      return { previous }
    },
    onError: (_error, _key, context) => {
      if (context?.previous) queryClient.setQueryData(list.queryKey, context.previous)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sshKeyQueries.all() }),
  })
}
