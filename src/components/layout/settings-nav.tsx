import { useEffect, useRef } from 'react'
import { NavLink } from 'react-router'

import type { Messages } from '@/i18n/catalogue'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { paths } from '@/lib/paths'

type ItemName = Exclude<keyof Messages['layout']['settingsNav'], 'label'>

const items: { to: string; name: ItemName; end: boolean }[] = [
  { to: paths.account(), name: 'profile', end: true },
  { to: paths.security(), name: 'security', end: false },
  { to: paths.apiKeys(), name: 'apiKeys', end: false },
  { to: paths.sshKeys(), name: 'sshKeys', end: false },
  { to: paths.activity(), name: 'activity', end: false },
]

/**
 * The account section's side navigation (GitHub/Vercel settings style): a column beside the page
 * from `md` up; on a phone one row that scrolls sideways, so the page starts right below it
 * instead of after a stack of links. The current page's link is scrolled into view.
 */
export function SettingsNav() {
  const { t } = useI18n()
  const list = useRef<HTMLUListElement>(null)

  useEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="page"]')
    // Only the row scrolls (never the page); jsdom has no layout, hence the optional call.
    const row = list.current
    if (!current || !row || row.scrollWidth <= row.clientWidth) return
    row.scrollTo?.({ left: current.offsetLeft - (row.clientWidth - current.offsetWidth) / 2 })
  })

  return (
    <nav aria-label={t.layout.settingsNav.label}>
      <ul
        ref={list}
        className={cn(
          // Phone: a sideways-scrolling row under a hairline, edge to edge of the page's padding.
          '-mx-4 flex gap-1 overflow-x-auto border-b border-border px-4 pb-2 [scrollbar-width:none]',
          'sm:-mx-6 sm:px-6',
          'md:mx-0 md:flex-col md:overflow-visible md:border-b-0 md:px-0 md:pb-0',
        )}
      >
        {items.map((item) => (
          <li key={item.to} className="shrink-0">
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                cn(
                  'flex min-h-11 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors md:min-h-9',
                  'focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none focus-visible:ring-inset',
                  isActive
                    ? 'bg-accent-subtle text-accent-text'
                    : 'text-fg-muted hover:bg-surface-muted hover:text-fg',
                )
              }
            >
              {t.layout.settingsNav[item.name]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
