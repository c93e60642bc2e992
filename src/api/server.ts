import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { activityPageSchema, MAX_ACTIVITY_PAGE_SIZE } from './activity'
import type { ActivityListParams } from './activity'
import { api } from './client'
import { serverSchema } from './servers'

// One server (contract §1.1, §1.3, §2.9, §2.10): the view with the caller's permissions, the
// websocket token, rename/reinstall and the server's activity feed.

const base = (id: string) => `/api/client/servers/${encodeURIComponent(id)}`

const sftpSchema = z.object({
  object: z.literal('server'),
  attributes: z.object({
    sftp_details: z.object({ ip: z.string(), port: z.int() }),
    docker_image: z.string(),
    // How many databases, allocations and backups the server may have (null: no limit).
    feature_limits: z.object({
      databases: z.nullable(z.int()),
      allocations: z.nullable(z.int()),
      backups: z.nullable(z.int()),
    }),
  }),
})

/** What `GET /servers/{id}` adds to the list's item: SFTP details and the caller's permissions. */
export const serverDetailSchema = z.pipe(
  z.object({
    // Parsed twice on purpose: the list's schema gives the same `Server` the dashboard uses.
    object: z.literal('server'),
    attributes: z.unknown(),
    meta: z.object({ is_server_owner: z.boolean(), user_permissions: z.array(z.string()) }),
  }),
  z.transform((raw, ctx) => {
    const server = serverSchema.safeParse(raw)
    const sftp = sftpSchema.safeParse(raw)
    if (!server.success || !sftp.success) {
      ctx.issues.push({ code: 'custom', message: 'Malformed server', input: raw })
      return z.NEVER
    }
    const isOwner = raw.meta.is_server_owner
    return {
      server: server.data,
      sftp: {
        host: sftp.data.attributes.sftp_details.ip,
        port: sftp.data.attributes.sftp_details.port,
      },
      featureLimits: sftp.data.attributes.feature_limits,
      isOwner,
      dockerImage: sftp.data.attributes.docker_image,
      // Upstream's client stores `['*']` for owners (getServer.ts); a root admin who owns the
      // server keeps the panel's admin keys, which decide what the socket may show.
      permissions: isOwner
        ? ['*', ...raw.meta.user_permissions.filter((p) => p.startsWith('admin.'))]
        : raw.meta.user_permissions,
    }
  }),
)
export type ServerDetail = z.output<typeof serverDetailSchema>

export function getServer(id: string, signal?: AbortSignal): Promise<ServerDetail> {
  return api.get(base(id), serverDetailSchema, { signal })
}

const websocketSchema = z.object({ data: z.object({ token: z.string(), socket: z.string() }) })
export interface WebsocketCredentials {
  token: string
  socket: string
}

/**
 * A fresh Wings JWT and the socket URL. Deliberately a plain function, not a query: the token is
 * a secret (never cached) and the panel allows 5 per minute per server, shared by every user.
 */
export async function getWebsocketCredentials(
  id: string,
  signal?: AbortSignal,
): Promise<WebsocketCredentials> {
  const { data } = await api.get(`${base(id)}/websocket`, websocketSchema, { signal })
  return { token: data.token, socket: data.socket }
}

export interface RenameServerInput {
  name: string
  description: string
}

export function renameServer(id: string, input: RenameServerInput): Promise<void> {
  return api.post(`${base(id)}/settings/rename`, input)
}

/** 202: the server goes to `installing`; Wings reports `install started/completed`. */
export function reinstallServer(id: string): Promise<void> {
  return api.post(`${base(id)}/settings/reinstall`)
}

export function getServerActivity(id: string, params: ActivityListParams, signal?: AbortSignal) {
  return api.get(`${base(id)}/activity`, activityPageSchema, {
    params: {
      sort: '-timestamp',
      include: 'actor',
      page: params.page,
      per_page: Math.min(params.perPage, MAX_ACTIVITY_PAGE_SIZE),
      filter: { event: params.event },
    },
    signal,
  })
}

export const serverDetailQueries = {
  all: (id: string) => ['server', id] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...serverDetailQueries.all(id), 'detail'] as const,
      queryFn: ({ signal }) => getServer(id, signal),
      staleTime: 30_000,
    }),
  activity: (id: string, { page, perPage, event }: ActivityListParams) =>
    queryOptions({
      queryKey: [
        ...serverDetailQueries.all(id),
        'activity',
        { page, perPage, event: event ?? null },
      ] as const,
      queryFn: ({ signal }) => getServerActivity(id, { page, perPage, event }, signal),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
}
