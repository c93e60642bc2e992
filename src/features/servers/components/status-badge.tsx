import { cn } from '@/lib/cn'

import type { StatusTone } from '../server-status'

const tones: Record<StatusTone, string> = {
  success: 'bg-success-subtle text-success-text',
  warning: 'bg-warning-subtle text-warning-text',
  danger: 'bg-danger-subtle text-danger-text',
  neutral: 'bg-surface-muted text-fg-muted',
}
const dots: Record<StatusTone, string> = {
  success: 'bg-success-text',
  warning: 'bg-warning-text',
  danger: 'bg-danger-text',
  neutral: 'bg-fg-muted',
}

/** Coloured dot + text label (colour is never the only signal). */
export function StatusBadge({
  label,
  tone,
  busy,
}: {
  label: string
  tone: StatusTone
  busy?: boolean
}) {
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        tones[tone],
      )}
    >
      <span
        aria-hidden="true"
        className={cn('size-2 rounded-full', dots[tone], busy && 'animate-pulse')}
      />
      {label}
    </span>
  )
}
