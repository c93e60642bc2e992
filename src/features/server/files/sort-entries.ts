import type { FileEntry } from '@/api/files'

// Folders first, then the chosen key, either way; the name breaks ties. Done in the browser
// because Wings' own order is not one (contract, corrections).

export type SortKey = 'name' | 'size' | 'modified'
export type SortDirection = 'asc' | 'desc'
export interface SortOrder {
  key: SortKey
  direction: SortDirection
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

export function sortEntries(entries: readonly FileEntry[], order: SortOrder): FileEntry[] {
  const sign = order.direction === 'asc' ? 1 : -1
  const byKey =
    order.key === 'size'
      ? (a: FileEntry, b: FileEntry) => a.size - b.size
      : order.key === 'modified'
        ? (a: FileEntry, b: FileEntry) => a.modifiedAt - b.modifiedAt
        : () => 0
  return [...entries].sort((a, b) => {
    if (a.isFile !== b.isFile) return a.isFile ? 1 : -1
    const primary = byKey(a, b)
    return sign * (primary !== 0 ? primary : collator.compare(a.name, b.name))
  })
}

/** Case-insensitive substring match on the name. */
export function filterEntries(entries: readonly FileEntry[], query: string): readonly FileEntry[] {
  const needle = query.trim().toLowerCase()
  if (needle === '') return entries
  return entries.filter((e) => e.name.toLowerCase().includes(needle))
}
