import { lazy, Suspense, useState } from 'react'

import type { DialogProps } from './dialog-props'

export type { DialogProps } from './dialog-props'

const DialogPanel = lazy(() => import('./dialog-panel').then((m) => ({ default: m.DialogPanel })))

/**
 * Modal dialog (Radix: focus trap, return focus, aria-modal) with a title and description.
 *
 * The Radix code is fetched the first time a dialog opens, so it stays out of every page's first
 * load; from then on the dialog renders synchronously (and stays mounted to animate/return focus
 * exactly as Radix does).
 */
export function Dialog(props: DialogProps) {
  const [wanted, setWanted] = useState(props.open)
  if (props.open && !wanted) setWanted(true)
  if (!wanted) return null
  return (
    <Suspense fallback={null}>
      <DialogPanel {...props} />
    </Suspense>
  )
}
