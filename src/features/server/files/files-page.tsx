import { useState } from 'react'
import { useLocation } from 'react-router'

import { useI18n } from '@/i18n/language'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { FileJobs } from './file-jobs'
import { pathFromHash } from './file-paths'
import { fileAbilities } from './file-permissions'
import { FolderView } from './folder-view'
import type { SortOrder } from './sort-entries'
import { UploadPanel } from './upload-panel'
import { useDropUpload } from './use-drop-upload'
import { useFileJobs } from './use-file-jobs'
import { useUploadQueue } from './use-uploads'

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
  const { upload, dragging } = useDropUpload(queue, abilities.create && abilities.list)
  const { t } = useI18n()

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
