// Up/Down history of console commands, per server, in localStorage (as upstream keeps it,
// 32 entries). Commands are not secrets; nothing else is ever stored here.

export const HISTORY_LIMIT = 32
const key = (serverId: string) => `talon:console-history:${serverId}`

export function loadHistory(serverId: string): string[] {
  try {
    const raw = localStorage.getItem(key(serverId))
    const value: unknown = raw ? JSON.parse(raw) : []
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

/** Newest first, without an immediate repeat. */
export function pushHistory(serverId: string, command: string): string[] {
  const current = loadHistory(serverId)
  const next = [command, ...current.filter((c, i) => !(i === 0 && c === command))].slice(
    0,
    HISTORY_LIMIT,
  )
  try {
    localStorage.setItem(key(serverId), JSON.stringify(next))
  } catch {
    // Storage full or blocked: history just isn't kept.
  }
  return next
}
