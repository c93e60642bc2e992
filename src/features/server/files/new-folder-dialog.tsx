import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'

import { createFolder } from '@/api/files'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

import type { DialogContext } from './dialog-context'
import { useNameError, useRefresh } from './dialog-hooks'
import { FormDialog } from './form-dialog'

// Creates a folder in the current one (a new file opens the editor instead: see the toolbar).

export function NewFolderDialog({ serverId, dir, names, onClose }: DialogContext) {
  const { t } = useI18n()
  const refresh = useRefresh(serverId)
  const nameError = useNameError()
  const [name, setName] = useState('')
  const [fieldError, setFieldError] = useState<string>()
  const mutation = useMutation({
    mutationFn: (folder: string) => createFolder(serverId, dir, folder),
    meta: { form: true },
    onSuccess: async (_, folder) => {
      await refresh()
      toast(t.files.done.folderCreated(folder), 'success')
      onClose()
    },
  })
  return (
    <FormDialog
      title={t.files.newFolder.title}
      submitLabel={t.files.newFolder.submit}
      pending={mutation.isPending}
      error={mutation.error ? errorText(mutation.error) : undefined}
      onClose={onClose}
      onSubmit={() => {
        const problem = nameError(name, names)
        setFieldError(problem)
        if (!problem) mutation.mutate(name.trim())
      }}
    >
      <Field label={t.files.newFolder.field} error={fieldError}>
        <Input
          value={name}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          onChange={(e) => {
            setName(e.target.value)
            setFieldError(undefined)
          }}
        />
      </Field>
    </FormDialog>
  )
}
