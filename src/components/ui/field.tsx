import { Children, cloneElement, isValidElement, useId } from 'react'
import type { ReactElement, ReactNode } from 'react'

import { cn } from '@/lib/cn'

interface ControlProps {
  id?: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean | 'true' | 'false'
}

export interface FieldProps {
  label: ReactNode
  /** The control: <Input>, <PasswordInput>, <Textarea>… It receives id, aria-describedby, aria-invalid. */
  children: ReactElement<ControlProps>
  description?: ReactNode
  /** Error text (e.g. `form.formState.errors.email?.message`). */
  error?: string
  id?: string
  className?: string
  /** Visually hide the label (it stays the accessible name). */
  hideLabel?: boolean
}

/** Label + control + description + error, wired with aria-describedby / aria-invalid. */
export function Field({
  label,
  children,
  description,
  error,
  id,
  className,
  hideLabel,
}: FieldProps) {
  const autoId = useId()
  const controlId = id ?? children.props.id ?? `field-${autoId}`
  const descriptionId = `${controlId}-description`
  const errorId = `${controlId}-error`
  const describedBy = [
    children.props['aria-describedby'],
    description ? descriptionId : undefined,
    error ? errorId : undefined,
  ]
    .filter(Boolean)
    .join(' ')

  const control = Children.only(children)
  return (
    <div className={cn('space-y-1.5', className)}>
      <label
        htmlFor={controlId}
        className={cn('block text-sm font-medium text-fg', hideLabel && 'sr-only')}
      >
        {label}
      </label>
      {isValidElement(control) &&
        cloneElement(control, {
          id: controlId,
          'aria-describedby': describedBy || undefined,
          'aria-invalid': error ? true : control.props['aria-invalid'],
        })}
      {description && (
        <p id={descriptionId} className="text-sm text-fg-muted">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger-text">
          <svg viewBox="0 0 16 16" className="mt-0.5 size-3.5 shrink-0" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path
              d="M8 4.5v4M8 11h.01"
              stroke="var(--color-surface)"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
          <span>{error}</span>
        </p>
      )}
    </div>
  )
}
