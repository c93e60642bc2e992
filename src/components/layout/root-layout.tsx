import { useEffect, useRef, useState } from 'react'
import { Outlet, ScrollRestoration, useLocation, useMatches } from 'react-router'

import { NavigationProgress } from './navigation-progress'

export interface RouteHandle {
  /** Page title (document.title becomes "<title> · Talon"). */
  title?: string
}

function useRouteTitle(): string | undefined {
  const matches = useMatches()
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]?.handle as RouteHandle | undefined
    if (handle?.title) return handle.title
  }
  return undefined
}

/** Root of every route: progress bar, document title, route-change announcement. */
export function RootLayout() {
  const title = useRouteTitle()
  const location = useLocation()
  const [announcement, setAnnouncement] = useState('')
  const first = useRef(true)

  useEffect(() => {
    document.title = title ? `${title} · Talon` : 'Talon'
  }, [title])

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    // Screen readers hear nothing on client-side navigation unless we say where they are.
    setAnnouncement(title ?? 'Talon')
  }, [location.pathname, title])

  return (
    <>
      <NavigationProgress />
      <Outlet />
      <ScrollRestoration />
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  )
}
