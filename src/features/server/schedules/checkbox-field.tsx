import { useId } from 'react'
import type { ComponentPropsWithRef, ReactNode } from 'react'

/** A native checkbox with its label and a hint under it (the hint is its description). */
export function CheckboxField({
  label,
  hint,
  ...props
}: ComponentPropsWithRef<'input'> & { label: ReactNode; hint?: ReactNode }) {
  const id = useId()
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-5 shrink-0 accent-(--color-accent) sm:size-4"
        {...props}
      />
      <div className="min-w-0">
        <label htmlFor={id} className="text-sm font-medium text-fg">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-fg-muted">
            {hint}
          </p>
        )}
      </div>
    </div>
  )
}
