import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiKeyQueries, deleteApiKey } from '@/api/api-keys'
import type { ApiKey } from '@/api/api-keys'

/**
 * Deletes a key optimistically: it leaves the list at once and comes back if the panel refuses.
 * The page shows the failure itself (`meta.form`), next to the list.
 */
export function useDeleteApiKey() {
  const queryClient = useQueryClient()
  const list = apiKeyQueries.list()
  return useMutation({
    meta: { form: true },
    mutationFn: (key: ApiKey) => deleteApiKey(key.identifier),
    onMutate: async (key) => {
      await queryClient.cancelQueries({ queryKey: list.queryKey })
      const previous = queryClient.getQueryData(list.queryKey)
      queryClient.setQueryData(list.queryKey, (keys) =>
        keys?.filter((k) => k.identifier !== key.identifier),
      )
      return { previous }
    },
    onError: (_error, _key, context) => {
      if (context?.previous) queryClient.setQueryData(list.queryKey, context.previous)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeyQueries.all() }),
  })
}
