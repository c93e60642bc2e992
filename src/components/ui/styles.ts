import { cn } from '@/lib/cn'

// Class recipes shared by primitives (kept out of .tsx files for fast refresh). Use
// `buttonClasses('secondary')` to style a <Link> like a button.

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost'
export type ButtonSize = 'md' | 'sm' | 'icon'

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-accent-fg shadow-sm hover:bg-accent-hover',
  secondary: 'border border-border bg-surface text-fg shadow-sm hover:bg-surface-muted',
  danger: 'bg-danger text-white shadow-sm hover:bg-danger-hover',
  ghost: 'text-fg hover:bg-surface-muted',
}

// Touch targets are ≥ 44 px below `sm`, compact on larger screens.
const sizes: Record<ButtonSize, string> = {
  md: 'min-h-11 px-4 text-sm sm:min-h-9',
  sm: 'min-h-11 px-3 text-sm sm:min-h-8',
  icon: 'size-11 sm:size-9',
}

export const buttonClasses = (variant: ButtonVariant = 'primary', size: ButtonSize = 'md') =>
  cn(
    'inline-flex shrink-0 items-center justify-center gap-2 rounded-md font-medium whitespace-nowrap transition-colors',
    'focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-canvas focus-visible:outline-none',
    'disabled:cursor-not-allowed disabled:opacity-50 aria-busy:cursor-wait',
    variants[variant],
    sizes[size],
  )

export const inputClasses = cn(
  'block w-full rounded-md border border-input bg-surface px-3 text-base text-fg shadow-sm sm:text-sm',
  'placeholder:text-fg-muted',
  'focus-visible:border-accent focus-visible:ring-2 focus-visible:ring-ring/40 focus-visible:outline-none',
  'disabled:cursor-not-allowed disabled:opacity-60',
  'aria-invalid:border-danger-text aria-invalid:focus-visible:ring-danger-text/30',
)
