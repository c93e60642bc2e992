import { useMutation, useQueryClient } from '@tanstack/react-query'

import { addSshKey, sshKeyQueries } from '@/api/ssh-keys'

/** Adds a public key (not a secret, so useMutation is fine); the form shows panel errors. */
export function useAddSshKey() {
  const queryClient = useQueryClient()
  const list = sshKeyQueries.list()
  return useMutation({
    meta: { form: true },
    mutationFn: addSshKey,
    onSuccess: (key) => {
      queryClient.setQueryData(list.queryKey, (keys) =>
        keys ? [...keys.filter((k) => k.fingerprint !== key.fingerprint), key] : keys,
      )
      return queryClient.invalidateQueries({ queryKey: sshKeyQueries.all() })
    },
  })
}
