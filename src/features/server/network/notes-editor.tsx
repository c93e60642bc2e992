import { useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'

import { isApiError } from '@/api/errors'
import { ALLOCATION_NOTES_MAX, networkQueries, updateAllocationNotes } from '@/api/network'
import type { Allocation } from '@/api/network'
import { Input } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'

interface NotesEditorProps {
  serverId: string
  allocation: Allocation
  address: string
  mayEdit: boolean
}

type Status = 'idle' | 'saving' | 'saved'

/**
 * Notes edited in place: Enter or leaving the field saves, Escape goes back to the saved text.
 * One save at a time; a refusal (e.g. the panel's 256-character rule) shows under the field and
 * the typed text stays.
 */
export function NotesEditor({ serverId, allocation, address, mayEdit }: NotesEditorProps) {
  const { t } = useI18n()
  const id = useId()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState(allocation.notes)
  const [status, setStatus] = useState<Status>('idle')
  const [error, setError] = useState<string>()
  const inFlight = useRef(false)
  const refused = useRef<string | undefined>(undefined)

  if (!mayEdit) {
    return (
      <p className="text-sm break-words text-fg">
        <span className="sr-only">{t.network.notes}: </span>
        {allocation.notes || <span className="text-fg-muted">{t.network.noNotes}</span>}
      </p>
    )
  }

  const save = async () => {
    const value = draft.trim()
    if (inFlight.current || value === refused.current) return
    if (value === allocation.notes && !error) return
    if ([...value].length > ALLOCATION_NOTES_MAX) {
      setError(t.network.notesTooLong(ALLOCATION_NOTES_MAX))
      return
    }
    inFlight.current = true
    setStatus('saving')
    setError(undefined)
    try {
      const saved = await updateAllocationNotes(serverId, allocation.id, value)
      refused.current = undefined
      setDraft(saved.notes)
      queryClient.setQueryData(networkQueries.list(serverId).queryKey, (list) =>
        list?.map((a) => (a.id === saved.id ? saved : a)),
      )
      setStatus('saved')
    } catch (failure) {
      refused.current = value
      setStatus('idle')
      setError((isApiError(failure) && failure.fieldErrors.notes?.[0]) || errorText(failure))
    } finally {
      inFlight.current = false
    }
  }

  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  return (
    <div className="min-w-0 space-y-1">
      <div className="relative">
        <Input
          id={`${id}-notes`}
          aria-label={t.network.notesFor(address)}
          aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          value={draft}
          placeholder={t.network.notesPlaceholder}
          autoComplete="off"
          className="pr-9"
          onChange={(event) => {
            setDraft(event.target.value)
            if (status === 'saved') setStatus('idle')
          }}
          onBlur={() => void save()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              void save()
            } else if (event.key === 'Escape') {
              event.preventDefault()
              refused.current = undefined
              setError(undefined)
              setDraft(allocation.notes)
            }
          }}
        />
        <span className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2">
          {status === 'saving' && <Spinner label={t.network.notesSaving} />}
          {status === 'saved' && (
            <svg
              viewBox="0 0 16 16"
              className="size-4 text-success-text"
              role="img"
              aria-label={t.network.notesSaved}
            >
              <path
                d="M3.5 8.5l3 3 6-7"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          )}
        </span>
      </div>
      <p id={hintId} className="sr-only">
        {t.network.notesHint}
      </p>
      <p role="status" className="sr-only">
        {status === 'saved' ? t.network.notesSaved : ''}
      </p>
      {error && (
        <p id={errorId} className="text-sm font-medium text-danger-text">
          {error}
        </p>
      )}
    </div>
  )
}
