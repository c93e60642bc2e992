import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form'

import { accountQueries } from '@/api/account'

// When a session ends mid-form (a 401), the app sends the person to sign in and back. What they
// typed into a form's non-secret fields (a new email address, a key description, a public key)
// comes back with them: the mounted forms are read at the moment of the 401, the text is held
// in memory only (never storage — a reload forgets it), and handed back once, to the same form,
// for the same account. Password and code fields are simply never registered, so never kept.

type Draft = Record<string, unknown>

const mountedForms = new Map<string, () => Draft>()
let kept: { accountId: number | undefined; drafts: Map<string, Draft> } | undefined

function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(hasContent)
  return false
}

/** Called by the 401 policy before the account is forgotten. */
export function captureFormDrafts(accountId: number | undefined) {
  const drafts = new Map<string, Draft>()
  for (const [formId, read] of mountedForms) {
    const draft = read()
    if (Object.keys(draft).length > 0) drafts.set(formId, draft)
  }
  kept = drafts.size > 0 ? { accountId, drafts } : undefined
}

/** The kept draft of `formId`, once; everything is dropped when another account signs in. */
export function takeFormDraft(formId: string, accountId: number | undefined): Draft | undefined {
  if (!kept) return undefined
  if (kept.accountId !== accountId) {
    kept = undefined
    return undefined
  }
  const draft = kept.drafts.get(formId)
  kept.drafts.delete(formId)
  if (kept.drafts.size === 0) kept = undefined
  return draft
}

/** Forget everything kept (sign-out; tests). */
export function clearFormDrafts() {
  kept = undefined
}

/**
 * Keeps `fields` of a react-hook-form form across a session expiry (see above). List only
 * fields that are not secrets. `formId` names the form app-wide, e.g. 'api-keys.create'.
 */
export function useFormDraft<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'getValues' | 'setValue'>,
  formId: string,
  fields: readonly Path<T>[],
) {
  const queryClient = useQueryClient()
  // A stable dependency for an array callers usually write inline.
  const fieldList = fields.join('\n')
  const { getValues, setValue } = form

  useEffect(() => {
    const names = fieldList.split('\n') as Path<T>[]
    const accountId = queryClient.getQueryData(accountQueries.detail().queryKey)?.id
    const draft = takeFormDraft(formId, accountId)
    if (draft) {
      for (const field of names) {
        if (!Object.hasOwn(draft, field)) continue
        setValue(field, draft[field] as PathValue<T, Path<T>>, { shouldDirty: true })
      }
    }
    mountedForms.set(formId, () => {
      const values: Draft = {}
      for (const field of names) {
        const value: unknown = getValues(field)
        if (hasContent(value)) values[field] = value
      }
      return values
    })
    return () => {
      mountedForms.delete(formId)
    }
  }, [formId, fieldList, getValues, setValue, queryClient])
}
