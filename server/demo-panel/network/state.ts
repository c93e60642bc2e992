import type { Allocation, Server } from '../store'

// What FindAssignableAllocationService works with. In the panel, client-created allocations are
// one instance-wide switch (PTERODACTYL_CLIENT_ALLOCATIONS_ENABLED, default off) with a port range
// (…_RANGE_START/END). The double keeps that switch per server, so one demo shows both answers:
// Survival SMP has it on with a range, every other server gets the panel's "not enabled".

export interface ClientAllocationRange {
  rangeStart: number
  rangeEnd: number
}

/** An allocation that exists on a node but belongs to no server (deleted ones go back here). */
export interface UnassignedAllocation extends Allocation {
  nodeId: number
}

export interface NetworkState {
  /** server id → the range its new allocations come from; absent = auto-allocation disabled. */
  clientAllocations: Map<number, ClientAllocationRange>
  /** The nodes' free allocations, reused before a new port is created. */
  unassigned: UnassignedAllocation[]
}

/** The seeded range for Survival SMP (a small, realistic slice of the node's ports). */
export const SURVIVAL_ALLOCATION_RANGE: ClientAllocationRange = {
  rangeStart: 25570,
  rangeEnd: 25599,
}

export function seedNetwork(servers: Server[], survivalIdentifier: string): NetworkState {
  const survival = servers.find((s) => s.identifier === survivalIdentifier)
  return {
    clientAllocations: new Map(survival ? [[survival.id, SURVIVAL_ALLOCATION_RANGE]] : []),
    unassigned: [],
  }
}

/** Turns a server's auto-allocation on (with a range) or off; tests and the demo's control use it. */
export function setClientAllocations(
  state: NetworkState,
  server: Server,
  range: ClientAllocationRange | null,
): void {
  if (range) state.clientAllocations.set(server.id, range)
  else state.clientAllocations.delete(server.id)
}

/**
 * `POST /__demo/client-allocations` (faults mode): `{"server": "<identifier>", "rangeStart": n,
 * "rangeEnd": n}` turns a server's auto-allocation on, `{"server": "<identifier>", "enabled":
 * false}` off, so a demo or a test can see either answer on any server.
 */
export function clientAllocationsControl(
  state: NetworkState,
  servers: Server[],
  body: unknown,
): { status: number; error?: string } {
  const {
    server: identifier,
    enabled,
    rangeStart,
    rangeEnd,
  } = (body ?? {}) as Record<string, unknown>
  const server = servers.find((s) => s.identifier === identifier)
  if (!server) return { status: 422, error: 'expects {"server": "<identifier>", …}' }
  if (enabled === false) {
    setClientAllocations(state, server, null)
    return { status: 204 }
  }
  const valid = (n: unknown): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= 1024 && n <= 65535
  if (!valid(rangeStart) || !valid(rangeEnd) || rangeStart > rangeEnd) {
    return { status: 422, error: 'expects rangeStart ≤ rangeEnd, both ports from 1024 to 65535' }
  }
  setClientAllocations(state, server, { rangeStart, rangeEnd })
  return { status: 204 }
}
