import type { FileEntry } from '@/api/files'

import { ChmodDialog } from './chmod-dialog'
import { DeleteDialog } from './delete-dialog'
import type { DialogContext } from './dialog-context'
import { MoveDialog } from './move-dialog'
import { NewFolderDialog } from './new-folder-dialog'
import { PullDialog } from './pull-dialog'
import { RenameDialog } from './rename-dialog'

// The dialogs behind the row and bulk actions. Each sends once (the button is pending while the
// request runs), keeps what was typed on failure, and puts the panel's answer under the form.
// FileDialogs shows the one that is open; each dialog lives in its own module.

export type FileDialog =
  | { kind: 'rename'; entry: FileEntry }
  | { kind: 'move'; entries: readonly FileEntry[] }
  | { kind: 'permissions'; entries: readonly FileEntry[] }
  | { kind: 'delete'; entries: readonly FileEntry[] }
  | { kind: 'newFolder' }
  | { kind: 'pull' }

export function FileDialogs({ dialog, ...context }: DialogContext & { dialog: FileDialog | null }) {
  if (!dialog) return null
  switch (dialog.kind) {
    case 'rename':
      return <RenameDialog {...context} entry={dialog.entry} />
    case 'move':
      return <MoveDialog {...context} entries={dialog.entries} />
    case 'permissions':
      return <ChmodDialog {...context} entries={dialog.entries} />
    case 'delete':
      return <DeleteDialog {...context} entries={dialog.entries} />
    case 'newFolder':
      return <NewFolderDialog {...context} />
    case 'pull':
      return <PullDialog {...context} />
  }
}
