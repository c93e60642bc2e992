import type { PermissionCatalogue, PermissionGroup } from '@/api/subusers'

// The rules of the permission editor, kept apart from the page so they can be tested alone.
// The panel (SubuserRequest::validatePermissionsCanBeAssigned) refuses the whole request when a
// non-owner asks for any key they do not hold themselves — including a key the subuser already
// has. So a key the editor lacks can be taken away but never given or kept.

/** Always added by the panel and hidden in its editor (contract §3). */
export const HIDDEN_GROUPS = ['websocket']
export const ALWAYS_GRANTED = 'websocket.connect'

export const editableGroups = (catalogue: PermissionCatalogue): PermissionGroup[] =>
  catalogue.filter((g) => !HIDDEN_GROUPS.includes(g.name))

/** Owners and admins (`*`) may grant everything; a subuser exactly the keys they hold. */
export function editorHolds(editor: readonly string[], key: string): boolean {
  return editor.includes('*') || editor.includes(key)
}

export type KeyLock =
  /** The editor may switch it freely. */
  | null
  /** The editor lacks it and the subuser does not have it: cannot be given. */
  | 'cannotGrant'
  /** The editor lacks it but the subuser has it: may be removed, not kept. */
  | 'removeOnly'

export function keyLock(editor: readonly string[], key: string, selected: ReadonlySet<string>) {
  if (editorHolds(editor, key)) return null
  return selected.has(key) ? 'removeOnly' : 'cannotGrant'
}

export type GroupState = 'all' | 'some' | 'none'

export function groupState(group: PermissionGroup, selected: ReadonlySet<string>): GroupState {
  const on = group.keys.filter((k) => selected.has(k.key)).length
  return on === 0 ? 'none' : on === group.keys.length ? 'all' : 'some'
}

/**
 * The group's checkbox: when every key the editor may switch on is on, switch the group off
 * (keys the editor lacks go too — removing is allowed); otherwise switch on what the editor may
 * grant. Returns a new set.
 */
export function toggleGroup(
  group: PermissionGroup,
  selected: ReadonlySet<string>,
  editor: readonly string[],
): Set<string> {
  const next = new Set(selected)
  const grantable = group.keys.filter((k) => editorHolds(editor, k.key))
  const allOn = grantable.length > 0 && grantable.every((k) => selected.has(k.key))
  if (allOn || grantable.length === 0) {
    for (const k of group.keys) next.delete(k.key)
  } else {
    for (const k of grantable) next.add(k.key)
  }
  return next
}

/** Can the group checkbox do anything for this editor? */
export function groupToggleable(
  group: PermissionGroup,
  selected: ReadonlySet<string>,
  editor: readonly string[],
): boolean {
  return group.keys.some((k) => keyLock(editor, k.key, selected) !== 'cannotGrant')
}

export function toggleKey(
  key: string,
  selected: ReadonlySet<string>,
  editor: readonly string[],
): Set<string> {
  const next = new Set(selected)
  if (next.has(key)) next.delete(key)
  else if (editorHolds(editor, key)) next.add(key)
  return next
}

/** Keys still selected that the panel would refuse from this editor. */
export function refusedKeys(editor: readonly string[], selected: ReadonlySet<string>): string[] {
  return [...selected].filter((k) => k !== ALWAYS_GRANTED && !editorHolds(editor, k))
}

/**
 * What is sent: the visible selection in catalogue order. The panel adds websocket.connect, but
 * refuses an empty list (`required`): with nothing ticked, websocket.connect alone is sent — a
 * subuser who can watch the console and nothing else.
 */
export function selectionToList(
  catalogue: PermissionCatalogue,
  selected: ReadonlySet<string>,
): string[] {
  const keys = editableGroups(catalogue)
    .flatMap((g) => g.keys.map((k) => k.key))
    .filter((k) => selected.has(k))
  return keys.length > 0 ? keys : [ALWAYS_GRANTED]
}

/** Visible permissions a subuser holds (websocket.connect is not counted). */
export const visibleCount = (permissions: readonly string[]): number =>
  permissions.filter((p) => p !== ALWAYS_GRANTED).length

export const sameSelection = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((k) => b.has(k))
