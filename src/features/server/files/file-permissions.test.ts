import { describe, expect, it } from 'vitest'

import { hasPermission, visibleTabs } from '../permissions'
import { bulkActions, entryActions, fileAbilities } from './file-permissions'

const abilitiesOf = (keys: string[]) => fileAbilities((key) => hasPermission(keys, key))
const file = { isFile: true, isArchive: false }
const archive = { isFile: true, isArchive: true }
const folder = { isFile: false, isArchive: false }

describe('file permission gating', () => {
  it('gives owners every action', () => {
    const all = abilitiesOf(['*'])
    expect(entryActions(all, archive)).toEqual([
      'rename',
      'move',
      'copy',
      'permissions',
      'archive',
      'unarchive',
      'download',
      'delete',
    ])
    expect(bulkActions(all)).toEqual(['move', 'archive', 'permissions', 'delete'])
  })

  it('offers no delete without file.delete', () => {
    const noDelete = abilitiesOf(['file.read', 'file.read-content', 'file.create', 'file.update'])
    expect(entryActions(noDelete, file)).not.toContain('delete')
    expect(bulkActions(noDelete)).not.toContain('delete')
    expect(noDelete.remove).toBe(false)
  })

  it('ties download to file.read-content, not file.read', () => {
    expect(entryActions(abilitiesOf(['file.read']), file)).toEqual([])
    expect(entryActions(abilitiesOf(['file.read', 'file.read-content']), file)).toEqual([
      'download',
    ])
    expect(abilitiesOf(['file.read']).open).toBe(false)
  })

  it('ties unarchive (and uploads, new folders, pulls) to file.create, not file.archive', () => {
    const archiveOnly = abilitiesOf(['file.read', 'file.archive'])
    expect(entryActions(archiveOnly, archive)).toEqual(['archive'])
    expect(archiveOnly.create).toBe(false)
    const create = abilitiesOf(['file.read', 'file.create'])
    expect(entryActions(create, archive)).toEqual(['copy', 'unarchive'])
    expect(create.create).toBe(true)
  })

  it('copies files only, and needs file.update to rename, move and chmod', () => {
    expect(entryActions(abilitiesOf(['file.create']), folder)).toEqual([])
    expect(entryActions(abilitiesOf(['file.update']), folder)).toEqual([
      'rename',
      'move',
      'permissions',
    ])
  })

  it('shows the Files tab for file.read only (not for file.sftp alone)', () => {
    const tabs = (keys: string[]) => visibleTabs(keys).map((tab) => tab.id)
    expect(tabs(['file.read'])).toContain('files')
    expect(tabs(['file.sftp'])).not.toContain('files')
    expect(tabs(['*'])).toContain('files')
  })
})
