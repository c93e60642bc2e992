// What every file dialog gets from the folder view (file-dialogs.tsx picks the dialog; each
// dialog's own module takes the props it needs from this).

export interface DialogContext {
  serverId: string
  dir: string
  /** Names in the folder now (to catch a clash before asking the panel). */
  names: ReadonlySet<string>
  onClose: () => void
  /** After a change: clears the selection. */
  onDone: () => void
  /** A pull was accepted: watch the folder for `expected` (null: any new name). */
  onPulled: (what: string, expected: string | null) => void
}
