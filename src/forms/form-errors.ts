import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'

import { isApiError } from '@/api/errors'
import { errorText } from '@/i18n/error-text'

/** Panel field name (`meta.source_field`, array suffix stripped) → form field name. */
export type ServerFieldMap<T extends FieldValues> = Partial<Record<string, FieldPath<T>>>

type FormLike<T extends FieldValues> = Pick<UseFormReturn<T>, 'setError' | 'setFocus'>

/**
 * Puts a failed request's errors where the person will look: panel field errors on the mapped
 * form fields (type 'server', first errored field focused), everything else — unmapped fields,
 * wrong password, throttling, panel down — in `root.server` (render it with <FormAlert>).
 * Returns true when at least one field error was set.
 */
export function applyServerErrors<T extends FieldValues>(
  form: FormLike<T>,
  error: unknown,
  fieldMap: ServerFieldMap<T> = {},
): boolean {
  if (!isApiError(error)) {
    form.setError('root.server', { type: 'server', message: errorText(error) })
    return false
  }

  const mapped = new Map<FieldPath<T>, string>()
  const unmapped: string[] = []
  for (const entry of error.errors) {
    const source = entry.meta?.sourceField
    if (!source) continue
    const target = fieldMap[source] ?? fieldMap[source.split('.')[0] ?? source]
    if (target) {
      if (!mapped.has(target)) mapped.set(target, entry.detail)
    } else if (entry.detail && !unmapped.includes(entry.detail)) {
      unmapped.push(entry.detail)
    }
  }

  let first: FieldPath<T> | undefined
  for (const [field, message] of mapped) {
    form.setError(field, { type: 'server', message })
    first ??= field
  }

  if (unmapped.length > 0) {
    form.setError('root.server', { type: 'server', message: unmapped.join(' ') })
  } else if (mapped.size === 0) {
    form.setError('root.server', { type: 'server', message: errorText(error) })
  }

  if (first) form.setFocus(first)
  return mapped.size > 0
}
