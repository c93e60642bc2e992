import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useNavigate } from 'react-router'

import { listNames, writeFile } from '@/api/file-contents'
import { serverDetailQueries } from '@/api/server'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { Spinner } from '@/components/ui/spinner'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'

import { CodeEditor } from './code-editor'
import type { CodeEditorHandle } from './code-editor'
import { FileBreadcrumbs } from './file-breadcrumbs'
import { checkFileName, cleanName, MAX_NAME_BYTES } from './file-name'
import type { NameProblem } from './file-name'
import { basename, dirname, filePaths, joinPath } from './file-paths'
import { languageFor, LANGUAGES } from './languages'
import type { LanguageId } from './languages'
import { useDownload } from './use-download'
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard'

export type EditorTarget = { kind: 'edit'; path: string } | { kind: 'new'; dir: string }

type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'noChanges' }
  | { status: 'failed'; error: unknown }

/** Cmd on Apple keyboards, Ctrl elsewhere: only for the hint text (both keys save). */
const MOD =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform) ? '⌘' : 'Ctrl'

/**
 * The editor around CodeMirror: path, dirty marker, save (button and Ctrl/Cmd+S, one write at a
 * time), find, highlighting, download, and the question before unsaved edits are left behind.
 * A new file also asks for its name and checks it against the folder before writing.
 */
export function EditorScreen({
  serverId,
  target,
  initialText,
  canSave,
  notice,
}: {
  serverId: string
  target: EditorTarget
  initialText: string
  canSave: boolean
  /** Shown once on arrival (e.g. "File created." after a new file's first save). */
  notice?: string
}) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const editor = useRef<CodeEditorHandle>(null)
  const isNew = target.kind === 'new'
  const dir = isNew ? target.dir : dirname(target.path)

  const [name, setName] = useState('')
  const [nameProblem, setNameProblem] = useState<NameProblem | null>(null)
  const fileName = isNew ? cleanName(name) || t.editor.newFile : basename(target.path)

  const [dirty, setDirty] = useState(false)
  const [save, setSave] = useState<SaveState>({ status: 'idle' })
  const [chosenLanguage, setChosenLanguage] = useState<LanguageId | null>(null)
  const language = chosenLanguage ?? languageFor(isNew ? cleanName(name) : target.path)
  const [wrap, setWrap] = useState(false)
  const nameInput = useRef<HTMLInputElement>(null)
  const wrapId = useId()
  const languageId = useId()

  const saving = useRef(false)

  const runSave = async () => {
    const handle = editor.current
    if (saving.current || !canSave || !handle) return
    if (!isNew && !handle.isDirty()) {
      setSave({ status: 'noChanges' })
      return
    }
    // Single flight: a second Ctrl+S (or click) while this one runs does nothing.
    saving.current = true
    setSave({ status: 'saving' })
    try {
      let path: string
      if (isNew) {
        const clean = cleanName(name)
        const local = checkFileName(clean)
        if (local) {
          setNameProblem(local)
          setSave({ status: 'idle' })
          nameInput.current?.focus()
          return
        }
        // Read the folder fresh: the panel's write would silently replace a file of that name.
        const taken = checkFileName(clean, await listNames(serverId, target.dir))
        if (taken) {
          setNameProblem(taken)
          setSave({ status: 'idle' })
          nameInput.current?.focus()
          return
        }
        path = joinPath(target.dir, clean)
      } else {
        path = target.path
      }
      const doc = handle.doc()
      await writeFile(serverId, path, handle.serialize(doc))
      handle.markSaved(doc)
      setSave({ status: 'saved' })
      // The folder lists' sizes and dates changed (the file list keys them ['server', id, 'files', …]).
      const [scope, server] = serverDetailQueries.all(serverId)
      void queryClient.invalidateQueries({
        predicate: ({ queryKey: [a, b, c] }) => a === scope && b === server && c === 'files',
      })
      if (isNew) {
        await navigate(filePaths.edit(serverId, path), {
          replace: true,
          state: { notice: 'created' },
        })
      }
    } catch (error) {
      // The text stays in the editor; the alert says why and offers another try.
      setSave({ status: 'failed', error })
    } finally {
      saving.current = false
    }
  }
  const saveRef = useRef(runSave)
  useEffect(() => {
    saveRef.current = runSave
  })

  // Ctrl/Cmd+S anywhere on the page (in the text, the search panel, a button), never the
  // browser's "Save page as…". Held keys repeat: only the first press counts.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (event.key.toLowerCase() !== 's') return
      event.preventDefault()
      if (!event.repeat) void saveRef.current()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])

  const isDirty = useCallback(() => editor.current?.isDirty() ?? false, [])
  const blocker = useUnsavedChangesGuard(isDirty)
  const download = useDownload(serverId, isNew ? '' : target.path)

  const onDirtyChange = useCallback((next: boolean) => {
    setDirty(next)
    // A fresh edit makes an old "Saved." or "Nothing to save" stale.
    if (next)
      setSave((s) => (s.status === 'saved' || s.status === 'noChanges' ? { status: 'idle' } : s))
  }, [])

  const busy = save.status === 'saving'
  const statusText =
    save.status === 'saving'
      ? t.editor.status.saving
      : dirty
        ? t.editor.status.dirty
        : save.status === 'saved'
          ? t.editor.status.saved
          : save.status === 'noChanges'
            ? t.editor.status.noChanges
            : notice

  return (
    <div className="space-y-4">
      <FileBreadcrumbs serverId={serverId} dir={dir} current={fileName} />

      <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
          <h2 className="min-w-0 font-mono text-lg font-semibold break-all text-fg">
            {fileName}
            {dirty && (
              <span
                aria-hidden="true"
                className="ml-1.5 text-warning-text"
                title={t.editor.status.dirty}
              >
                ●
              </span>
            )}
          </h2>
          <p
            role="status"
            aria-live="polite"
            className={dirty ? 'text-sm font-medium text-warning-text' : 'text-sm text-fg-muted'}
          >
            {busy && <Spinner className="mr-1.5 inline size-3.5 align-[-2px]" />}
            {statusText}
          </p>
        </div>
        <div className="flex w-full flex-wrap gap-2 sm:w-auto">
          {!isNew && (
            <Button
              variant="secondary"
              pending={download.pending}
              onClick={download.start}
              className="max-sm:flex-1"
            >
              {t.editor.toolbar.download}
            </Button>
          )}
          {canSave && (
            <Button
              pending={busy}
              onClick={() => void runSave()}
              className="max-sm:flex-1"
              aria-keyshortcuts="Control+S Meta+S"
            >
              {isNew ? t.editor.toolbar.create : t.editor.toolbar.save}
            </Button>
          )}
        </div>
      </div>

      {isNew && (
        <Field
          label={t.editor.name.label}
          description={t.editor.name.hint(target.dir)}
          error={nameProblem ? nameProblemText(nameProblem, cleanName(name), t) : undefined}
          className="max-w-xl"
        >
          <Input
            ref={nameInput}
            value={name}
            autoComplete="off"
            spellCheck={false}
            placeholder={t.editor.name.placeholder}
            className="font-mono"
            onChange={(event) => {
              setName(event.target.value)
              // Re-check as they type once a problem was shown, so it clears when fixed.
              if (nameProblem) setNameProblem(checkFileName(event.target.value))
            }}
            onBlur={() => {
              if (name !== '') setNameProblem(checkFileName(name))
            }}
          />
        </Field>
      )}

      {!canSave && <FormAlert tone="info" message={t.editor.readOnly} />}
      {save.status === 'failed' && (
        <FormAlert title={t.editor.saveFailed(fileName)}>
          <p className="mt-0.5">
            {errorText(save.error, t)} {t.editor.saveFailedKept}
          </p>
          <Button variant="secondary" size="sm" className="mt-3" onClick={() => void runSave()}>
            {t.editor.retrySave}
          </Button>
        </FormAlert>
      )}

      <div
        role="toolbar"
        aria-label={t.editor.toolbar.label}
        className="flex flex-wrap items-center gap-x-4 gap-y-2"
      >
        <div className="flex items-center gap-2">
          <label htmlFor={languageId} className="text-sm text-fg-muted max-sm:sr-only">
            {t.editor.toolbar.language}
          </label>
          <Select
            id={languageId}
            value={language}
            onChange={(event) => setChosenLanguage(event.target.value as LanguageId)}
            className="w-44"
          >
            {LANGUAGES.map((id) => (
              <option key={id} value={id}>
                {t.editor.languages[id]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex items-center gap-2">
          <input
            id={wrapId}
            type="checkbox"
            checked={wrap}
            onChange={(event) => setWrap(event.target.checked)}
            className="size-4 accent-accent"
          />
          <label htmlFor={wrapId} className="text-sm text-fg">
            {t.editor.toolbar.wrap}
          </label>
        </div>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => editor.current?.openSearch()}
          aria-keyshortcuts="Control+F Meta+F"
        >
          {t.editor.toolbar.find}
        </Button>
      </div>

      <div className="h-[65vh] min-h-72 overflow-hidden rounded-lg border border-border bg-surface">
        <CodeEditor
          ref={editor}
          initialText={initialText}
          language={language}
          readOnly={!canSave}
          wrap={wrap}
          label={isNew ? t.editor.newContentLabel : t.editor.contentLabel(fileName)}
          phrases={t.editor.phrases}
          onDirtyChange={onDirtyChange}
        />
      </div>
      <p className="text-xs text-fg-muted max-sm:hidden">{t.editor.shortcuts(MOD)}</p>

      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => {
          if (!open) blocker.reset?.()
        }}
        title={t.editor.leave.title}
        description={t.editor.leave.description(fileName)}
        cancelLabel={t.editor.leave.stay}
        confirmLabel={t.editor.leave.leave}
        onConfirm={() => blocker.proceed?.()}
      />
    </div>
  )
}

function nameProblemText(
  problem: NameProblem,
  name: string,
  t: ReturnType<typeof useI18n>['t'],
): string {
  const errors = t.editor.name.errors
  switch (problem) {
    case 'tooLong':
      return errors.tooLong(MAX_NAME_BYTES)
    case 'exists':
      return errors.exists(name)
    default:
      return errors[problem]
  }
}
