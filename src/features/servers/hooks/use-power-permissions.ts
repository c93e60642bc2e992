import { useQuery } from '@tanstack/react-query'

import { accountQueries } from '@/api/account'
import { canSendPower, serverPermissionQueries } from '@/api/server-permissions'
import type { PowerSignal, Server } from '@/api/servers'

/**
 * Which power signals the signed-in user may send to a server (dashboard rows, the console).
 * Owners (`server_owner` in the list) and root admins may send all, with no request; for a shared
 * server the permissions are fetched once (cached per server). Until they are known, nothing is
 * offered; if they cannot be read, everything is (the panel still refuses with a 403, explained).
 */
export function usePowerPermissions(
  server: Pick<Server, 'identifier' | 'isOwner'>,
  enabled = true,
) {
  const account = useQuery({ ...accountQueries.detail(), enabled: false })
  const trusted = server.isOwner || account.data?.admin === true
  const query = useQuery({
    ...serverPermissionQueries.detail(server.identifier),
    enabled: enabled && !trusted,
  })
  const known = trusted || query.data !== undefined || query.isError
  const allows = (signal: PowerSignal): boolean => {
    if (trusted || query.isError) return true
    return query.data !== undefined && canSendPower(query.data.permissions, signal)
  }
  return { allows, known }
}
