import { useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

import { Button } from '@/components/ui/button'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { paths } from '@/lib/paths'

import { PrimaryNav } from './primary-nav'
import { ThemeSwitch } from './theme-switch'

interface AppShellProps {
  /** The signed-in user's display name. */
  userName?: string
  onSignOut: () => void
  signingOut?: boolean
  children: ReactNode
}

/** Signed-in frame: skip link, header (brand, nav, user, theme, sign out), <main id="main">. */
export function AppShell({ userName, onSignOut, signingOut, children }: AppShellProps) {
  const { t } = useI18n()
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButton = useRef<HTMLButtonElement>(null)

  // Escape closes the phone menu (as it would a dialog) and gives focus back to its button.
  useEffect(() => {
    if (!menuOpen) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      setMenuOpen(false)
      menuButton.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [menuOpen])

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-[80] rounded-md bg-surface text-sm font-medium text-fg shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2 focus:ring-2 focus:ring-ring"
      >
        {t.layout.skipToContent}
      </a>
      <header
        className={cn(
          'sticky top-0 z-30 border-b border-border',
          // The open phone menu lies over the page: opaque, or the content shows through it.
          menuOpen
            ? 'bg-surface'
            : 'bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/75',
        )}
      >
        {/*
          DOM order = focus order = the desktop order: brand, nav, theme + sign out. On a phone the
          row is brand, sign out, menu button, and the collapsible nav wraps below (CSS order), so
          the menu button comes right before the nav it opens.
        */}
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 px-4 sm:h-14 sm:flex-nowrap sm:gap-x-4 sm:px-6">
          <div className="mr-auto flex h-14 items-center sm:mr-0 sm:h-auto">
            <Link
              to={paths.home()}
              className="flex min-h-11 items-center gap-2 rounded-md text-base font-semibold tracking-tight text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:min-h-9"
            >
              <svg viewBox="0 0 32 32" className="size-6" aria-hidden="true">
                <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
                <path d="M9 8h14v4h-5v12h-4V12H9z" fill="#fff" />
              </svg>
              {t.common.appName}
            </Link>
          </div>

          <Button
            ref={menuButton}
            variant="ghost"
            size="icon"
            className="max-sm:order-3 sm:hidden"
            aria-expanded={menuOpen}
            aria-controls="primary-nav"
            aria-label={t.layout.menu}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true">
              {menuOpen ? (
                <path
                  d="M5 5l10 10M15 5L5 15"
                  stroke="currentColor"
                  strokeWidth="1.5"
                  strokeLinecap="round"
                />
              ) : (
                <path
                  d="M3 6h14M3 10h14M3 14h14"
                  stroke="currentColor"
                  strokeWidth="1.5"
                  strokeLinecap="round"
                />
              )}
            </svg>
          </Button>

          <div className="w-full max-sm:order-4 sm:w-auto sm:flex-1">
            <PrimaryNav
              id="primary-nav"
              collapsed={!menuOpen}
              onNavigate={() => setMenuOpen(false)}
            />
            {menuOpen && (
              <div className="flex items-center justify-between gap-3 border-t border-border py-3 sm:hidden">
                <span className="min-w-0 truncate text-sm text-fg-muted">
                  {userName && t.layout.signedInAs(userName)}
                </span>
                <ThemeSwitch />
              </div>
            )}
          </div>

          <div className="flex h-14 items-center gap-2 max-sm:order-2 sm:h-auto">
            {userName && (
              <span
                className="hidden max-w-40 truncate text-sm text-fg-muted md:block"
                title={userName}
              >
                {userName}
              </span>
            )}
            <ThemeSwitch className="max-sm:hidden" />
            <Button variant="ghost" size="sm" pending={signingOut} onClick={onSignOut}>
              {t.layout.signOut}
            </Button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6 sm:py-10">{children}</div>
      </main>
    </div>
  )
}
