import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'

import { accountQueries } from '@/api/account'
import { serverQueries } from '@/api/servers'
import type { Server, ServerListType } from '@/api/servers'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { Skeleton } from '@/components/ui/skeleton'
import { buttonClasses } from '@/components/ui/styles'
import { useI18n } from '@/i18n/language'

import { GroupSection } from './components/group-section'
import { NewGroupDialog } from './components/new-group-dialog'
import { PaginationNav } from './components/pagination-nav'
import { ServerList } from './components/server-list'
import { ServersToolbar } from './components/servers-toolbar'
import { StatsPausedNote } from './components/stats-paused-note'
import { addGroup, assignServer, removeGroup, toggleGroup } from './groups-store'
import type { ServerGroup } from './groups-store'
import { useServerGroups } from './hooks/use-server-groups'
import { useServerView } from './hooks/use-server-view'
import { parsePage, serverListQuery, viewFromUrl, viewParam } from './list-query'
import { useStatsSchedulerHost } from './hooks/use-stats-scheduler-host'
import { parseSort, sortServers } from './sort'
import type { SortKey } from './sort'
import { StatsSchedulerContext } from './stats-context'

/** `/`: every server at a glance, with live stats inside the panel's rate limit. */
export function ServersPage() {
  const { t } = useI18n()
  const { data: account } = useQuery(accountQueries.detail())
  const [searchParams, setSearchParams] = useSearchParams()
  const { pathname } = useLocation()
  const page = parsePage(searchParams.get('page'))
  const query = searchParams.get('q') ?? ''
  const sort = parseSort(searchParams.get('sort'))
  const isAdmin = account?.admin ?? false
  const [rememberedView, rememberView] = useServerView(account?.username, isAdmin)
  const view = viewFromUrl(searchParams, isAdmin, rememberedView)
  const [groups, updateGroups] = useServerGroups(account?.username)
  const { scheduler, state } = useStatsSchedulerHost()
  const [creating, setCreating] = useState(false)
  const [deleting, setDeleting] = useState<ServerGroup | null>(null)

  const list = useQuery({
    ...serverListQuery(searchParams, view),
    placeholderData: keepPreviousData,
  })
  const items = useMemo(() => list.data?.items ?? [], [list.data])

  // Live figures for sorting (read from the cache; fetching stays with the scheduler).
  const needsStats = sort === 'cpu' || sort === 'memory' || sort === 'status'
  const stats = useQueries({
    queries: (needsStats ? items : []).map((s) => ({
      ...serverQueries.resources(s.identifier),
      enabled: false,
    })),
  })
  const statsById = new Map(
    (needsStats ? items : []).map((s, i) => [s.identifier, stats[i]?.data] as const),
  )
  const sorted = sortServers(items, sort, (id) => statsById.get(id))
  // Rows a live-value sort cannot place yet (sortServers lists them last): said, not hidden.
  const unread =
    sort === 'cpu' || sort === 'memory'
      ? items.filter((s) => !statsById.get(s.identifier)).length
      : 0

  const setParams = useCallback(
    (change: (params: URLSearchParams) => void, replace = false) => {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          change(next)
          return next
        },
        { replace },
      )
    },
    [setSearchParams],
  )
  const onQueryChange = useCallback(
    (q: string) =>
      setParams((p) => {
        if (q) p.set('q', q)
        else p.delete('q')
        p.delete('page')
      }, true),
    [setParams],
  )
  const onSortChange = (next: SortKey) =>
    setParams((p) => {
      if (next === 'default') p.delete('sort')
      else p.set('sort', next)
    }, true)
  // A new entry in the history: Back returns to the other view.
  const onViewChange = (next: ServerListType) => {
    if (next === view) return
    rememberView(next)
    setParams((p) => {
      p.set('view', viewParam(next))
      p.delete('page')
    })
  }
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(searchParams)
    if (target <= 1) next.delete('page')
    else next.set('page', String(target))
    const qs = next.toString()
    return qs ? `${pathname}?${qs}` : pathname
  }
  const onAssignGroup = (serverId: string, groupId: string | null) =>
    updateGroups((g) => assignServer(g, serverId, groupId))

  const grouped = new Set(groups.flatMap((g) => g.members))
  const ungrouped = sorted.filter((s) => !grouped.has(s.identifier))
  const membersOf = (group: ServerGroup): Server[] =>
    sorted.filter((s) => group.members.includes(s.identifier))

  // The panel answers a page past the end with an empty list and its real page count.
  const lastPage = Math.max(1, list.data?.pagination.totalPages ?? 1)

  let body
  if (list.isPending) {
    body = <ListSkeleton />
  } else if (list.isError) {
    body = (
      <ErrorState
        title={t.servers.page.loadError}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    )
  } else if (items.length === 0) {
    body = query ? (
      <EmptyState
        title={t.servers.page.noMatch(query)}
        description={t.servers.page.noMatchDescription}
        action={
          <Button variant="secondary" onClick={() => onQueryChange('')}>
            {t.servers.page.clearSearch}
          </Button>
        }
      />
    ) : page > 1 ? (
      <EmptyState
        title={t.servers.page.noSuchPage(page)}
        description={t.servers.page.noSuchPageDescription(lastPage)}
        action={
          <Link to={hrefFor(lastPage)} className={buttonClasses('secondary')}>
            {lastPage > 1 ? t.servers.page.lastPage(lastPage) : t.servers.page.firstPage}
          </Link>
        }
      />
    ) : (
      <EmptyState
        title={view === 'admin-all' ? t.servers.page.emptyAdmin : t.servers.page.emptyMine}
        description={
          view === 'admin-all'
            ? t.servers.page.emptyAdminDescription
            : t.servers.page.emptyMineDescription
        }
      />
    )
  } else {
    body = (
      <div className="space-y-8">
        {groups.map((group) => (
          <GroupSection
            key={group.id}
            group={group}
            servers={membersOf(group)}
            groups={groups}
            onToggle={() => updateGroups((g) => toggleGroup(g, group.id))}
            onDelete={() => setDeleting(group)}
            onAssignGroup={onAssignGroup}
          />
        ))}
        {(ungrouped.length > 0 || groups.length === 0) && (
          <section aria-labelledby="servers-ungrouped" className="space-y-3">
            <h2
              id="servers-ungrouped"
              className={groups.length > 0 ? 'text-base font-semibold text-fg' : 'sr-only'}
            >
              {groups.length > 0 ? t.servers.page.ungrouped : t.servers.page.serverList}
            </h2>
            <ServerList
              servers={ungrouped}
              groups={groups}
              onAssignGroup={onAssignGroup}
              label={groups.length > 0 ? t.servers.page.ungroupedList : t.servers.page.serversList}
            />
          </section>
        )}
      </div>
    )
  }

  const total = list.data?.pagination.total
  return (
    <StatsSchedulerContext value={scheduler}>
      <div className="space-y-6">
        <PageHeader
          title={t.servers.page.title}
          description={
            view === 'admin-all' ? t.servers.page.descriptionAdmin : t.servers.page.descriptionMine
          }
        />
        <ServersToolbar
          query={query}
          onQueryChange={onQueryChange}
          sort={sort}
          onSortChange={onSortChange}
          {...(isAdmin && { view: { value: view, onChange: onViewChange } })}
        />
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-fg-muted">
          <p aria-live="polite">
            {total === undefined
              ? ' '
              : query
                ? t.servers.page.matchCount(total, query)
                : t.servers.page.count(total)}
            {list.isFetching && !list.isPending && (
              <span className="sr-only"> {t.servers.page.updating}</span>
            )}
          </p>
          {sort !== 'default' && (
            <p aria-live="polite">
              <span>{t.servers.page.sortedBy(t.servers.sort.options[sort])}</span>
              {unread > 0 && <span> {t.servers.page.unread(unread)}</span>}
            </p>
          )}
          {/* Beside the count rather than in the header: on a phone that keeps the first server
              on screen. */}
          <Button
            variant="secondary"
            size="sm"
            className="ml-auto"
            onClick={() => setCreating(true)}
          >
            {t.servers.page.newGroup}
          </Button>
        </div>
        <StatsPausedNote state={state} />
        <div
          className={list.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}
          aria-busy={list.isPlaceholderData || undefined}
        >
          {body}
        </div>
        {list.data && <PaginationNav pagination={list.data.pagination} hrefFor={hrefFor} />}
      </div>

      <NewGroupDialog
        open={creating}
        onOpenChange={setCreating}
        existingNames={groups.map((g) => g.name)}
        onCreate={(name) => updateGroups((g) => addGroup(g, name))}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null)
        }}
        title={t.servers.deleteGroupDialog.title(deleting?.name ?? '')}
        description={t.servers.deleteGroupDialog.description}
        confirmLabel={t.servers.deleteGroupDialog.confirm}
        onConfirm={() => {
          if (deleting) updateGroups((g) => removeGroup(g, deleting.id))
          setDeleting(null)
        }}
      />
    </StatsSchedulerContext>
  )
}

function ListSkeleton() {
  return (
    <div
      aria-hidden="true"
      className="space-y-3 sm:space-y-0 sm:divide-y sm:divide-border sm:rounded-lg sm:border sm:border-border"
    >
      {Array.from({ length: 5 }, (_, i) => (
        <div
          key={i}
          className="grid gap-4 rounded-lg border border-border p-4 sm:grid-cols-3 sm:rounded-none sm:border-0"
        >
          <div className="space-y-2">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-3 w-56" />
          </div>
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-32 sm:justify-self-end" />
        </div>
      ))}
    </div>
  )
}
