import type { ComponentPropsWithRef } from 'react'

import { cn } from '@/lib/cn'

import { inputClasses } from './styles'

export function Textarea({ className, rows = 4, ...props }: ComponentPropsWithRef<'textarea'>) {
  return <textarea rows={rows} className={cn(inputClasses, 'py-2', className)} {...props} />
}
