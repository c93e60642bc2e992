import { useMutation } from '@tanstack/react-query'

import { deleteFiles } from '@/api/files'
import type { FileEntry } from '@/api/files'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

import type { DialogContext } from './dialog-context'
import { useRefresh } from './dialog-hooks'

// Asks before deleting one or more entries (a confirm dialog, not a form): warns when a folder is
// among them and lists the names when there are several.

export function DeleteDialog({
  serverId,
  dir,
  entries,
  onClose,
  onDone,
}: DialogContext & { entries: readonly FileEntry[] }) {
  const { t } = useI18n()
  const refresh = useRefresh(serverId)
  const mutation = useMutation({
    mutationFn: () =>
      deleteFiles(
        serverId,
        dir,
        entries.map((e) => e.name),
      ),
    meta: { form: true },
    onSuccess: async () => {
      await refresh()
      toast(t.files.done.deleted(entries.length), 'success')
      onDone()
      onClose()
    },
  })
  const hasFolder = entries.some((e) => !e.isFile)
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t.files.remove.title(entries.length, entries[0]?.name ?? '')}
      description={t.files.remove.description}
      confirmLabel={t.files.remove.submit}
      pending={mutation.isPending}
      error={mutation.error ? errorText(mutation.error) : undefined}
      onConfirm={() => mutation.mutate()}
    >
      {hasFolder && (
        <p className="text-sm font-medium text-warning-text">{t.files.remove.folderWarning}</p>
      )}
      {entries.length > 1 && (
        <ul className="max-h-40 overflow-auto rounded-md border border-border px-3 py-2 font-mono text-xs text-fg">
          {entries.slice(0, 50).map((e) => (
            <li key={e.name} className="truncate">
              {e.name}
              {e.isFile ? '' : '/'}
            </li>
          ))}
          {entries.length > 50 && <li>…</li>}
        </ul>
      )}
    </ConfirmDialog>
  )
}
