import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

/** Placeholder while the first route chunk and loaders resolve. */
export function PageSkeleton() {
  const { t } = useI18n()
  return (
    <div
      className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6"
      role="status"
      aria-label={t.common.loading}
    >
      <Skeleton className="h-8 w-48" />
      <Skeleton className="mt-3 h-4 w-72 max-w-full" />
      <div className="mt-8 space-y-4">
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-32 w-full" />
      </div>
    </div>
  )
}

/**
 * First paint of a signed-in deep link while its loader waits for the panel: the frame (header with
 * the brand) around the page skeleton, so the page is not contentless — or, with the panel down,
 * a bare skeleton — through the account probe and its retries. The real AppShell replaces it.
 */
export function AppFrameSkeleton() {
  const { t } = useI18n()
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-30 border-b border-border bg-surface/90">
        <div className="mx-auto flex h-14 max-w-5xl items-center gap-2 px-4 text-base font-semibold tracking-tight text-fg sm:px-6">
          <svg viewBox="0 0 32 32" className="size-6" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
            <path d="M9 8h14v4h-5v12h-4V12H9z" fill="#fff" />
          </svg>
          {t.common.appName}
        </div>
      </header>
      <main id="main" className="flex-1">
        <PageSkeleton />
      </main>
    </div>
  )
}
