import { useCallback, useSyncExternalStore } from 'react'

import type { ServerListType } from '@/api/servers'

// Admins choose between their own servers and every server on the panel; the choice is
// remembered per user in this browser (not a secret).

const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

export function serverViewKey(username: string): string {
  return `talon:servers-view:${username}`
}

function read(key: string | null): ServerListType {
  if (!key) return 'mine'
  try {
    return localStorage.getItem(key) === 'admin-all' ? 'admin-all' : 'mine'
  } catch {
    return 'mine'
  }
}

function keyFor(username: string | undefined, isAdmin: boolean): string | null {
  return username && isAdmin ? serverViewKey(username) : null
}

/** The remembered view, outside React (the route loader prefetches that list). */
export function readServerView(username: string | undefined, isAdmin: boolean): ServerListType {
  return read(keyFor(username, isAdmin))
}

/** Non-admins always get "mine" (the panel would answer them an empty page anyway). */
export function useServerView(username: string | undefined, isAdmin: boolean) {
  const key = keyFor(username, isAdmin)
  const view = useSyncExternalStore(subscribe, () => read(key))
  const setView = useCallback(
    (next: ServerListType) => {
      if (!key) return
      try {
        localStorage.setItem(key, next)
      } catch {
        // Not remembered; still switch for this render cycle via listeners below.
      }
      for (const listener of listeners) listener()
    },
    [key],
  )
  return [view, setView] as const
}
