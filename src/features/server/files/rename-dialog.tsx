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
import { useNameError, useRefresh } from './dialog-hooks'
import { FormDialog } from './form-dialog'

// Renames one entry in place (a move to another folder is move-dialog.tsx).

export function RenameDialog({
  serverId,
  dir,
  names,
  entry,
  onClose,
  onDone,
}: DialogContext & { entry: FileEntry }) {
  const { t } = useI18n()
  const refresh = useRefresh(serverId)
  const nameError = useNameError()
  const [name, setName] = useState(entry.name)
  const [fieldError, setFieldError] = useState<string>()
  const mutation = useMutation({
    mutationFn: (to: string) => renameFiles(serverId, dir, [{ from: entry.name, to }]),
    meta: { form: true },
    onSuccess: async () => {
      await refresh()
      toast(t.files.done.renamed, 'success')
      onDone()
      onClose()
    },
  })
  return (
    <FormDialog
      title={t.files.rename.title(entry.name)}
      submitLabel={t.files.rename.submit}
      pending={mutation.isPending}
      error={mutation.error ? errorText(mutation.error) : undefined}
      onClose={onClose}
      onSubmit={() => {
        const problem = nameError(name, names, entry.name)
        setFieldError(problem)
        if (problem) return
        if (name.trim() === entry.name) return onClose()
        mutation.mutate(name.trim())
      }}
    >
      <Field label={t.files.rename.field} error={fieldError}>
        <Input
          value={name}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setName(e.target.value)
            setFieldError(undefined)
          }}
          ref={(el) => {
            // Select the stem, like a desktop file manager: the extension usually stays.
            if (el && document.activeElement !== el) {
              el.focus()
              const dot = entry.isFile ? entry.name.lastIndexOf('.') : -1
              el.setSelectionRange(0, dot > 0 ? dot : entry.name.length)
            }
          }}
        />
      </Field>
    </FormDialog>
  )
}
