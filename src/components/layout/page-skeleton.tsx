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
