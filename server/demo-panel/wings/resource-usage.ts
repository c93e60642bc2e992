import type { PowerState, ResourceSnapshot, Server } from '../store'

// The simulated container's resource figures: the panel's snapshot and Wings' `stats` payload.

const MIB = 1024 * 1024

export interface WingsStats {
  memory_bytes: number
  memory_limit_bytes: number
  cpu_absolute: number
  network: { rx_bytes: number; tx_bytes: number }
  uptime: number
  state: PowerState
  disk_bytes: number
}

/**
 * Resource figures: a smooth function of time while running, zero while offline. `startedAt`:
 * when the current run started (uptime).
 */
export function resourceSnapshot(
  server: Server,
  state: PowerState,
  now: number,
  startedAt: number | null,
): ResourceSnapshot {
  const wave = (period: number, phase: number): number =>
    Math.sin(now / period + server.id * 1.7 + phase)
  const disk = server.diskBase + Math.round((1 + wave(600_000, 2)) * 4 * MIB)
  if (state === 'offline') {
    return {
      state,
      memoryBytes: 0,
      cpuAbsolute: 0,
      diskBytes: disk,
      rxBytes: 0,
      txBytes: 0,
      uptime: 0,
    }
  }
  const uptime = Math.max(0, now - (startedAt ?? now))
  const limitBytes = (server.limits.memory || 6144) * MIB
  const warm = state === 'starting' ? Math.min(1, uptime / 20_000) * 0.3 : 1
  const memoryBytes = Math.round(limitBytes * (0.35 + 0.15 * wave(45_000, 0)) * warm)
  const cpuCeiling = server.limits.cpu || 400
  const base = state === 'starting' ? 0.6 : 0.18
  const cpu = Math.max(0, cpuCeiling * (base + 0.12 * wave(9_000, 1) + 0.05 * wave(2_300, 3)))
  const seconds = uptime / 1000
  return {
    state,
    memoryBytes,
    cpuAbsolute: Math.round(cpu * 1000) / 1000,
    diskBytes: disk,
    rxBytes: Math.round(seconds * (2200 + server.id * 13)),
    txBytes: Math.round(seconds * (5100 + server.id * 29)),
    uptime,
  }
}

/** The `stats` event's payload (Wings' ResourceUsage). */
export function wingsStats(server: Server, s: ResourceSnapshot): WingsStats {
  return {
    memory_bytes: s.memoryBytes,
    memory_limit_bytes: server.limits.memory * MIB,
    cpu_absolute: s.cpuAbsolute,
    network: { rx_bytes: s.rxBytes, tx_bytes: s.txBytes },
    uptime: s.uptime,
    state: s.state,
    disk_bytes: s.diskBytes,
  }
}
