import { useId } from 'react'

import type { Server } from '@/api/servers'
import { Button } from '@/components/ui/button'
import { useI18n } from '@/i18n/language'

import type { ServerGroup } from '../groups-store'
import { ServerList } from './server-list'

interface GroupSectionProps {
  group: ServerGroup
  /** Members on the current page, already sorted. */
  servers: Server[]
  groups: ServerGroup[]
  onToggle: () => void
  onDelete: () => void
  onAssignGroup: (serverId: string, groupId: string | null) => void
}

export function GroupSection({
  group,
  servers,
  groups,
  onToggle,
  onDelete,
  onAssignGroup,
}: GroupSectionProps) {
  const { t } = useI18n()
  const id = useId()
  const elsewhere = group.members.length - servers.length
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="min-w-0 text-base font-semibold text-fg">
          <button
            type="button"
            aria-expanded={!group.collapsed}
            aria-controls={`${id}-body`}
            onClick={onToggle}
            className="-mx-2 flex min-h-11 items-center gap-2 rounded-md px-2 text-left hover:bg-surface-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:min-h-9"
          >
            <svg
              viewBox="0 0 16 16"
              aria-hidden="true"
              className={`size-4 shrink-0 text-fg-muted transition-transform ${group.collapsed ? '-rotate-90' : ''}`}
            >
              <path
                d="M4 6l4 4 4-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span className="truncate">{group.name}</span>
            <span className="text-sm font-normal text-fg-muted">
              ({servers.length}
              <span className="sr-only"> {t.servers.groups.onThisPage}</span>)
            </span>
          </button>
        </h2>
        <Button
          variant="ghost"
          size="sm"
          onClick={onDelete}
          aria-label={t.servers.groups.deleteLabel(group.name)}
        >
          {t.servers.groups.delete}
        </Button>
      </div>
      <div id={`${id}-body`} hidden={group.collapsed}>
        {!group.collapsed &&
          (servers.length > 0 ? (
            <ServerList
              servers={servers}
              groups={groups}
              onAssignGroup={onAssignGroup}
              label={t.servers.groups.listLabel(group.name)}
            />
          ) : (
            <p className="rounded-lg border border-dashed border-border px-4 py-4 text-sm text-fg-muted">
              {t.servers.groups.empty}
            </p>
          ))}
        {!group.collapsed && elsewhere > 0 && (
          <p className="mt-2 text-xs text-fg-muted">{t.servers.groups.elsewhere(elsewhere)}</p>
        )}
      </div>
    </section>
  )
}
