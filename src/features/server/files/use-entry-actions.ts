import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'

import { compressFiles, copyFile, decompressFile, fileQueries, getDownloadUrl } from '@/api/files'
import type { FileEntry } from '@/api/files'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

import type { FileDialog } from './file-dialogs'
import { filesUrls, isEditable, joinPath } from './file-paths'
import type { EntryAction, FileAbilities } from './file-permissions'
import type { RunJob } from './use-file-jobs'

// What the folder view does with an entry: where its name links to, opening it (a folder, the
// editor, or else a download), and the row menu's actions. Those that need more input open a
// dialog (`onDialog`); archive and unarchive run as jobs; copy and download answer with a toast.

export function useEntryActions({
  serverId,
  dir,
  abilities,
  runJob,
  onDialog,
  onArchived,
}: {
  serverId: string
  dir: string
  abilities: FileAbilities
  runJob: RunJob
  onDialog: (dialog: FileDialog) => void
  /** An archive was made (of the selection, or of one entry): clears the selection. */
  onArchived: () => void
}) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const queryClient = useQueryClient()

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
      onArchived()
      return t.files.jobs.archived(made.name)
    })

  const act = (action: EntryAction, entry: FileEntry) => {
    switch (action) {
      case 'open':
        return open(entry)
      case 'rename':
        return onDialog({ kind: 'rename', entry })
      case 'move':
        return onDialog({ kind: 'move', entries: [entry] })
      case 'permissions':
        return onDialog({ kind: 'permissions', entries: [entry] })
      case 'delete':
        return onDialog({ kind: 'delete', entries: [entry] })
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

  return { hrefOf, open, archive, act }
}
