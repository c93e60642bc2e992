import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'

import { chmodFiles } from '@/api/files'
import type { FileEntry } from '@/api/files'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

import type { DialogContext } from './dialog-context'
import { useRefresh } from './dialog-hooks'
import { FormDialog } from './form-dialog'
import { hasBit, parseOctal, toggleBit, toOctal, toSymbolic, WHAT, WHO } from './modes'

// Sets the permissions of one or more entries: an rwx matrix and the octal digits, kept in step
// (the first entry's mode is the starting point).

export function ChmodDialog({
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
