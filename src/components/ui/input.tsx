import type { ComponentPropsWithRef } from 'react'

import { cn } from '@/lib/cn'

import { inputClasses } from './styles'

export function Input({ className, type = 'text', ...props }: ComponentPropsWithRef<'input'>) {
  return (
    <input type={type} className={cn(inputClasses, 'min-h-11 sm:min-h-9', className)} {...props} />
  )
}
