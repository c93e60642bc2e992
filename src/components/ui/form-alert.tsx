import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

export type AlertTone = 'error' | 'info' | 'success' | 'warning'

interface FormAlertProps {
  /** Nothing renders without a message. */
  message?: ReactNode
  tone?: AlertTone
  title?: ReactNode
  className?: string
  children?: ReactNode
}

const tones: Record<AlertTone, string> = {
  error: 'border-danger-text/30 bg-danger-subtle text-danger-text',
  info: 'border-accent-text/25 bg-accent-subtle text-fg',
  success: 'border-success-text/30 bg-success-subtle text-success-text',
  warning: 'border-warning-text/30 bg-warning-subtle text-warning-text',
}

/**
 * A message block. Errors use role="alert" (announced at once); other tones use role="status".
 * Use it for `form.formState.errors.root?.server?.message` and page-level notices.
 */
export function FormAlert({ message, tone = 'error', title, className, children }: FormAlertProps) {
  if (!message && !children) return null
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn('rounded-md border px-3.5 py-3 text-sm', tones[tone], className)}
    >
      {title && <p className="font-semibold">{title}</p>}
      {message && <p className={cn(title && 'mt-0.5')}>{message}</p>}
      {children}
    </div>
  )
}
