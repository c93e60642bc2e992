import { useLayoutEffect, useRef } from 'react'
import { NavLink, useLocation } from 'react-router'

import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { paths } from '@/lib/paths'

import type { visibleTabs } from '../permissions'

/**
 * The server's pages as a row of tabs. On a phone the row scrolls sideways: the current tab is
 * brought into view, so a page opened by its address (Settings, the last) still shows which one
 * it is.
 */
export function ServerTabs({ id, tabs }: { id: string; tabs: ReturnType<typeof visibleTabs> }) {
  const { t } = useI18n()
  const { pathname } = useLocation()
  const list = useRef<HTMLUListElement>(null)

  useLayoutEffect(() => {
    const row = list.current
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]')
    if (!row || !current) return
    // Only the row scrolls (scrollIntoView could move the page too); `relative` makes the row
    // the link's offsetParent.
    const start = current.offsetLeft
    const end = start + current.offsetWidth
    if (start < row.scrollLeft || end > row.scrollLeft + row.clientWidth)
      row.scrollLeft = start - (row.clientWidth - current.offsetWidth) / 2
  }, [pathname])

  return (
    <nav aria-label={t.server.shell.tabsLabel} className="-mx-4 border-b border-border sm:mx-0">
      <ul ref={list} className="relative flex gap-1 overflow-x-auto px-4 sm:px-0">
        {tabs.map((tab) => (
          <li key={tab.id} className="shrink-0">
            <NavLink
              to={tab.path === '' ? paths.server(id) : `${paths.server(id)}/${tab.path}`}
              end={tab.path === ''}
              className={({ isActive }) =>
                cn(
                  '-mb-px inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:min-h-10',
                  isActive
                    ? 'border-accent text-fg'
                    : 'border-transparent text-fg-muted hover:border-border hover:text-fg',
                )
              }
            >
              {t.server.shell.tabs[tab.id]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
