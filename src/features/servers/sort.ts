import type { Server, ServerStats } from '@/api/servers'

import { deriveStatus } from './server-status'
import type { StatusKind } from './server-status'

// Sorting is applied to the rows of the current page only (the panel cannot sort servers).

export const sortKeys = ['default', 'name', 'status', 'cpu', 'memory'] as const
export type SortKey = (typeof sortKeys)[number]

// Their labels live in the catalogue: `t.servers.sort.options[key]`.

export function parseSort(value: string | null): SortKey {
  return sortKeys.find((k) => k === value) ?? 'default'
}

const STATUS_RANK: Record<StatusKind, number> = {
  running: 0,
  starting: 1,
  stopping: 2,
  offline: 3,
  checking: 4,
  unknown: 4,
  restoring_backup: 5,
  transferring: 6,
  installing: 7,
  maintenance: 8,
  reinstall_failed: 9,
  install_failed: 10,
  suspended: 11,
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** A sorted copy. Rows without stats go last for CPU/memory; ties keep panel order. */
export function sortServers(
  servers: readonly Server[],
  sort: SortKey,
  statsOf: (identifier: string) => ServerStats | undefined,
): Server[] {
  const indexed = servers.map((server, index) => ({ server, index }))
  if (sort === 'default') return [...servers]
  const metric = (s: Server): number | undefined => {
    const stats = statsOf(s.identifier)
    if (!stats) return undefined
    return sort === 'cpu' ? stats.cpuPercent : stats.memoryBytes
  }
  indexed.sort((a, b) => {
    let d = 0
    if (sort === 'name') d = collator.compare(a.server.name, b.server.name)
    else if (sort === 'status') {
      d =
        STATUS_RANK[deriveStatus(a.server, statsOf(a.server.identifier)).kind] -
        STATUS_RANK[deriveStatus(b.server, statsOf(b.server.identifier)).kind]
    } else {
      const x = metric(a.server)
      const y = metric(b.server)
      if (x === undefined && y !== undefined) d = 1
      else if (y === undefined && x !== undefined) d = -1
      else if (x !== undefined && y !== undefined) d = y - x
    }
    return d !== 0 ? d : a.index - b.index
  })
  return indexed.map((i) => i.server)
}
