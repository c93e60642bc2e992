import type { ReactNode } from 'react'

import { useI18n } from '@/i18n/language'

interface AuthCardProps {
  title: string
  description?: ReactNode
  children: ReactNode
}

/** Centered card for the signed-out pages, with its own <main> landmark. */
export function AuthCard({ title, description, children }: AuthCardProps) {
  const { t } = useI18n()
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="mb-6 flex items-center gap-2 text-lg font-semibold tracking-tight text-fg">
        <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
          <path d="M9 8h14v4h-5v12h-4V12H9z" fill="#fff" />
        </svg>
        {t.common.appName}
      </div>
      <div className="w-full max-w-sm rounded-xl border border-border bg-surface p-6 shadow-sm sm:p-8">
        <h1 className="text-xl font-semibold tracking-tight text-fg">{title}</h1>
        {description && <p className="mt-1.5 text-sm text-fg-muted">{description}</p>}
        <div className="mt-6">{children}</div>
      </div>
    </main>
  )
}
