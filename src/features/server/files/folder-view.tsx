import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'

import { fileQueries } from '@/api/files'
import type { FileEntry } from '@/api/files'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

import { ActionMenu } from './action-menu'
import { BulkBar } from './bulk-bar'
import { FileDialogs } from './file-dialogs'
import type { FileDialog } from './file-dialogs'
import { FileList } from './file-list'
import { isArchiveName } from './file-paths'
import { bulkActions, entryActions } from './file-permissions'
import type { EntryAction, FileAbilities } from './file-permissions'
import { FilterBar } from './filter-bar'
import { FolderToolbar } from './folder-toolbar'
import { ListError } from './list-error'
import type { PickedTree } from './read-drop'
import { filterEntries, sortEntries } from './sort-entries'
import type { SortKey, SortOrder } from './sort-entries'
import { useEntryActions } from './use-entry-actions'
import type { RunJob } from './use-file-jobs'
import { usePullWatch } from './use-pull-watch'
import { useSelection } from './use-selection'

// One folder of the file manager (files-page.tsx keys it by the folder, so the filter, the
// selection, the open menu and dialog all start afresh in another folder): the toolbars, the list
// (or why there is none), the row menu and the dialogs.

interface FolderViewProps {
  serverId: string
  dir: string
  abilities: FileAbilities
  sort: SortOrder
  onSort: (sort: SortOrder) => void
  onUpload: (tree: PickedTree) => void
  runJob: RunJob
}

export function FolderView({
  serverId,
  dir,
  abilities,
  sort,
  onSort,
  onUpload,
  runJob,
}: FolderViewProps) {
  const { t } = useI18n()
  const query = useQuery(fileQueries.list(serverId, dir))
  const [filter, setFilter] = useState('')
  const [active, setActive] = useState(-1)
  const [menu, setMenu] = useState<{ entry: FileEntry; anchor: HTMLElement } | null>(null)
  const [dialog, setDialog] = useState<FileDialog | null>(null)

  const all = query.data
  const sorted = useMemo(() => (all ? sortEntries(all, sort) : []), [all, sort])
  const shown = useMemo(() => filterEntries(sorted, filter), [sorted, filter])
  const names = useMemo(() => new Set(sorted.map((e) => e.name)), [sorted])
  const selection = useSelection(sorted, shown)
  const { selectedEntries } = selection
  const { hrefOf, open, archive, act } = useEntryActions({
    serverId,
    dir,
    abilities,
    runJob,
    onDialog: setDialog,
    onArchived: selection.clear,
  })
  const watchPull = usePullWatch({ serverId, dir, names, runJob })

  const canSelect = bulkActions(abilities).length > 0
  const hasMenu = entryActions(abilities, { isFile: true, isArchive: true }).length > 0

  const askDelete = () => {
    if (!abilities.remove) return
    const target =
      selectedEntries.length > 0 ? selectedEntries : shown[active] ? [shown[active]] : []
    if (target.length > 0) setDialog({ kind: 'delete', entries: target })
  }

  const sortBy = (key: SortKey) =>
    onSort(
      sort.key === key
        ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'name' ? 'asc' : 'desc' },
    )

  const total = all?.length ?? 0
  const bulk = bulkActions(abilities)

  return (
    <div className="space-y-3">
      <FolderToolbar
        serverId={serverId}
        dir={dir}
        canCreate={abilities.create}
        refreshing={query.isFetching && !query.isPending}
        onRefresh={() => void query.refetch()}
        onNewFolder={() => setDialog({ kind: 'newFolder' })}
        onPull={() => setDialog({ kind: 'pull' })}
        onUpload={onUpload}
      />

      <FilterBar
        filter={filter}
        onFilter={(value) => {
          setFilter(value)
          setActive(-1)
        }}
        sort={sort}
        onSort={onSort}
        loaded={all !== undefined}
        shownCount={shown.length}
        total={total}
        selectedCount={selectedEntries.length}
      />

      {selectedEntries.length > 0 && bulk.length > 0 && (
        <BulkBar
          count={selectedEntries.length}
          actions={bulk}
          onAction={(action) => {
            if (action === 'archive') archive(selectedEntries)
            else setDialog({ kind: action, entries: selectedEntries })
          }}
          onClear={selection.clear}
        />
      )}

      {query.isPending ? (
        <div aria-busy="true" aria-label={t.files.loading} className="space-y-2">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-10" />
          ))}
        </div>
      ) : query.isError ? (
        <ListError
          error={query.error}
          serverId={serverId}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : total === 0 ? (
        <EmptyState
          title={t.files.empty.title}
          description={abilities.create ? t.files.empty.description : undefined}
        />
      ) : shown.length === 0 ? (
        <EmptyState
          title={t.files.noMatch(filter)}
          action={
            <Button variant="secondary" size="sm" onClick={() => setFilter('')}>
              {t.files.clearFilter}
            </Button>
          }
        />
      ) : (
        <>
          <FileList
            entries={shown}
            label={t.files.listLabel(dir)}
            selected={selection.selected}
            active={active}
            onActiveChange={setActive}
            onToggle={selection.toggle}
            onToggleAll={selection.toggleAll}
            hrefOf={hrefOf}
            onOpen={open}
            onMenu={(entry, anchor) => setMenu({ entry, anchor })}
            onDelete={askDelete}
            sort={sort}
            onSort={sortBy}
            canSelect={canSelect}
            hasMenu={hasMenu}
          />
          <p className="hidden text-xs text-fg-muted sm:block">{t.files.keyboardHint}</p>
        </>
      )}

      {menu && (
        <ActionMenu
          anchor={menu.anchor}
          label={t.files.actionsFor(menu.entry.name)}
          items={entryActions(abilities, {
            isFile: menu.entry.isFile,
            isArchive: isArchiveName(menu.entry.name),
          }).map((action) => ({
            id: action,
            label: t.files.actions[action],
            ...(action === 'delete' ? { tone: 'danger' as const } : {}),
          }))}
          onPick={(id) => act(id as EntryAction, menu.entry)}
          onClose={() => setMenu(null)}
        />
      )}
      <FileDialogs
        dialog={dialog}
        serverId={serverId}
        dir={dir}
        names={names}
        onClose={() => setDialog(null)}
        onDone={selection.clear}
        onPulled={watchPull}
      />
    </div>
  )
}
