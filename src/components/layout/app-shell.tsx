import { useState } from 'react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

import { Button } from '@/components/ui/button'
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
  const [menuOpen, setMenuOpen] = useState(false)
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-[80] rounded-md bg-surface px-4 py-2 text-sm font-medium text-fg shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-border bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 px-4 sm:h-14 sm:flex-nowrap sm:px-6">
          <div className="flex h-14 items-center sm:h-auto">
            <Link
              to={paths.home()}
              className="flex items-center gap-2 rounded-md text-base font-semibold tracking-tight text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              <svg viewBox="0 0 32 32" className="size-6" aria-hidden="true">
                <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
                <path d="M9 8h14v4h-5v12h-4V12H9z" fill="#fff" />
              </svg>
              Talon
            </Link>
          </div>

          <div className="ml-auto flex h-14 items-center gap-2 sm:order-last sm:ml-0 sm:h-auto">
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
              Sign out
            </Button>
            <Button
              variant="ghost"
              size="icon"
              className="sm:hidden"
              aria-expanded={menuOpen}
              aria-controls="primary-nav"
              aria-label="Menu"
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
          </div>

          <div className="w-full sm:w-auto sm:flex-1">
            <PrimaryNav
              id="primary-nav"
              collapsed={!menuOpen}
              onNavigate={() => setMenuOpen(false)}
            />
            {menuOpen && (
              <div className="flex items-center justify-between gap-3 border-t border-border py-3 sm:hidden">
                <span className="min-w-0 truncate text-sm text-fg-muted">
                  {userName && <>Signed in as {userName}</>}
                </span>
                <ThemeSwitch />
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6 sm:py-10">{children}</div>
      </main>
    </div>
  )
}
