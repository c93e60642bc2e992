import { z } from 'zod/mini'

// User-made server groups. The panel has nowhere to keep them, so they live in this browser's
// localStorage, per user (not a secret: names of groups and server identifiers).

export interface ServerGroup {
  id: string
  name: string
  collapsed: boolean
  /** Server identifiers (8-char uuidShort); a server is in at most one group. */
  members: string[]
}

const groupsSchema = z.array(
  z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    collapsed: z.catch(z.boolean(), false),
    members: z.catch(z.array(z.string()), []),
  }),
)

export const MAX_GROUP_NAME = 40

export function groupsStorageKey(username: string): string {
  return `talon:server-groups:${username}`
}

export function parseGroups(raw: string | null): ServerGroup[] {
  if (!raw) return []
  try {
    const result = groupsSchema.safeParse(JSON.parse(raw))
    return result.success ? result.data : []
  } catch {
    return []
  }
}

let counter = 0
function newId(): string {
  counter += 1
  return `g${Date.now().toString(36)}${counter.toString(36)}`
}

export function addGroup(groups: ServerGroup[], name: string): ServerGroup[] {
  return [...groups, { id: newId(), name: name.trim(), collapsed: false, members: [] }]
}

export function removeGroup(groups: ServerGroup[], id: string): ServerGroup[] {
  return groups.filter((g) => g.id !== id)
}

export function toggleGroup(groups: ServerGroup[], id: string): ServerGroup[] {
  return groups.map((g) => (g.id === id ? { ...g, collapsed: !g.collapsed } : g))
}

/** Moves a server into a group (or out of every group with null). */
export function assignServer(
  groups: ServerGroup[],
  serverId: string,
  groupId: string | null,
): ServerGroup[] {
  return groups.map((g) => {
    const without = g.members.filter((m) => m !== serverId)
    return g.id === groupId ? { ...g, members: [...without, serverId] } : { ...g, members: without }
  })
}

export function groupOf(groups: ServerGroup[], serverId: string): ServerGroup | undefined {
  return groups.find((g) => g.members.includes(serverId))
}
