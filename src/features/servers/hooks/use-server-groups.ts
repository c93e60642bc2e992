import { useCallback, useSyncExternalStore } from 'react'

import { groupsStorageKey, parseGroups } from '../groups-store'
import type { ServerGroup } from '../groups-store'

const listeners = new Set<() => void>()
const notify = () => {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Another tab changed them.
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

function read(key: string | null): string | null {
  if (!key) return null
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

const cache = new Map<string, ServerGroup[]>()
function parsed(raw: string | null): ServerGroup[] {
  const key = raw ?? ''
  let value = cache.get(key)
  if (!value) {
    value = parseGroups(raw)
    cache.clear()
    cache.set(key, value)
  }
  return value
}

/** The signed-in user's server groups (localStorage, synced across tabs) and a setter. */
export function useServerGroups(username: string | undefined) {
  const key = username ? groupsStorageKey(username) : null
  const raw = useSyncExternalStore(subscribe, () => read(key))
  const groups = parsed(raw)
  const update = useCallback(
    (change: (groups: ServerGroup[]) => ServerGroup[]) => {
      if (!key) return
      const next = change(parseGroups(read(key)))
      try {
        if (next.length === 0) localStorage.removeItem(key)
        else localStorage.setItem(key, JSON.stringify(next))
      } catch {
        // Storage full or disabled: groups simply don't persist.
      }
      notify()
    },
    [key],
  )
  return [groups, update] as const
}
