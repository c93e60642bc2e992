import { useEffect, useRef, useState } from 'react'
import { Outlet, ScrollRestoration, useLocation, useMatches } from 'react-router'

import type { Messages } from '@/i18n/catalogue'
import { useI18n } from '@/i18n/language'
import { TitleSubjectContext } from '@/lib/title-subject'

import { NavigationProgress } from './navigation-progress'

export interface RouteHandle {
  /**
   * Page title, read from the current catalogue (document.title becomes "<title> · Talon"), so
   * it follows the language: `title: (t) => t.layout.titles.servers`.
   */
  title?: (t: Messages) => string
}

function useRouteTitle(t: Messages): string | undefined {
  const matches = useMatches()
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]?.handle as RouteHandle | undefined
    const title = handle?.title?.(t)
    if (title) return title
  }
  return undefined
}

/** Root of every route: progress bar, document title, route-change announcement. */
export function RootLayout() {
  const { t } = useI18n()
  const routeTitle = useRouteTitle(t)
  const [subject, setSubject] = useState<string | null>(null)
  const title = routeTitle && subject ? t.layout.titleWithSubject(subject, routeTitle) : routeTitle
  const location = useLocation()
  const [announcement, setAnnouncement] = useState('')
  const announcedPath = useRef(location.pathname)

  useEffect(() => {
    document.title = title ? t.layout.documentTitle(title) : t.common.appName
  }, [title, t])

  useEffect(() => {
    // Announce navigation only: not the first page, nor a language change on the same page.
    if (announcedPath.current === location.pathname) return
    announcedPath.current = location.pathname
    // Screen readers hear nothing on client-side navigation unless we say where they are.
    setAnnouncement(title ?? t.common.appName)
  }, [location.pathname, title, t])

  return (
    <TitleSubjectContext value={setSubject}>
      <NavigationProgress />
      <Outlet />
      <ScrollRestoration />
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </TitleSubjectContext>
  )
}
