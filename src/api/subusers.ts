import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import { dateTime, fractalItem, fractalList } from './fractal'
import { serverDetailQueries } from './server'

// Subusers of one server and the panel's permission catalogue (contract §2.5, §3). The panel
// creates an account for an unknown e-mail; a change of permissions or a removal revokes the
// subuser's Wings tokens (their open console drops what was taken away).

const base = (id: string) => `/api/client/servers/${encodeURIComponent(id)}/users`

const groupSchema = z.object({
  description: z.string(),
  keys: z.record(z.string(), z.string()),
})

/** GET /api/client/permissions: group → description and `key → text`, in the panel's order. */
const catalogueSchema = z.pipe(
  z.object({
    object: z.literal('system_permissions'),
    attributes: z.object({ permissions: z.record(z.string(), groupSchema) }),
  }),
  z.transform(({ attributes }) =>
    Object.entries(attributes.permissions).map(([name, group]) => ({
      name,
      description: group.description,
      keys: Object.entries(group.keys).map(([key, text]) => ({
        key: `${name}.${key}`,
        name: key,
        description: text,
      })),
    })),
  ),
)
export type PermissionCatalogue = z.output<typeof catalogueSchema>
export type PermissionGroup = PermissionCatalogue[number]

export const subuserSchema = fractalItem(
  'server_subuser',
  z.pipe(
    z.object({
      uuid: z.string(),
      username: z.string(),
      email: z.string(),
      image: z.string(),
      '2fa_enabled': z.boolean(),
      created_at: dateTime,
      permissions: z.array(z.string()),
    }),
    z.transform((u) => ({
      uuid: u.uuid,
      username: u.username,
      email: u.email,
      twoFactor: u['2fa_enabled'],
      createdAt: u.created_at,
      permissions: u.permissions,
    })),
  ),
)
export type Subuser = z.output<typeof subuserSchema>

export interface SubuserInput {
  email: string
  permissions: string[]
}

export function createSubuser(id: string, input: SubuserInput): Promise<Subuser> {
  return api.post(base(id), input, subuserSchema)
}

export function updateSubuser(id: string, uuid: string, permissions: string[]): Promise<Subuser> {
  return api.post(`${base(id)}/${encodeURIComponent(uuid)}`, { permissions }, subuserSchema)
}

export function deleteSubuser(id: string, uuid: string): Promise<void> {
  return api.delete(`${base(id)}/${encodeURIComponent(uuid)}`)
}

export const subuserQueries = {
  all: (id: string) => [...serverDetailQueries.all(id), 'subusers'] as const,
  list: (id: string) =>
    queryOptions({
      queryKey: [...subuserQueries.all(id), 'list'] as const,
      queryFn: ({ signal }) => api.get(base(id), fractalList(subuserSchema), { signal }),
    }),
  /** The same for every server and user; it changes only with a panel upgrade. */
  catalogue: () =>
    queryOptions({
      queryKey: ['permissions', 'catalogue'] as const,
      queryFn: ({ signal }) => api.get('/api/client/permissions', catalogueSchema, { signal }),
      staleTime: Infinity,
    }),
}
