import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import type { PowerSignal } from './servers'

// What the signed-in user may do on one server: `meta.user_permissions` of
// GET /api/client/servers/{server} (contract §7.2). Owners and admins get ["*"]; a subuser gets
// the list the owner granted (e.g. control.start without control.restart). The server list does
// not carry it, so shared servers are asked once each and the answer is cached.

const serverViewMetaSchema = z.pipe(
  z.object({
    meta: z.object({
      is_server_owner: z.boolean(),
      user_permissions: z.array(z.string()),
    }),
  }),
  z.transform(({ meta }) => ({
    isOwner: meta.is_server_owner,
    permissions: meta.user_permissions,
  })),
)
export type ServerPermissions = z.output<typeof serverViewMetaSchema>

export function getServerPermissions(
  identifier: string,
  signal?: AbortSignal,
): Promise<ServerPermissions> {
  return api.get(`/api/client/servers/${encodeURIComponent(identifier)}`, serverViewMetaSchema, {
    signal,
  })
}

/** Does a permission list allow `permission`? ("*" = everything, as for owners and admins.) */
export function hasPermission(permissions: readonly string[], permission: string): boolean {
  return permissions.includes('*') || permissions.includes(permission)
}

/** The permission the panel checks for each power signal (kill counts as stop). */
export const POWER_PERMISSION: Record<PowerSignal, string> = {
  start: 'control.start',
  stop: 'control.stop',
  kill: 'control.stop',
  restart: 'control.restart',
}

export function canSendPower(permissions: readonly string[], signal: PowerSignal): boolean {
  return hasPermission(permissions, POWER_PERMISSION[signal])
}

export const serverPermissionQueries = {
  all: () => ['servers', 'permissions'] as const,
  /**
   * A subuser's grants change rarely (only when the owner edits them): kept 5 minutes, not
   * refetched on focus. A refused action (403) still explains itself on the row.
   */
  detail: (identifier: string) =>
    queryOptions({
      queryKey: [...serverPermissionQueries.all(), identifier] as const,
      queryFn: ({ signal }) => getServerPermissions(identifier, signal),
      staleTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      meta: { silent: true },
    }),
}
