import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'

import { ApiError, isApiError } from '@/api/errors'
import { compressFiles, copyFile, decompressFile, fileQueries, getDownloadUrl } from '@/api/files'
import type { FileEntry } from '@/api/files'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { Input } from '@/components/ui/input'
import { Skeleton } from '@/components/ui/skeleton'
import { buttonClasses } from '@/components/ui/styles'
import { errorText } from '@/i18n/error-text'
import { messages, useI18n } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { ActionMenu } from './action-menu'
import { Breadcrumbs } from './breadcrumbs'
import { FileDialogs } from './file-dialogs'
import type { FileDialog } from './file-dialogs'
import { FileJobs } from './file-jobs'
import { FileList } from './file-list'
import { filesUrls, isArchiveName, isEditable, joinPath, pathFromHash } from './file-paths'
import { bulkActions, entryActions, fileAbilities } from './file-permissions'
import type { EntryAction, FileAbilities } from './file-permissions'
import { filesFromDataTransfer, filesFromInput } from './read-drop'
import type { PickedTree } from './read-drop'
import { filterEntries, sortEntries } from './sort-entries'
import type { SortKey, SortOrder } from './sort-entries'
import { UploadPanel } from './upload-panel'
import { useFileJobs } from './use-file-jobs'
import { useUploadQueue } from './use-uploads'

const PULL_WATCH_MS = 5 * 60_000

/** `/server/:id/files#/dir`: the file manager. The folder is the URL hash, like the panel's. */
export default function FilesPage() {
  const { detail, can } = useServerContext()
  const serverId = detail.server.identifier
  const abilities = fileAbilities(can)
  const { hash } = useLocation()
  const dir = pathFromHash(hash)
  const queue = useUploadQueue(serverId)
  const jobs = useFileJobs(serverId)
  // Sort order outlives folder changes; filter and selection belong to one folder.
  const [sort, setSort] = useState<SortOrder>({ key: 'name', direction: 'asc' })
  const [dragging, setDragging] = useState(false)
  const { t } = useI18n()

  const upload = useCallback(
    (tree: PickedTree, target: string) => {
      if (tree.files.length > 0 || tree.emptyFolders.length > 0) {
        queue.add(tree.files, target, tree.emptyFolders)
      }
    },
    [queue],
  )

  // Drop anywhere on the page. Only drags that carry files count (not text or links).
  useEffect(() => {
    if (!abilities.create || !abilities.list) return
    let depth = 0
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth++
      setDragging(true)
    }
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return
      e.preventDefault()
      depth = 0
      setDragging(false)
      // The folder at the moment of the drop, read synchronously with the entries.
      const target = pathFromHash(window.location.hash)
      void filesFromDataTransfer(e.dataTransfer).then(
        (tree) => upload(tree, target),
        () => toast(messages().files.upload.noFolderSupport, 'error'),
      )
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [abilities.create, abilities.list, upload])

  if (!abilities.list) return <NoAccess />

  return (
    <div className="space-y-4">
      <h2 className="sr-only">{t.files.title}</h2>
      <FolderView
        key={dir}
        serverId={serverId}
        dir={dir}
        abilities={abilities}
        sort={sort}
        onSort={setSort}
        onUpload={(tree) => upload(tree, dir)}
        runJob={jobs.run}
      />
      <FileJobs jobs={jobs.jobs} onDismiss={jobs.dismiss} />
      <UploadPanel queue={queue} />
      {dragging && (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-canvas/80 p-6 backdrop-blur-[2px]"
        >
          <div className="rounded-xl border-2 border-dashed border-accent bg-surface px-8 py-10 text-center shadow-xl">
            <p className="text-lg font-semibold text-fg">{t.files.upload.dropHere}</p>
            <p className="mt-1 font-mono text-sm text-fg-muted">{t.files.upload.dropInto(dir)}</p>
          </div>
        </div>
      )}
    </div>
  )
}

interface FolderViewProps {
  serverId: string
  dir: string
  abilities: FileAbilities
  sort: SortOrder
  onSort: (sort: SortOrder) => void
  onUpload: (tree: PickedTree) => void
  runJob: (label: string, work: () => Promise<string>, note?: string) => Promise<void>
}

function FolderView({ serverId, dir, abilities, sort, onSort, onUpload, runJob }: FolderViewProps) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const query = useQuery(fileQueries.list(serverId, dir))
  const [filter, setFilter] = useState('')
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [active, setActive] = useState(-1)
  const [anchorIndex, setAnchorIndex] = useState<number | null>(null)
  const [menu, setMenu] = useState<{ entry: FileEntry; anchor: HTMLElement } | null>(null)
  const [uploadMenu, setUploadMenu] = useState<HTMLElement | null>(null)
  const [dialog, setDialog] = useState<FileDialog | null>(null)
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)

  const all = query.data
  const sorted = useMemo(() => (all ? sortEntries(all, sort) : []), [all, sort])
  const shown = useMemo(() => filterEntries(sorted, filter), [sorted, filter])
  const names = useMemo(() => new Set(sorted.map((e) => e.name)), [sorted])
  const selectedEntries = useMemo(
    () => sorted.filter((e) => selected.has(e.name)),
    [sorted, selected],
  )

  const canSelect = bulkActions(abilities).length > 0
  const hasMenu = entryActions(abilities, { isFile: true, isArchive: true }).length > 0

  const toggle = (index: number, range: boolean) => {
    const entry = shown[index]
    if (!entry) return
    setSelected((current) => {
      const next = new Set(current)
      if (range && anchorIndex !== null) {
        const [from, to] = anchorIndex < index ? [anchorIndex, index] : [index, anchorIndex]
        for (let i = from; i <= to; i++) {
          const e = shown[i]
          if (e) next.add(e.name)
        }
      } else if (next.has(entry.name)) next.delete(entry.name)
      else next.add(entry.name)
      return next
    })
    setAnchorIndex(index)
  }

  const hrefOf = (entry: FileEntry): string | null => {
    const path = joinPath(dir, entry.name)
    if (!entry.isFile) return filesUrls.folder(serverId, path)
    if (abilities.open && isEditable(entry.name, entry.mimetype))
      return filesUrls.edit(serverId, path)
    return null
  }

  const download = async (entry: FileEntry) => {
    try {
      // A single-use link: used at once by a throwaway <a download>, never kept or shown.
      const url = await getDownloadUrl(serverId, joinPath(dir, entry.name))
      const link = document.createElement('a')
      link.href = url
      link.download = entry.name
      link.rel = 'noopener'
      document.body.append(link)
      link.click()
      link.remove()
      toast(t.files.done.downloadStarted(entry.name), 'info')
    } catch (error) {
      toast(errorText(error), 'error')
    }
  }

  const open = (entry: FileEntry) => {
    const href = hrefOf(entry)
    if (href) void navigate(href)
    else if (entry.isFile && abilities.download) void download(entry)
  }

  const archive = (entries: readonly FileEntry[]) =>
    void runJob(t.files.jobs.archiving(entries.length), async () => {
      const made = await compressFiles(
        serverId,
        dir,
        entries.map((e) => e.name),
      )
      setSelected(new Set())
      return t.files.jobs.archived(made.name)
    })

  const act = (action: EntryAction, entry: FileEntry) => {
    switch (action) {
      case 'open':
        return open(entry)
      case 'rename':
        return setDialog({ kind: 'rename', entry })
      case 'move':
        return setDialog({ kind: 'move', entries: [entry] })
      case 'permissions':
        return setDialog({ kind: 'permissions', entries: [entry] })
      case 'delete':
        return setDialog({ kind: 'delete', entries: [entry] })
      case 'download':
        return void download(entry)
      case 'archive':
        return archive([entry])
      case 'unarchive':
        return void runJob(t.files.jobs.unarchiving(entry.name), async () => {
          await decompressFile(serverId, dir, entry.name)
          return t.files.jobs.unarchived(entry.name)
        })
      case 'copy':
        return void copyFile(serverId, joinPath(dir, entry.name)).then(
          async () => {
            await queryClient.invalidateQueries({
              queryKey: fileQueries.list(serverId, dir).queryKey,
            })
            toast(t.files.done.copied(entry.name), 'success')
          },
          (error: unknown) => toast(errorText(error), 'error'),
        )
    }
  }

  // Wings pulls in the background (the panel answers at once): watch the folder, every 3 s for up
  // to 5 minutes, so the job ends when the file is there — or says it is still on its way.
  const watchPull = (what: string, expected: string | null) => {
    const before = new Set(names)
    void runJob(
      t.files.jobs.pulling(what),
      async () => {
        const deadline = Date.now() + PULL_WATCH_MS
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 3000))
          const list = await queryClient.fetchQuery({
            ...fileQueries.list(serverId, dir),
            staleTime: 0,
          })
          const found = list.find((e) => (expected ? e.name === expected : !before.has(e.name)))
          if (found) return t.files.jobs.pulled(found.name)
          if (Date.now() > deadline) throw new ApiError({ status: 0, code: 'TimeoutError' })
        }
      },
      t.files.jobs.pullNote,
    )
  }

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
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <Breadcrumbs serverId={serverId} path={dir} />
        <div className="flex flex-wrap gap-2">
          <Button
            variant="ghost"
            size="sm"
            pending={query.isFetching && !query.isPending}
            onClick={() => void query.refetch()}
          >
            {t.files.actions.refresh}
          </Button>
          {abilities.create && (
            <>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => setDialog({ kind: 'newFolder' })}
              >
                {t.files.actions.newFolder}
              </Button>
              <Link
                to={filesUrls.create(serverId, dir)}
                className={buttonClasses('secondary', 'sm')}
              >
                {t.files.actions.newFile}
              </Link>
              <Button variant="secondary" size="sm" onClick={() => setDialog({ kind: 'pull' })}>
                {t.files.actions.pull}
              </Button>
              <Button
                size="sm"
                aria-haspopup="menu"
                onClick={(event) => setUploadMenu(event.currentTarget)}
              >
                {t.files.actions.upload}
              </Button>
              <input
                ref={filesInput}
                type="file"
                multiple
                hidden
                onChange={(event) => {
                  if (event.target.files) onUpload(filesFromInput(event.target.files))
                  event.target.value = ''
                }}
              />
              <input
                ref={(el) => {
                  folderInput.current = el
                  el?.setAttribute('webkitdirectory', '')
                }}
                type="file"
                hidden
                onChange={(event) => {
                  if (event.target.files) onUpload(filesFromInput(event.target.files))
                  event.target.value = ''
                }}
              />
            </>
          )}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-2">
        <Input
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value)
            setActive(-1)
          }}
          aria-label={t.files.filter}
          placeholder={t.files.filterPlaceholder}
          className="max-w-xs flex-1 basis-48"
          spellCheck={false}
        />
        <label className="flex items-center gap-2 text-sm text-fg-muted sm:hidden">
          {t.files.sort.label}
          <select
            value={`${sort.key}:${sort.direction}`}
            onChange={(e) => {
              const [key, direction] = e.target.value.split(':') as [
                SortKey,
                SortOrder['direction'],
              ]
              onSort({ key, direction })
            }}
            className="min-h-11 rounded-md border border-input bg-surface px-2 text-fg"
          >
            {(['name', 'size', 'modified'] as const).flatMap((key) =>
              (['asc', 'desc'] as const).map((direction) => (
                <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
                  {t.files.sort[key]} (
                  {direction === 'asc' ? t.files.sort.ascending : t.files.sort.descending})
                </option>
              )),
            )}
          </select>
        </label>
        <p className="ml-auto text-sm text-fg-muted tabular-nums" role="status">
          {all && t.files.count(shown.length, total)}
          {selectedEntries.length > 0 && ` · ${t.files.selected(selectedEntries.length)}`}
        </p>
      </div>

      {selectedEntries.length > 0 && bulk.length > 0 && (
        <div
          role="toolbar"
          aria-label={t.files.bulkLabel}
          className="flex flex-wrap items-center gap-2 rounded-md border border-accent-text/25 bg-accent-subtle px-3 py-2"
        >
          <span className="text-sm font-medium text-fg">
            {t.files.selected(selectedEntries.length)}
          </span>
          {bulk.map((action) => (
            <Button
              key={action}
              size="sm"
              variant={action === 'delete' ? 'danger' : 'secondary'}
              onClick={() => {
                if (action === 'archive') archive(selectedEntries)
                else setDialog({ kind: action, entries: selectedEntries })
              }}
            >
              {t.files.actions[action]}
            </Button>
          ))}
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            {t.files.actions.clearSelection}
          </Button>
        </div>
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
            selected={selected}
            active={active}
            onActiveChange={setActive}
            onToggle={toggle}
            onToggleAll={() =>
              setSelected((current) =>
                shown.every((e) => current.has(e.name))
                  ? new Set()
                  : new Set(shown.map((e) => e.name)),
              )
            }
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
      {uploadMenu && (
        <ActionMenu
          anchor={uploadMenu}
          label={t.files.actions.upload}
          items={[
            { id: 'files', label: t.files.actions.uploadFiles },
            { id: 'folder', label: t.files.actions.uploadFolder },
          ]}
          onPick={(id) => (id === 'files' ? filesInput : folderInput).current?.click()}
          onClose={() => setUploadMenu(null)}
        />
      )}
      <FileDialogs
        dialog={dialog}
        serverId={serverId}
        dir={dir}
        names={names}
        onClose={() => setDialog(null)}
        onDone={() => setSelected(new Set())}
        onPulled={watchPull}
      />
    </div>
  )
}

function ListError({
  error,
  serverId,
  onRetry,
  retrying,
}: {
  error: unknown
  serverId: string
  onRetry: () => void
  retrying: boolean
}) {
  const { t } = useI18n()
  // Wings answers a missing folder with 404, or (before 1.11.9) a plain error the panel turns
  // into a 500 DaemonConnectionException (contract, corrections): say it plainly either way.
  const missing =
    isApiError(error) &&
    (error.status === 404 || (error.status === 500 && error.code === 'DaemonConnectionException'))
  if (missing) {
    return (
      <EmptyState
        title={t.files.loadError}
        description={t.files.notFound}
        action={
          <Link to={filesUrls.folder(serverId, '/')} className={buttonClasses('secondary', 'sm')}>
            {t.files.root}
          </Link>
        }
      />
    )
  }
  return (
    <ErrorState title={t.files.loadError} error={error} onRetry={onRetry} retrying={retrying} />
  )
}
