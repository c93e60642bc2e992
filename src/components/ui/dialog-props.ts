import type { ReactNode } from 'react'

export interface DialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  children?: ReactNode
  /** Buttons row at the bottom. */
  footer?: ReactNode
  /**
   * false: Esc and outside clicks do nothing and there is no close button — for dialogs that show
   * a secret once, or must finish a step. The content must offer its own way out.
   */
  dismissible?: boolean
  className?: string
}
