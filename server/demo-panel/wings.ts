import type { PowerState, ResourceSnapshot, Server } from './store'

// A pretend Wings daemon: each server carries a power timeline, and resource figures are a pure
// function of (server, time) so they drift smoothly while running and reset when offline.

const MIB = 1024 * 1024
const TRANSITION_MS = 3000

export function currentState(server: Server, now: number): PowerState {
  let state: PowerState = 'offline'
  for (const step of server.power) if (step.at <= now) state = step.state
  return state
}

function runStartedAt(server: Server, now: number): number | null {
  let start: number | null = null
  let previous: PowerState = 'offline'
  for (const step of server.power) {
    if (step.at > now) break
    if (step.state === 'offline') start = null
    else if (
      step.state === 'starting' ||
      (step.state === 'running' && previous !== 'starting' && start === null)
    ) {
      start = step.at
    }
    previous = step.state
  }
  return start
}

export function snapshot(server: Server, now: number): ResourceSnapshot {
  const state = currentState(server, now)
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
  const started = runStartedAt(server, now) ?? now
  const uptime = Math.max(0, now - started)
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

/** Wings accepts the action (the panel answers 204 at once) and changes state asynchronously. */
export function applyPowerSignal(
  server: Server,
  signal: 'start' | 'stop' | 'restart' | 'kill',
  now: number,
): void {
  const state = currentState(server, now)
  const keep = server.power.filter((step) => step.at <= now).slice(-4)
  const queue = (...steps: Array<[PowerState, number]>): void => {
    server.power = [...keep, ...steps.map(([s, offset]) => ({ state: s, at: now + offset }))]
  }
  switch (signal) {
    case 'start':
      if (state === 'offline') queue(['starting', 0], ['running', TRANSITION_MS])
      return
    case 'stop':
      if (state === 'running' || state === 'starting')
        queue(['stopping', 0], ['offline', TRANSITION_MS])
      return
    case 'restart':
      if (state === 'offline') queue(['starting', 0], ['running', TRANSITION_MS])
      else
        queue(
          ['stopping', 0],
          ['offline', TRANSITION_MS],
          ['starting', TRANSITION_MS + 500],
          ['running', 2 * TRANSITION_MS + 500],
        )
      return
    case 'kill':
      queue(['offline', 0])
      return
  }
}
