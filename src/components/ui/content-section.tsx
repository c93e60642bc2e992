import { useId } from 'react'
import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

interface ContentSectionProps {
  title: ReactNode
  description?: ReactNode
  children: ReactNode
  /** Right side of the section header (e.g. a "Create" button). */
  actions?: ReactNode
  /** Footer row inside the card (e.g. the form's submit button). */
  footer?: ReactNode
  className?: string
  id?: string
}

/** A titled settings section (<section> labelled by its <h2>) with the body in a card. */
export function ContentSection({
  title,
  description,
  children,
  actions,
  footer,
  className,
  id,
}: ContentSectionProps) {
  const headingId = `${useId()}-title`
  return (
    <section aria-labelledby={headingId} id={id} className={cn('scroll-mt-24', className)}>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold text-fg">
            {title}
          </h2>
          {description && <p className="mt-1 text-sm text-fg-muted">{description}</p>}
        </div>
        {actions}
      </div>
      <div className="overflow-hidden rounded-lg border border-border bg-surface shadow-xs">
        <div className="p-4 sm:p-6">{children}</div>
        {footer && (
          <div className="flex flex-wrap items-center justify-end gap-3 border-t border-border bg-surface-muted/50 px-4 py-3 sm:px-6">
            {footer}
          </div>
        )}
      </div>
    </section>
  )
}
