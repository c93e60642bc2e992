import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { FormEvent, ReactNode } from 'react'

import { isApiError } from '@/api/errors'
import {
  chmodFiles,
  createFolder,
  deleteFiles,
  fileQueries,
  pullFile,
  renameFiles,
} from '@/api/files'
import type { FileEntry } from '@/api/files'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

import { checkEntryName, joinPath, relativeTo, resolveMoveTarget } from './file-paths'
import { hasBit, parseOctal, toggleBit, toOctal, toSymbolic, WHAT, WHO } from './modes'

// The dialogs behind the row and bulk actions. Each sends once (the button is pending while the
// request runs), keeps what was typed on failure, and puts the panel's answer under the form.

export type FileDialog =
  | { kind: 'rename'; entry: FileEntry }
  | { kind: 'move'; entries: readonly FileEntry[] }
  | { kind: 'permissions'; entries: readonly FileEntry[] }
  | { kind: 'delete'; entries: readonly FileEntry[] }
  | { kind: 'newFolder' }
  | { kind: 'pull' }

interface DialogContext {
  serverId: string
  dir: string
  /** Names in the folder now (to catch a clash before asking the panel). */
  names: ReadonlySet<string>
  onClose: () => void
  /** After a change: clears the selection. */
  onDone: () => void
  /** A pull was accepted: watch the folder for `expected` (null: any new name). */
  onPulled: (what: string, expected: string | null) => void
}

export function FileDialogs({ dialog, ...context }: DialogContext & { dialog: FileDialog | null }) {
  if (!dialog) return null
  switch (dialog.kind) {
    case 'rename':
      return <RenameDialog {...context} entry={dialog.entry} />
    case 'move':
      return <MoveDialog {...context} entries={dialog.entries} />
    case 'permissions':
      return <ChmodDialog {...context} entries={dialog.entries} />
    case 'delete':
      return <DeleteDialog {...context} entries={dialog.entries} />
    case 'newFolder':
      return <NewFolderDialog {...context} />
    case 'pull':
      return <PullDialog {...context} />
  }
}

function useRefresh(serverId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: fileQueries.all(serverId) })
}

function FormDialog({
  title,
  description,
  submitLabel,
  pending,
  error,
  onSubmit,
  onClose,
  tone = 'primary',
  children,
}: {
  title: ReactNode
  description?: ReactNode
  submitLabel: string
  pending: boolean
  error?: string
  onSubmit: () => void
  onClose: () => void
  tone?: 'primary' | 'danger'
  children: ReactNode
}) {
  const { t } = useI18n()
  const formId = `file-dialog-form`
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !pending && onClose()}
      title={title}
      description={description}
      dismissible={!pending}
      footer={
        <>
          <Button variant="secondary" disabled={pending} onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button type="submit" form={formId} variant={tone} pending={pending}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="space-y-4"
        onSubmit={(event: FormEvent) => {
          event.preventDefault()
          if (!pending) onSubmit()
        }}
      >
        {children}
        <FormAlert message={error} />
      </form>
    </Dialog>
  )
}

function useNameError() {
  const { t } = useI18n()
  return (name: string, names: ReadonlySet<string>, current?: string): string | undefined => {
    const problem = checkEntryName(name)
    if (problem) return t.files.name[problem]
    if (name.trim() !== current && names.has(name.trim())) return t.files.name.exists
    return undefined
  }
}

function RenameDialog({
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

function MoveDialog({
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

function ChmodDialog({
  serverId,
  dir,
  entries,
  onClose,
  onDone,
}: DialogContext & { entries: readonly FileEntry[] }) {
  const { t } = useI18n()
  const refresh = useRefresh(serverId)
  const first = entries[0]
  const [mode, setMode] = useState(() => parseOctal(first?.modeBits ?? '') ?? 0o644)
  const [octal, setOctal] = useState(() => toOctal(mode))
  const [octalError, setOctalError] = useState<string>()
  const mutation = useMutation({
    mutationFn: (digits: string) =>
      chmodFiles(
        serverId,
        dir,
        entries.map((e) => ({ file: e.name, mode: digits })),
      ),
    meta: { form: true },
    onSuccess: async () => {
      await refresh()
      toast(t.files.done.chmod, 'success')
      onDone()
      onClose()
    },
  })
  return (
    <FormDialog
      title={t.files.chmod.title(entries.length, first?.name ?? '')}
      submitLabel={t.files.chmod.submit}
      pending={mutation.isPending}
      error={mutation.error ? errorText(mutation.error) : undefined}
      onClose={onClose}
      onSubmit={() => {
        if (parseOctal(octal) === null) return setOctalError(t.files.chmod.octalInvalid)
        mutation.mutate(toOctal(mode))
      }}
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{t.files.chmod.matrix}</caption>
        <thead>
          <tr>
            <td />
            {WHAT.map((what) => (
              <th key={what} scope="col" className="pb-2 text-center font-medium text-fg-muted">
                {t.files.chmod.what[what]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WHO.map((who) => (
            <tr key={who}>
              <th scope="row" className="py-1 pr-3 text-left font-medium text-fg">
                {t.files.chmod.who[who]}
              </th>
              {WHAT.map((what) => (
                <td key={what} className="text-center">
                  <label className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center sm:min-h-9">
                    <input
                      type="checkbox"
                      className="size-4 accent-accent"
                      aria-label={t.files.chmod.cell(
                        t.files.chmod.who[who],
                        t.files.chmod.what[what],
                      )}
                      checked={hasBit(mode, who, what)}
                      onChange={() => {
                        const next = toggleBit(mode, who, what)
                        setMode(next)
                        setOctal(toOctal(next))
                        setOctalError(undefined)
                      }}
                    />
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap items-end gap-4">
        <Field
          label={t.files.chmod.octal}
          description={t.files.chmod.octalHint}
          error={octalError}
          className="w-40"
        >
          <Input
            value={octal}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            className="font-mono"
            onChange={(e) => {
              setOctal(e.target.value)
              const parsed = parseOctal(e.target.value)
              if (parsed !== null) {
                setMode(parsed)
                setOctalError(undefined)
              }
            }}
          />
        </Field>
        <code className="pb-2 font-mono text-sm text-fg" aria-live="polite">
          {first && !first.isFile ? 'd' : '-'}
          {toSymbolic(mode)}
        </code>
      </div>
    </FormDialog>
  )
}

function DeleteDialog({
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

function NewFolderDialog({ serverId, dir, names, onClose }: DialogContext) {
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

/** The name Wings gives a pulled file without `filename`: the URL's last path segment. */
function nameFromUrl(url: string): string | null {
  try {
    const last = new URL(url).pathname.split('/').pop() ?? ''
    return last ? decodeURIComponent(last) : null
  } catch {
    return null
  }
}

function PullDialog({ serverId, dir, names, onClose, onPulled }: DialogContext) {
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
