import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import { fractalList } from './fractal'
import { serverDetailQueries } from './server'

// A server's databases (contract §2.3). Passwords are secrets: the list query never asks for
// them; `getDatabasePassword` fetches one with `include=password` when the person asks to see
// it, and create/rotate hand theirs back to the caller only — nothing with a password goes into
// the query cache.

const base = (id: string) => `/api/client/servers/${encodeURIComponent(id)}/databases`

const attributes = z.object({
  id: z.string(),
  host: z.object({ address: z.string(), port: z.int() }),
  name: z.string(),
  username: z.string(),
  connections_from: z.string(),
  max_connections: z.nullable(z.int()),
})

const toDatabase = (a: z.output<typeof attributes>) => ({
  id: a.id,
  host: a.host.address,
  port: a.host.port,
  name: a.name,
  username: a.username,
  connectionsFrom: a.connections_from,
  maxConnections: a.max_connections,
})

/** A list item without its password (the relationship is dropped even if present). */
export const databaseSchema = z.pipe(
  z.object({ object: z.literal('server_database'), attributes }),
  z.transform(({ attributes: a }) => toDatabase(a)),
)
export type Database = z.output<typeof databaseSchema>

const passwordRelation = z.object({
  relationships: z.optional(
    z.object({
      password: z.union([
        z.object({
          object: z.literal('database_password'),
          attributes: z.object({ password: z.string() }),
        }),
        z.object({ object: z.literal('null_resource'), attributes: z.null() }),
      ]),
    }),
  ),
})

/** An item with `include=password`: the database, and its password when the caller may see it. */
const withPasswordSchema = z.pipe(
  z.object({
    object: z.literal('server_database'),
    attributes: z.extend(attributes, passwordRelation.shape),
  }),
  z.transform(({ attributes: a }) => {
    const password = a.relationships?.password
    return {
      database: toDatabase(a),
      password: password?.object === 'database_password' ? password.attributes.password : null,
    }
  }),
)
export type DatabaseWithPassword = z.output<typeof withPasswordSchema>

/** alpha_dash, 3–48 characters (StoreDatabaseRequest); the panel adds `s{serverId}_`. */
export const DATABASE_NAME_PATTERN = /^[\p{L}\p{M}\p{N}_-]+$/u
export const DATABASE_NAME_MIN = 3
export const DATABASE_NAME_MAX = 48
/** `remote` (Database::$validationRules): letters, digits, `_ - / . % :`; `%` = anywhere. */
export const DATABASE_REMOTE_PATTERN = /^[\w\-/.%:]+$/

export interface CreateDatabaseInput {
  database: string
  remote: string
}

/** POST /databases: the new database and its password (null without view_password). */
export function createDatabase(id: string, input: CreateDatabaseInput) {
  return api.post(base(id), input, withPasswordSchema)
}

/** POST /databases/{db}/rotate-password: the new password only with view_password. */
export function rotateDatabasePassword(id: string, databaseId: string) {
  return api.post(
    `${base(id)}/${encodeURIComponent(databaseId)}/rotate-password`,
    {},
    withPasswordSchema,
  )
}

export function deleteDatabase(id: string, databaseId: string): Promise<void> {
  return api.delete(`${base(id)}/${encodeURIComponent(databaseId)}`)
}

/**
 * One database's password, read fresh (`include=password` on the list; the panel has no
 * single-item route). null when the caller lacks `database.view_password` or it is gone.
 */
export async function getDatabasePassword(
  id: string,
  databaseId: string,
  signal?: AbortSignal,
): Promise<string | null> {
  const list = await api.get(base(id), fractalList(withPasswordSchema), {
    params: { include: 'password' },
    signal,
  })
  return list.find((d) => d.database.id === databaseId)?.password ?? null
}

export const databaseQueries = {
  all: (id: string) => [...serverDetailQueries.all(id), 'databases'] as const,
  list: (id: string) =>
    queryOptions({
      queryKey: [...databaseQueries.all(id), 'list'] as const,
      queryFn: ({ signal }) => api.get(base(id), fractalList(databaseSchema), { signal }),
    }),
}
