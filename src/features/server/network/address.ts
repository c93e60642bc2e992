import type { Allocation } from '@/api/network'

/** `alias:port`, or `ip:port` when the node has no alias for the IP (what players type). */
export const allocationAddress = (a: Allocation) => `${a.alias ?? a.ip}:${a.port}`
