import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'

import { isApiError } from '@/api/errors'
import { pullFile } from '@/api/files'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'

import type { DialogContext } from './dialog-context'
import { useNameError } from './dialog-hooks'
import { FormDialog } from './form-dialog'

// Asks Wings to download a file from a URL into the folder. The panel answers at once and Wings
// pulls in the background, so success hands over to the folder view (onPulled), which watches for
// the file.

/** The name Wings gives a pulled file without `filename`: the URL's last path segment. */
function nameFromUrl(url: string): string | null {
  try {
    const last = new URL(url).pathname.split('/').pop() ?? ''
    return last ? decodeURIComponent(last) : null
  } catch {
    return null
  }
}

export function PullDialog({ serverId, dir, names, onClose, onPulled }: DialogContext) {
  const { t } = useI18n()
  const nameError = useNameError()
  const [url, setUrl] = useState('')
  const [filename, setFilename] = useState('')
  const [useHeader, setUseHeader] = useState(false)
  const [errors, setErrors] = useState<{ url?: string; filename?: string }>({})
  const mutation = useMutation({
    mutationFn: () =>
      pullFile(serverId, {
        url: url.trim(),
        directory: dir,
        filename: filename.trim() || undefined,
        useHeader,
      }),
    meta: { form: true },
    onSuccess: () => {
      const expected = filename.trim() || (useHeader ? null : nameFromUrl(url.trim()))
      onPulled(expected ?? url.trim(), expected)
      onClose()
    },
  })
  const failure = mutation.error
  const error = !failure
    ? undefined
    : isApiError(failure) && failure.status === 429
      ? t.files.pull.throttled(failure.retryAfter)
      : (failure.fieldErrors.url?.[0] ?? errorText(failure))
  return (
    <FormDialog
      title={t.files.pull.title}
      description={t.files.pull.description}
      submitLabel={t.files.pull.submit}
      pending={mutation.isPending}
      error={error}
      onClose={onClose}
      onSubmit={() => {
        const next: typeof errors = {}
        let parsed: URL | null = null
        try {
          parsed = new URL(url.trim())
        } catch {
          parsed = null
        }
        if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
          next.url = t.files.pull.urlInvalid
        }
        if (filename.trim() !== '') next.filename = nameError(filename, names)
        setErrors(next)
        if (!next.url && !next.filename) mutation.mutate()
      }}
    >
      <Field label={t.files.pull.url} error={errors.url}>
        <Input
          type="url"
          value={url}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          placeholder="https://"
          onChange={(e) => setUrl(e.target.value)}
        />
      </Field>
      <Field
        label={t.files.pull.filename}
        description={t.files.pull.filenameHint}
        error={errors.filename}
      >
        <Input
          value={filename}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setFilename(e.target.value)}
        />
      </Field>
      <label className="flex min-h-11 items-center gap-2 text-sm text-fg sm:min-h-9">
        <input
          type="checkbox"
          className="size-4 accent-accent"
          checked={useHeader}
          onChange={(e) => setUseHeader(e.target.checked)}
        />
        {t.files.pull.useHeader}
      </label>
      <p className="text-sm text-fg-muted">{t.files.pull.throttle}</p>
    </FormDialog>
  )
}
