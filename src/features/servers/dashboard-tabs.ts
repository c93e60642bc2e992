// How many dashboards are showing live stats in this browser right now (visible tabs of this
// origin, this one included), so they split one stats budget instead of each spending a full
// one: the panel counts one rate-limit bucket per user across every tab (contract §5).
//
// Each visible dashboard says "here" on a BroadcastChannel when it appears and every
// HEARTBEAT_MS, answers a newcomer at once, and says "gone" when hidden or closed; a peer not
// heard from for STALE_MS (a crashed tab) stops counting. Where BroadcastChannel does not exist
// a tab counts itself alone, as before.

const CHANNEL = 'talon:dashboard-tabs'
export const HEARTBEAT_MS = 10_000
export const STALE_MS = 25_000

interface Message {
  type: 'here' | 'gone'
  id: string
}

function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false
  const { type, id } = value as Record<string, unknown>
  return (type === 'here' || type === 'gone') && typeof id === 'string'
}

export interface DashboardTabs {
  /** Visible dashboards in this browser, this one included (at least 1). */
  count(): number
  subscribe(listener: () => void): () => void
  /** This tab was hidden or shown (a hidden dashboard fetches nothing, so it does not count). */
  setVisible(visible: boolean): void
  close(): void
}

export function joinDashboardTabs(now: () => number = Date.now): DashboardTabs {
  const listeners = new Set<() => void>()
  const peers = new Map<string, number>() // peer id → last heard (epoch ms)
  let visible = true
  let closed = false
  let reported = 1

  const count = () => {
    const cutoff = now() - STALE_MS
    for (const [peer, heard] of peers) if (heard < cutoff) peers.delete(peer)
    return 1 + peers.size
  }
  const notify = () => {
    const next = count()
    if (next === reported) return
    reported = next
    for (const listener of listeners) listener()
  }

  if (typeof BroadcastChannel === 'undefined') {
    return { count: () => 1, subscribe: () => () => {}, setVisible: () => {}, close: () => {} }
  }

  const id = crypto.randomUUID()
  const channel = new BroadcastChannel(CHANNEL)
  const say = (type: Message['type']) => channel.postMessage({ type, id } satisfies Message)

  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data
    if (!isMessage(message) || message.id === id) return
    if (message.type === 'gone') {
      peers.delete(message.id)
    } else {
      const newcomer = !peers.has(message.id)
      peers.set(message.id, now())
      // Answer at once, so the newcomer splits the budget from its first minute.
      if (newcomer && visible) say('here')
    }
    notify()
  }

  const heartbeat = setInterval(() => {
    if (visible) say('here')
    notify() // drops peers gone silent
  }, HEARTBEAT_MS)

  say('here')

  return {
    count,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setVisible(next) {
      if (closed || next === visible) return
      visible = next
      say(next ? 'here' : 'gone')
    },
    close() {
      if (closed) return
      closed = true
      clearInterval(heartbeat)
      if (visible) say('gone')
      channel.close()
      listeners.clear()
    },
  }
}
