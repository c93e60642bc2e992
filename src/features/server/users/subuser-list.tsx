import type { Subuser } from '@/api/subusers'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import { visibleCount } from './permission-matrix'

interface SubuserListProps {
  subusers: Subuser[]
  /** The signed-in account's e-mail (lower case): that row cannot be edited (the panel refuses). */
  selfEmail: string | undefined
  mayUpdate: boolean
  mayDelete: boolean
  onEdit: (subuser: Subuser) => void
  onRemove: (subuser: Subuser) => void
}

export function SubuserList({
  subusers,
  selfEmail,
  mayUpdate,
  mayDelete,
  onEdit,
  onRemove,
}: SubuserListProps) {
  const { t } = useI18n()
  const text = t.users.list
  return (
    <ul className="divide-y divide-border">
      {subusers.map((subuser) => {
        const self = selfEmail !== undefined && subuser.email.toLowerCase() === selfEmail
        return (
          <li
            key={subuser.uuid}
            className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center"
          >
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2 font-medium break-all text-fg">
                {subuser.email}
                {self && (
                  <span className="rounded-full bg-accent-subtle px-2 py-0.5 text-xs font-medium text-fg">
                    {text.you}
                  </span>
                )}
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-fg-muted">
                <span className="break-all">{subuser.username}</span>
                <span
                  className={cn(
                    'inline-flex items-center gap-1',
                    subuser.twoFactor ? 'text-success-text' : 'text-fg-muted',
                  )}
                >
                  <LockIcon open={!subuser.twoFactor} />
                  <span aria-hidden="true">
                    {subuser.twoFactor ? text.twoFactorOn : text.twoFactorOff}
                  </span>
                  <span className="sr-only">
                    {subuser.twoFactor ? text.twoFactorOnLabel : text.twoFactorOffLabel}
                  </span>
                </span>
                <span>{text.permissionCount(visibleCount(subuser.permissions))}</span>
              </p>
              {self && <p className="mt-1 text-sm text-fg-muted">{text.selfHint}</p>}
            </div>
            {!self && (mayUpdate || mayDelete) && (
              <div className="flex shrink-0 gap-2">
                {mayUpdate && (
                  <Button
                    variant="secondary"
                    size="sm"
                    className="max-sm:flex-1"
                    aria-label={text.editLabel(subuser.email)}
                    onClick={() => onEdit(subuser)}
                  >
                    {text.edit}
                  </Button>
                )}
                {mayDelete && (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="text-danger-text max-sm:flex-1"
                    aria-label={text.removeLabel(subuser.email)}
                    onClick={() => onRemove(subuser)}
                  >
                    {text.remove}
                  </Button>
                )}
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}

function LockIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 16 16" className="size-3.5" aria-hidden="true" fill="none">
      <rect x="3" y="7" width="10" height="7" rx="1.5" stroke="currentColor" strokeWidth="1.5" />
      <path
        d={open ? 'M5.5 7V5a2.5 2.5 0 0 1 4.9-.7' : 'M5.5 7V5a2.5 2.5 0 0 1 5 0v2'}
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
  )
}

export function SubuserListSkeleton() {
  return (
    <div className="space-y-5" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-2">
          <Skeleton className="h-4 w-56 max-w-full" />
          <Skeleton className="h-3 w-40 max-w-full" />
        </div>
      ))}
    </div>
  )
}
