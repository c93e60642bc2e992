import type { ApiKey } from '@/api/api-keys'
import { Button } from '@/components/ui/button'
import { RelativeTime } from '@/components/ui/relative-time'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import { keyName } from '../key-name'

// Table-like rows from `md` up (a header row + grid columns), stacked cards below. Each row is a
// list item with a <dl>, so screen readers hear "Allowed IPs: …" even when the labels are only
// visible in the card layout.
const COLUMNS =
  'md:grid md:grid-cols-[minmax(0,1.7fr)_minmax(0,1.3fr)_7.5rem_7.5rem_auto] md:items-center md:gap-4'

function Label({ children }: { children: string }) {
  return <dt className="text-fg-muted md:sr-only">{children}</dt>
}

interface ApiKeyListProps {
  keys: ApiKey[]
  onDelete: (key: ApiKey) => void
}

export function ApiKeyList({ keys, onDelete }: ApiKeyListProps) {
  const { t, locale } = useI18n()
  const text = t.apiKeys.list
  return (
    <div>
      <div
        aria-hidden="true"
        className={cn(
          'hidden border-b border-border pb-2 text-xs font-medium tracking-wide text-fg-muted uppercase',
          COLUMNS,
        )}
      >
        <span>{text.columns.key}</span>
        <span>{text.columns.allowedIps}</span>
        <span>{text.columns.lastUsed}</span>
        <span>{text.columns.created}</span>
        <span className="w-20" />
      </div>
      <ul className="divide-y divide-border">
        {keys.map((key) => (
          <li key={key.identifier} className={cn('py-4 first:pt-0 md:first:pt-4', COLUMNS)}>
            <div className="min-w-0">
              {/* Two lines at most; the whole name on hover and for screen readers. */}
              <p className="line-clamp-2 font-medium wrap-anywhere text-fg" title={keyName(key)}>
                {keyName(key)}
              </p>
              <p className="mt-0.5 font-mono text-xs break-all text-fg-muted">
                <span className="sr-only">{text.identifier}</span>
                {key.identifier}
              </p>
            </div>
            <dl className="mt-3 space-y-1.5 text-sm md:contents">
              <div className="flex min-w-0 gap-2 md:block">
                <Label>{text.columns.allowedIps}</Label>
                <dd className="min-w-0">
                  {key.allowedIps.length === 0 ? (
                    <span className="text-warning-text">{text.anyAddress}</span>
                  ) : (
                    <ul className="font-mono text-xs leading-5 break-all text-fg">
                      {key.allowedIps.map((ip) => (
                        <li key={ip}>{ip}</li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
              <div className="flex gap-2 md:block">
                <Label>{text.columns.lastUsed}</Label>
                <dd className="text-fg">
                  {key.lastUsedAt ? (
                    <RelativeTime date={key.lastUsedAt} locale={locale} />
                  ) : (
                    text.neverUsed
                  )}
                </dd>
              </div>
              <div className="flex gap-2 md:block">
                <Label>{text.columns.created}</Label>
                <dd className="text-fg">
                  <RelativeTime date={key.createdAt} locale={locale} />
                </dd>
              </div>
            </dl>
            <div className="mt-3 md:mt-0 md:justify-self-end">
              <Button
                variant="secondary"
                size="sm"
                className="w-full text-danger-text sm:w-20"
                aria-label={text.deleteLabel(keyName(key))}
                onClick={() => onDelete(key)}
              >
                {t.common.delete}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ApiKeyListSkeleton() {
  const { t } = useI18n()
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        {t.apiKeys.list.loading}
      </p>
      <ul className="divide-y divide-border" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <li key={i} className={cn('py-4 first:pt-0', COLUMNS)}>
            <div className="space-y-2">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-3 w-28" />
            </div>
            <Skeleton className="mt-3 h-4 w-32 md:mt-0" />
            <Skeleton className="mt-2 h-4 w-20 md:mt-0" />
            <Skeleton className="mt-2 h-4 w-20 md:mt-0" />
            <Skeleton className="mt-3 h-9 w-full sm:w-20 md:mt-0" />
          </li>
        ))}
      </ul>
    </div>
  )
}
