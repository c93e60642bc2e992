import { describe, expect, it } from 'vitest'

import type { PermissionCatalogue } from '@/api/subusers'

import {
  editableGroups,
  groupState,
  groupToggleable,
  keyLock,
  refusedKeys,
  selectionToList,
  toggleGroup,
  toggleKey,
  visibleCount,
} from './permission-matrix'

const group = (name: string, keys: string[]) => ({
  name,
  description: `${name} group`,
  keys: keys.map((k) => ({ key: `${name}.${k}`, name: k, description: k })),
})
const catalogue: PermissionCatalogue = [
  group('websocket', ['connect']),
  group('control', ['console', 'start', 'stop', 'restart']),
  group('file', ['read', 'create']),
]
const control = catalogue[1]!
const owner = ['*']
const subuser = ['websocket.connect', 'control.console', 'control.start']

describe('permission matrix', () => {
  it('hides the websocket group the panel always grants', () => {
    expect(editableGroups(catalogue).map((g) => g.name)).toEqual(['control', 'file'])
  })

  it('group state is tri-state over all its keys', () => {
    expect(groupState(control, new Set())).toBe('none')
    expect(groupState(control, new Set(['control.start']))).toBe('some')
    expect(
      groupState(
        control,
        new Set(['control.console', 'control.start', 'control.stop', 'control.restart']),
      ),
    ).toBe('all')
  })

  it('an owner switches a whole group on, then off', () => {
    const on = toggleGroup(control, new Set(['control.start', 'file.read']), owner)
    expect([...on].sort()).toEqual([
      'control.console',
      'control.restart',
      'control.start',
      'control.stop',
      'file.read',
    ])
    expect([...toggleGroup(control, on, owner)]).toEqual(['file.read'])
  })

  it('a subuser editor only switches on what they hold, and the group then counts as done', () => {
    const on = toggleGroup(control, new Set(), subuser)
    expect([...on].sort()).toEqual(['control.console', 'control.start'])
    expect(groupState(control, on)).toBe('some')
    // Every grantable key is on: the next click clears the group.
    expect([...toggleGroup(control, on, subuser)]).toEqual([])
  })

  it('keys the editor lacks: cannot be given; if the subuser has them, only removed', () => {
    const selected = new Set(['control.stop'])
    expect(keyLock(subuser, 'control.console', selected)).toBeNull()
    expect(keyLock(subuser, 'control.restart', selected)).toBe('cannotGrant')
    expect(keyLock(subuser, 'control.stop', selected)).toBe('removeOnly')
    expect(keyLock(owner, 'control.restart', selected)).toBeNull()
    expect(refusedKeys(subuser, selected)).toEqual(['control.stop'])
    const removed = toggleKey('control.stop', selected, subuser)
    expect(refusedKeys(subuser, removed)).toEqual([])
    // …and cannot come back.
    expect([...toggleKey('control.stop', removed, subuser)]).toEqual([])
    expect(groupToggleable(catalogue[2]!, new Set(), subuser)).toBe(false)
  })

  it('sends the selection in catalogue order; counts what is visible', () => {
    expect(selectionToList(catalogue, new Set(['file.read', 'control.stop']))).toEqual([
      'control.stop',
      'file.read',
    ])
    expect(selectionToList(catalogue, new Set())).toEqual(['websocket.connect'])
    expect(visibleCount(['websocket.connect', 'control.console'])).toBe(1)
  })
})
