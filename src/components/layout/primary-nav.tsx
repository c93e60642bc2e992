import { NavLink } from 'react-router'

import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { paths } from '@/lib/paths'

const items = [
  { to: paths.home(), name: 'servers', end: true },
  // Every settings page (/account/…) belongs to Account: its own side navigation goes from there.
  { to: paths.account(), name: 'account', end: false },
] as const

interface PrimaryNavProps {
  id?: string
  /** Mobile: the menu is collapsed (hidden below `sm`). */
  collapsed: boolean
  onNavigate?: () => void
}

/** Primary navigation; NavLink sets aria-current="page" on the active item. */
export function PrimaryNav({ id, collapsed, onNavigate }: PrimaryNavProps) {
  const { t } = useI18n()
  return (
    <nav id={id} aria-label={t.layout.nav.label} className={cn(collapsed && 'max-sm:hidden')}>
      <ul className="flex flex-col gap-1 py-2 sm:flex-row sm:gap-1 sm:py-0">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              onClick={onNavigate}
              className={({ isActive }) =>
                cn(
                  'flex min-h-11 items-center rounded-md px-3 text-sm font-medium transition-colors sm:min-h-9',
                  'focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
                  isActive
                    ? 'bg-accent-subtle text-accent-text'
                    : 'text-fg-muted hover:bg-surface-muted hover:text-fg',
                )
              }
            >
              {t.layout.nav[item.name]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
