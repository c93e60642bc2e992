import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import { fractalItem, fractalList, paginated } from './fractal'

// The server list and live stats (contract §7). There is no `GET /api/client/servers`: the list
// is `GET /api/client`. Limits are MiB / percent, 0 = unlimited.

const allocationSchema = fractalItem(
  'allocation',
  z.object({
    id: z.int(),
    ip: z.string(),
    ip_alias: z.nullable(z.string()),
    port: z.int(),
    notes: z.nullable(z.string()),
    is_default: z.boolean(),
  }),
)

const limitsSchema = z.pipe(
  z.object({
    memory: z.number(),
    swap: z.number(),
    disk: z.number(),
    io: z.nullable(z.number()),
    cpu: z.number(),
    threads: z.nullable(z.string()),
    oom_disabled: z.boolean(),
  }),
  z.transform((l) => ({ memory: l.memory, swap: l.swap, disk: l.disk, cpu: l.cpu })),
)

/** `status` of the server row (null = installed and usable). */
export const serverInstallStatuses = [
  'installing',
  'install_failed',
  'reinstall_failed',
  'suspended',
  'restoring_backup',
] as const
export type ServerInstallStatus = (typeof serverInstallStatuses)[number]

export const serverSchema = fractalItem(
  'server',
  z.pipe(
    z.object({
      server_owner: z.boolean(),
      identifier: z.string(),
      internal_id: z.int(),
      uuid: z.string(),
      name: z.string(),
      node: z.string(),
      is_node_under_maintenance: z.boolean(),
      description: z.nullable(z.string()),
      limits: limitsSchema,
      feature_limits: z.object({ databases: z.int(), allocations: z.int(), backups: z.int() }),
      // Unknown future values are kept as-is rather than failing the whole list.
      status: z.nullable(z.string()),
      is_suspended: z.boolean(),
      is_installing: z.boolean(),
      is_transferring: z.boolean(),
      relationships: z.object({
        allocations: fractalList(allocationSchema),
      }),
    }),
    z.transform((s) => {
      const primary = s.relationships.allocations.find((a) => a.is_default)
      return {
        identifier: s.identifier,
        uuid: s.uuid,
        internalId: s.internal_id,
        name: s.name,
        description: s.description ?? '',
        node: s.node,
        isOwner: s.server_owner,
        isNodeUnderMaintenance: s.is_node_under_maintenance,
        limits: s.limits,
        /** How many databases, allocations and backups the server may have (0: none). */
        featureLimits: s.feature_limits,
        status: s.status,
        isSuspended: s.is_suspended,
        isInstalling: s.is_installing,
        isTransferring: s.is_transferring,
        /** `ip_alias` (or ip) : port of the `is_default` allocation. */
        address: primary ? `${primary.ip_alias ?? primary.ip}:${primary.port}` : null,
      }
    }),
  ),
)
export type Server = z.output<typeof serverSchema>

export const serverListSchema = paginated(serverSchema)
export type ServerList = z.output<typeof serverListSchema>

export const powerStates = ['offline', 'starting', 'running', 'stopping'] as const
export type PowerState = (typeof powerStates)[number]

export const serverStatsSchema = fractalItem(
  'stats',
  z.pipe(
    z.object({
      current_state: z.string(),
      is_suspended: z.boolean(),
      resources: z.object({
        memory_bytes: z.number(),
        cpu_absolute: z.number(),
        disk_bytes: z.number(),
        network_rx_bytes: z.number(),
        network_tx_bytes: z.number(),
        uptime: z.number(),
      }),
    }),
    z.transform((s) => ({
      // Wings may omit the state; the panel then says "stopped".
      currentState: s.current_state,
      isSuspended: s.is_suspended,
      memoryBytes: s.resources.memory_bytes,
      cpuPercent: s.resources.cpu_absolute,
      diskBytes: s.resources.disk_bytes,
      networkRxBytes: s.resources.network_rx_bytes,
      networkTxBytes: s.resources.network_tx_bytes,
      uptimeMs: s.resources.uptime,
    })),
  ),
)
export type ServerStats = z.output<typeof serverStatsSchema>

/** `type`: absent = owned or subuser; `admin-all` = every server (root admins only). */
export type ServerListType = 'mine' | 'admin-all'

export interface ServerListParams {
  page: number
  perPage: number
  type: ServerListType
  /** `filter[*]`: uuid/identifier/external id, name substring, or an IPv4[:port] / :port. */
  query: string
}

export function getServers(params: ServerListParams, signal?: AbortSignal): Promise<ServerList> {
  return api.get('/api/client', serverListSchema, {
    params: {
      page: params.page,
      per_page: params.perPage,
      ...(params.type === 'admin-all' && { type: 'admin-all' }),
      ...(params.query.trim() !== '' && { filter: { '*': params.query.trim() } }),
    },
    signal,
  })
}

export function getServerStats(identifier: string, signal?: AbortSignal): Promise<ServerStats> {
  return api.get(
    `/api/client/servers/${encodeURIComponent(identifier)}/resources`,
    serverStatsSchema,
    { signal },
  )
}

export type PowerSignal = 'start' | 'stop' | 'restart' | 'kill'

/** 204: Wings accepted the signal; the state changes asynchronously. */
export function sendPowerSignal(identifier: string, signal: PowerSignal): Promise<void> {
  return api.post(`/api/client/servers/${encodeURIComponent(identifier)}/power`, { signal })
}

export const serverQueries = {
  all: () => ['servers'] as const,
  list: (params: ServerListParams) =>
    queryOptions({
      queryKey: [...serverQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) => getServers(params, signal),
      staleTime: 30_000,
    }),
  /**
   * Live stats of one server. The panel caches them 20 s, and the dashboard's stats scheduler
   * decides when to fetch (rows use this with `enabled: false`), so no retries and no interval
   * here; failures are shown on the row, never toasted.
   */
  resources: (identifier: string) =>
    queryOptions({
      queryKey: [...serverQueries.all(), 'resources', identifier] as const,
      queryFn: ({ signal }) => getServerStats(identifier, signal),
      staleTime: 20_000,
      retry: false,
      refetchInterval: false,
      refetchOnWindowFocus: false,
      meta: { silent: true },
    }),
}
