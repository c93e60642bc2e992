import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'

import { renameFiles } from '@/api/files'
import type { FileEntry } from '@/api/files'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

import type { DialogContext } from './dialog-context'
import { useRefresh } from './dialog-hooks'
import { FormDialog } from './form-dialog'
import { joinPath, relativeTo, resolveMoveTarget } from './file-paths'

// Moves one or more entries into another folder (a rename on the wire), showing where they will
// land and refusing a target outside the server's files or the folder they are already in.

export function MoveDialog({
  serverId,
  dir,
  entries,
  onClose,
  onDone,
}: DialogContext & { entries: readonly FileEntry[] }) {
  const { t } = useI18n()
  const refresh = useRefresh(serverId)
  const [target, setTarget] = useState('')
  const [fieldError, setFieldError] = useState<string>()
  const first = entries[0]
  // A folder target: each entry keeps its name inside it.
  const folder = target.trim() === '' ? '' : target.trim().replace(/\/*$/, '/')
  const resolvedFolder = first ? resolveMoveTarget(dir, first.name, folder) : null
  const destination = resolvedFolder ? joinPath(resolvedFolder, '..') : null
  const mutation = useMutation({
    mutationFn: (items: { from: string; to: string }[]) => renameFiles(serverId, dir, items),
    meta: { form: true },
    onSuccess: async (_, items) => {
      await refresh()
      toast(t.files.done.moved(items.length), 'success')
      onDone()
      onClose()
    },
  })
  return (
    <FormDialog
      title={t.files.move.title(entries.length, first?.name ?? '')}
      submitLabel={t.files.move.submit}
      pending={mutation.isPending}
      error={mutation.error ? errorText(mutation.error) : undefined}
      onClose={onClose}
      onSubmit={() => {
        if (folder === '') return setFieldError(t.files.move.empty)
        const items: { from: string; to: string }[] = []
        for (const entry of entries) {
          const resolved = resolveMoveTarget(dir, entry.name, folder)
          if (!resolved) return setFieldError(t.files.move.outside)
          if (resolved === joinPath(dir, entry.name)) return setFieldError(t.files.move.same)
          items.push({ from: entry.name, to: relativeTo(dir, resolved) })
        }
        setFieldError(undefined)
        mutation.mutate(items)
      }}
    >
      <Field label={t.files.move.field} description={t.files.move.hint} error={fieldError}>
        <Input
          value={target}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          autoFocus
          onChange={(e) => {
            setTarget(e.target.value)
            setFieldError(undefined)
          }}
        />
      </Field>
      <p className="text-sm text-fg-muted" aria-live="polite">
        {folder === ''
          ? ''
          : destination
            ? t.files.move.preview(destination)
            : t.files.move.outside}
      </p>
    </FormDialog>
  )
}
