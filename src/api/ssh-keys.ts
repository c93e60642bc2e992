import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { accountQueries } from './account'
import { api } from './client'
import { dateTime, fractalItem, fractalList } from './fractal'

// SSH keys for SFTP (contract §3.8). The panel sends the fingerprint as bare base64 (43 chars,
// no `SHA256:`) and echoes `public_key` re-encoded as a PKCS#8 PEM, not the line we sent.

export const sshKeySchema = fractalItem(
  'ssh_key',
  z.pipe(
    z.object({
      name: z.string(),
      fingerprint: z.string(),
      public_key: z.string(),
      created_at: dateTime,
    }),
    z.transform((k) => ({
      name: k.name,
      /** As the panel stores it (bare base64); send this back to remove the key. */
      fingerprint: k.fingerprint,
      publicKey: k.public_key,
      createdAt: k.created_at,
    })),
  ),
)
export type SshKey = z.output<typeof sshKeySchema>

/** The fingerprint exactly as `ssh-keygen -lf` prints it: `SHA256:` + unpadded base64. */
export function displayFingerprint(fingerprint: string): string {
  return fingerprint.startsWith('SHA256:') ? fingerprint : `SHA256:${fingerprint}`
}

export const sshKeyQueries = {
  all: () => [...accountQueries.all(), 'ssh-keys'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sshKeyQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        api.get('/api/client/account/ssh-keys', fractalList(sshKeySchema), { signal }),
    }),
}

export interface AddSshKeyInput {
  name: string
  publicKey: string
}

export function addSshKey(input: AddSshKeyInput): Promise<SshKey> {
  return api.post(
    '/api/client/account/ssh-keys',
    { name: input.name, public_key: input.publicKey },
    sshKeySchema,
  )
}

/** Idempotent: the panel answers 204 even when the fingerprint is unknown. */
export function removeSshKey(fingerprint: string): Promise<void> {
  return api.post('/api/client/account/ssh-keys/remove', { fingerprint })
}
