import * as RadixDialog from '@radix-ui/react-dialog'
import { useRef } from 'react'

import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import type { DialogProps } from './dialog-props'

/**
 * The Radix implementation behind `Dialog` (focus trap, return focus, aria-modal). Loaded on the
 * first open: Radix is ~14 kB gzip that no page needs before a dialog opens.
 */
export function DialogPanel({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  dismissible = true,
  className,
}: DialogProps) {
  const { t } = useI18n()
  const block = (event: Event) => {
    if (!dismissible) event.preventDefault()
  }
  // Our dialogs are controlled (no Radix Trigger), and Radix only returns focus to a Trigger: on
  // its own, focus would fall to <body> on close. Remember what had focus when the dialog opened
  // and give it back, unless it is gone (a deleted row): the page then places focus itself.
  const opener = useRef<HTMLElement | null>(null)
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/50 backdrop-blur-[2px]" />
        <RadixDialog.Content
          onEscapeKeyDown={block}
          onPointerDownOutside={block}
          onInteractOutside={block}
          onOpenAutoFocus={() => {
            const active = document.activeElement
            opener.current =
              active instanceof HTMLElement && active !== document.body ? active : null
          }}
          onCloseAutoFocus={(event) => {
            const target = opener.current
            if (target?.isConnected) {
              event.preventDefault()
              target.focus()
            }
          }}
          {...(description ? {} : { 'aria-describedby': undefined })}
          className={cn(
            'fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto',
            'rounded-xl border border-border bg-surface p-5 text-fg shadow-xl focus:outline-none sm:p-6',
            className,
          )}
        >
          {/* Room for the close button only when there is one. */}
          <div className={cn(dismissible && 'pr-8')}>
            <RadixDialog.Title className="text-lg font-semibold wrap-anywhere text-fg">
              {title}
            </RadixDialog.Title>
            {description && (
              <RadixDialog.Description className="mt-1.5 text-sm wrap-anywhere text-fg-muted">
                {description}
              </RadixDialog.Description>
            )}
          </div>
          {children && <div className="mt-4">{children}</div>}
          {footer && (
            <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              {footer}
            </div>
          )}
          {dismissible && (
            <RadixDialog.Close
              aria-label={t.common.close}
              className="absolute top-3 right-3 flex size-11 items-center justify-center rounded-md text-fg-muted hover:bg-surface-muted hover:text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:size-9"
            >
              <svg viewBox="0 0 16 16" className="size-4" aria-hidden="true">
                <path
                  d="M4 4l8 8M12 4l-8 8"
                  stroke="currentColor"
                  strokeWidth="1.5"
                  strokeLinecap="round"
                />
              </svg>
            </RadixDialog.Close>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}
