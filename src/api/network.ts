import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import { fractalItem, fractalList } from './fractal'

// Network (contract §2.7): the server's allocations, their notes, the primary one, and new ones
// assigned by the panel when its admin enabled client allocations.

const base = (id: string) => `/api/client/servers/${encodeURIComponent(id)}/network/allocations`

/** The panel's `nullable|string|max:256` on notes. */
export const ALLOCATION_NOTES_MAX = 256

const allocationSchema = fractalItem(
  'allocation',
  z.pipe(
    z.object({
      id: z.int(),
      ip: z.string(),
      ip_alias: z.nullable(z.string()),
      port: z.int(),
      notes: z.nullable(z.string()),
      is_default: z.boolean(),
    }),
    z.transform((a) => ({
      id: a.id,
      ip: a.ip,
      alias: a.ip_alias,
      port: a.port,
      notes: a.notes ?? '',
      isPrimary: a.is_default,
    })),
  ),
)
export type Allocation = z.output<typeof allocationSchema>

const allocationListSchema = fractalList(allocationSchema)

export function getAllocations(id: string, signal?: AbortSignal): Promise<Allocation[]> {
  return api.get(base(id), allocationListSchema, { signal })
}

/** "" clears the notes (the panel stores null). */
export function updateAllocationNotes(id: string, allocationId: number, notes: string) {
  return api.post(`${base(id)}/${allocationId}`, { notes }, allocationSchema)
}

export function setPrimaryAllocation(id: string, allocationId: number) {
  return api.post(`${base(id)}/${allocationId}/primary`, undefined, allocationSchema)
}

/** 400 "not enabled" when the admin has not enabled client allocations; 400 at the limit. */
export function createAllocation(id: string) {
  return api.post(base(id), undefined, allocationSchema)
}

export function deleteAllocation(id: string, allocationId: number): Promise<void> {
  return api.delete(`${base(id)}/${allocationId}`)
}

export const networkQueries = {
  all: (id: string) => ['server', id, 'network'] as const,
  list: (id: string) =>
    queryOptions({
      queryKey: [...networkQueries.all(id), 'allocations'] as const,
      queryFn: ({ signal }) => getAllocations(id, signal),
      staleTime: 10_000,
    }),
}
