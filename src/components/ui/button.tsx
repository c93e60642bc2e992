import type { ComponentPropsWithRef } from 'react'

import { cn } from '@/lib/cn'

import { Spinner } from './spinner'
import { buttonClasses } from './styles'
import type { ButtonSize, ButtonVariant } from './styles'

export type { ButtonSize, ButtonVariant } from './styles'

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant
  size?: ButtonSize
  /** Shows a spinner, sets aria-busy and blocks further clicks (keeps focus, unlike disabled). */
  pending?: boolean
}

export function Button({
  variant = 'primary',
  size = 'md',
  pending = false,
  type = 'button',
  className,
  children,
  onClick,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(buttonClasses(variant, size), className)}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) {
          event.preventDefault()
          return
        }
        onClick?.(event)
      }}
      {...props}
    >
      {pending && <Spinner />}
      {children}
    </button>
  )
}
