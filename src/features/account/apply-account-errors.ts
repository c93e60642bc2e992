import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'

import { INVALID_PASSWORD_CODE } from '@/api/account'
import { ApiError, collectFieldErrors, isApiError } from '@/api/errors'
import { applyServerErrors } from '@/forms/form-errors'
import type { ServerFieldMap } from '@/forms/form-errors'
import { errorText } from '@/i18n/error-text'

interface Options<T extends FieldValues> {
  fieldMap: ServerFieldMap<T>
  /** Where a wrong current password (400, no source_field) belongs. */
  passwordField: FieldPath<T>
  /** Where the panel's `confirmed` rule (reported on `password`) belongs. */
  confirmationField?: FieldPath<T>
}

type FormLike<T extends FieldValues> = Pick<UseFormReturn<T>, 'setError' | 'setFocus'>

/**
 * applyServerErrors plus the two things the panel's envelope cannot say by field name:
 * `InvalidPasswordProvidedException` carries no `source_field` (it is the current-password
 * field's error), and `confirmed` is reported on `password` although the confirmation is wrong.
 */
export function applyAccountErrors<T extends FieldValues>(
  form: FormLike<T>,
  error: unknown,
  { fieldMap, passwordField, confirmationField }: Options<T>,
): void {
  if (!isApiError(error)) {
    applyServerErrors(form, error, fieldMap)
    return
  }
  if (error.code === INVALID_PASSWORD_CODE) {
    form.setError(passwordField, { type: 'server', message: errorText(error) })
    form.setFocus(passwordField)
    return
  }

  const confirmed = confirmationField
    ? error.errors.filter((e) => e.meta?.sourceField === 'password' && e.meta.rule === 'confirmed')
    : []
  const first = confirmed[0]
  if (!confirmationField || !first) {
    applyServerErrors(form, error, fieldMap)
    return
  }

  form.setError(confirmationField, { type: 'server', message: first.detail })
  const rest = error.errors.filter((e) => !confirmed.includes(e))
  if (rest.length > 0) {
    const remaining = new ApiError({
      status: error.status,
      code: error.code,
      detail: rest[0]?.detail ?? '',
      errors: rest,
      fieldErrors: collectFieldErrors(rest),
    })
    // Focuses the earlier field (new password) when the panel also rejected it.
    if (applyServerErrors(form, remaining, fieldMap)) return
  }
  form.setFocus(confirmationField)
}
