import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

const WIDTHS = ['w-3/5', 'w-2/5', 'w-4/5', 'w-1/2', 'w-3/4', 'w-2/5']

/** Placeholder rows shaped like entries while the first page loads. */
export function ActivityListSkeleton() {
  const { t } = useI18n()
  return (
    <div role="status" aria-label={t.activity.page.loading} className="divide-y divide-border">
      {WIDTHS.map((width, index) => (
        <div key={index} className="flex gap-3 px-4 py-4 sm:px-6">
          <Skeleton className="size-8 shrink-0 rounded-full" />
          <div className="flex-1 space-y-2 pt-0.5">
            <div className="flex justify-between gap-4">
              <Skeleton className={`h-4 ${width}`} />
              <Skeleton className="h-3 w-16" />
            </div>
            <Skeleton className="h-3 w-48 max-w-full" />
          </div>
        </div>
      ))}
    </div>
  )
}
