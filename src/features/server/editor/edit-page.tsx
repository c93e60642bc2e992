import { queryOptions, useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { Link, Navigate, useLocation, useParams } from 'react-router'

import { isApiError } from '@/api/errors'
import { isFileTooLarge, MAX_EDIT_BYTES, readFileBytes } from '@/api/file-contents'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { buttonClasses } from '@/components/ui/styles'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { formatBytes } from '@/lib/format'

import { useServerContext } from '../shell/server-context'
import { classifyContents } from './contents'
import { FileBreadcrumbs } from './file-breadcrumbs'
import { basename, dirname, filePaths, pathFromHash } from './file-paths'
import { languageFor } from './languages'
import { Refusal } from './refusal'

// CodeMirror (in editor-screen's chunk) is fetched when the file is, in parallel: this page itself
// stays small, so the 4 MiB download starts as soon as the route opens, and a refused file (too
// large, binary) never loads the editor at all.
const loadScreen = () => import('./editor-screen')
const EditorScreen = lazy(() => loadScreen().then((m) => ({ default: m.EditorScreen })))

/** `/server/:id/files/edit#/<path>`: one file in the editor (contract §2.2). */
export default function EditFilePage() {
  const { id = '' } = useParams()
  const location = useLocation()
  const state: unknown = location.state
  const { can } = useServerContext()
  const { t } = useI18n()
  const path = pathFromHash(location.hash)

  if (!can('file.read-content')) {
    return (
      <EmptyState
        title={t.editor.noReadAccess.title}
        description={t.editor.noReadAccess.description}
      />
    )
  }
  // No file named: the folder list is where one is picked.
  if (path === '/') return <Navigate to={filePaths.list(id)} replace />
  const notice =
    (state as { notice?: string } | null)?.notice === 'created'
      ? t.editor.status.created
      : undefined
  // A new hash is another file: a fresh editor (the guard has already asked about unsaved edits).
  return (
    <OpenFile
      key={path}
      serverId={id}
      path={path}
      canSave={can('file.create')}
      {...(notice && { notice })}
    />
  )
}

function OpenFile({
  serverId,
  path,
  canSave,
  notice,
}: {
  serverId: string
  path: string
  canSave: boolean
  notice?: string
}) {
  const { t, locale } = useI18n()
  const dir = dirname(path)
  const name = basename(path)
  const query = useQuery(contentsQuery(serverId, path))

  const opening = (
    <div className="space-y-4">
      <FileBreadcrumbs serverId={serverId} dir={dir} current={name} />
      <p role="status" className="text-sm text-fg-muted">
        {t.editor.opening(name)}
      </p>
      <Skeleton className="h-[65vh] min-h-72 w-full rounded-lg" />
    </div>
  )
  if (query.isPending) return opening

  if (query.isError) {
    const refusal = isFileTooLarge(query.error)
    return (
      <div className="space-y-4">
        <FileBreadcrumbs serverId={serverId} dir={dir} current={name} />
        {refusal ? (
          <Refusal
            serverId={serverId}
            path={path}
            dir={dir}
            title={t.editor.refused.tooLarge.title}
            description={t.editor.refused.tooLarge.description(formatBytes(MAX_EDIT_BYTES, locale))}
          />
        ) : isMissing(query.error) ? (
          <div
            role="alert"
            className="rounded-lg border border-danger-text/30 bg-danger-subtle px-4 py-4"
          >
            <p className="text-sm font-semibold text-danger-text">{t.editor.openFailed}</p>
            <p className="mt-1 text-sm text-fg">
              {t.editor.missing}{' '}
              <span className="text-fg-muted">({errorText(query.error, t)})</span>
            </p>
            <Link
              to={filePaths.list(serverId, dir)}
              className={`${buttonClasses('secondary', 'sm')} mt-3`}
            >
              {t.editor.backToFolder}
            </Link>
          </div>
        ) : (
          <ErrorState
            title={t.editor.openFailed}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </div>
    )
  }

  const contents = query.data
  if (contents.kind !== 'text') {
    const words = t.editor.refused[contents.kind]
    return (
      <div className="space-y-4">
        <FileBreadcrumbs serverId={serverId} dir={dir} current={name} />
        <Refusal
          serverId={serverId}
          path={path}
          dir={dir}
          title={words.title}
          description={words.description}
        />
      </div>
    )
  }
  return (
    <Suspense fallback={opening}>
      <EditorScreen
        serverId={serverId}
        target={{ kind: 'edit', path }}
        initialText={contents.text}
        canSave={canSave}
        {...(notice && { notice })}
      />
    </Suspense>
  )
}

const contentsQuery = (serverId: string, path: string) =>
  queryOptions({
    // Outside the ['server', id] prefix: invalidating the server must not re-download 4 MiB.
    queryKey: ['file-contents', serverId, path] as const,
    queryFn: async ({ signal }) => {
      // CodeMirror and the file's grammar download beside the file, not after it.
      void loadScreen()
      void import('./language-support').then((m) => m.loadLanguage(languageFor(path)))
      return classifyContents(await readFileBytes(serverId, path, signal))
    },
    // Read once per opening: the editor owns the text from then on.
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })

/**
 * Wings' "not found" (404, or — before wings#208 — a 500 DaemonConnectionException), and its 400
 * "is a directory": the path doesn't name a file the editor can open.
 */
function isMissing(error: unknown): boolean {
  if (!isApiError(error)) return false
  if (error.status === 404) return true
  if (error.status === 400 && /is a directory/i.test(error.detail)) return true
  return error.status === 500 && error.code === 'DaemonConnectionException'
}
