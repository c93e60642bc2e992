import { cn } from '@/lib/cn'

// Class recipes shared by primitives (kept out of .tsx files for fast refresh). Use
// `buttonClasses('secondary')` to style a <Link> like a button.

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost'
export type ButtonSize = 'md' | 'sm' | 'icon'

// The recipes themselves are `.btn*` classes in the components layer of src/index.css, so a
// caller's utilities (e.g. `text-danger-text`, `flex-1`) override them without class merging.
const variants: Record<ButtonVariant, string> = {
  primary: 'btn-primary',
  secondary: 'btn-secondary',
  danger: 'btn-danger',
  ghost: 'btn-ghost',
}

// Touch targets are ≥ 44 px below `sm`, compact on larger screens.
const sizes: Record<ButtonSize, string> = {
  md: 'btn-md',
  sm: 'btn-sm',
  icon: 'btn-icon',
}

export const buttonClasses = (variant: ButtonVariant = 'primary', size: ButtonSize = 'md') =>
  cn('btn', variants[variant], sizes[size])

export const inputClasses = cn(
  'block w-full rounded-md border border-input bg-surface px-3 text-base text-fg shadow-sm sm:text-sm',
  'placeholder:text-fg-muted',
  'focus-visible:border-accent focus-visible:ring-2 focus-visible:ring-ring/40 focus-visible:outline-none',
  'disabled:cursor-not-allowed disabled:opacity-60',
  'aria-invalid:border-danger-text aria-invalid:focus-visible:ring-danger-text/30',
)
