import type { Database } from '@/api/databases'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

import { endpoint } from './connection-strings'

interface DatabaseListProps {
  databases: Database[]
  mayDelete: boolean
  onOpen: (database: Database) => void
  onDelete: (database: Database) => void
}

export function DatabaseList({ databases, mayDelete, onOpen, onDelete }: DatabaseListProps) {
  const { t } = useI18n()
  const text = t.databases.list
  return (
    <ul className="divide-y divide-border">
      {databases.map((db) => (
        <li
          key={db.id}
          className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 lg:flex-row lg:items-center"
        >
          <div className="min-w-0 flex-1">
            <p className="font-mono font-medium break-all text-fg">{db.name}</p>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
              <div className="min-w-0">
                <dt className="text-xs text-fg-muted">{text.endpoint}</dt>
                <dd className="flex min-w-0 items-center gap-1">
                  <code className="min-w-0 truncate font-mono text-fg">{endpoint(db)}</code>
                  <CopyButton
                    value={endpoint(db)}
                    label={text.copyEndpoint}
                    variant="ghost"
                    className="min-w-0 shrink-0"
                  />
                </dd>
              </div>
              <div className="min-w-0">
                <dt className="text-xs text-fg-muted">{text.username}</dt>
                <dd className="flex min-w-0 items-center gap-1">
                  <code className="min-w-0 truncate font-mono text-fg">{db.username}</code>
                  <CopyButton
                    value={db.username}
                    label={text.copyUsername}
                    variant="ghost"
                    className="min-w-0 shrink-0"
                  />
                </dd>
              </div>
              <div className="min-w-0">
                <dt className="text-xs text-fg-muted">{text.connectionsFrom}</dt>
                <dd className="font-mono break-all text-fg">
                  {db.connectionsFrom}
                  {db.connectionsFrom === '%' && (
                    <span className="ml-1.5 font-sans text-fg-muted">({text.anywhere})</span>
                  )}
                </dd>
              </div>
            </dl>
          </div>
          <div className="flex shrink-0 gap-2">
            <Button
              variant="secondary"
              size="sm"
              className="max-sm:flex-1"
              aria-label={text.detailsLabel(db.name)}
              onClick={() => onOpen(db)}
            >
              {text.details}
            </Button>
            {mayDelete && (
              <Button
                variant="ghost"
                size="sm"
                className="text-danger-text max-sm:flex-1"
                aria-label={text.deleteLabel(db.name)}
                onClick={() => onDelete(db)}
              >
                {t.common.delete}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}

export function DatabaseListSkeleton() {
  return (
    <div className="space-y-5" aria-hidden="true">
      {[0, 1].map((i) => (
        <div key={i} className="space-y-2">
          <Skeleton className="h-4 w-40 max-w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ))}
    </div>
  )
}
