import type { ComponentPropsWithRef } from 'react'

import { cn } from '@/lib/cn'

import { inputClasses } from './styles'

/**
 * A native <select> styled like the inputs, with our own chevron. Native on purpose: phones get
 * their own picker and screen readers know it. `className` sizes the wrapper.
 */
export function Select({ className, ...props }: ComponentPropsWithRef<'select'>) {
  return (
    <div className={cn('relative', className)}>
      <select className={cn(inputClasses, 'min-h-11 appearance-none pr-9 sm:min-h-9')} {...props} />
      <svg
        viewBox="0 0 16 16"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-fg-muted"
        aria-hidden="true"
      >
        <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </div>
  )
}
