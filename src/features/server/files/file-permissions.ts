// What each file action needs, with the panel's real rules (contract §2.2, §3): `file.create`
// also covers writing, uploading, pulling and unpacking; downloading needs `file.read-content`
// (not `file.read`); rename, move and chmod need `file.update`. The panel checks all of it
// again; this only avoids offering what would be refused.

export interface FileAbilities {
  list: boolean
  open: boolean
  download: boolean
  create: boolean
  update: boolean
  archive: boolean
  unarchive: boolean
  remove: boolean
}

export function fileAbilities(can: (key: string) => boolean): FileAbilities {
  const create = can('file.create')
  return {
    list: can('file.read'),
    open: can('file.read-content'),
    download: can('file.read-content'),
    create,
    update: can('file.update'),
    archive: can('file.archive'),
    unarchive: create,
    remove: can('file.delete'),
  }
}

export type EntryAction =
  | 'open'
  | 'rename'
  | 'move'
  | 'copy'
  | 'permissions'
  | 'archive'
  | 'unarchive'
  | 'download'
  | 'delete'

/** The row menu's actions for one entry, in menu order. */
export function entryActions(
  abilities: FileAbilities,
  entry: { isFile: boolean; isArchive: boolean },
): EntryAction[] {
  const out: EntryAction[] = []
  if (abilities.update) out.push('rename', 'move')
  // Wings copies files only ("copy" of a folder answers an error).
  if (abilities.create && entry.isFile) out.push('copy')
  if (abilities.update) out.push('permissions')
  if (abilities.archive) out.push('archive')
  if (abilities.unarchive && entry.isFile && entry.isArchive) out.push('unarchive')
  if (abilities.download && entry.isFile) out.push('download')
  if (abilities.remove) out.push('delete')
  return out
}

export type BulkAction = 'move' | 'archive' | 'permissions' | 'delete'

export function bulkActions(abilities: FileAbilities): BulkAction[] {
  const out: BulkAction[] = []
  if (abilities.update) out.push('move')
  if (abilities.archive) out.push('archive')
  if (abilities.update) out.push('permissions')
  if (abilities.remove) out.push('delete')
  return out
}
