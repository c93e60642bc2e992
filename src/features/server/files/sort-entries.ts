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

const isDigit = (code: number) => code >= 48 && code <= 57

/**
 * Natural, case-insensitive order ("file2" before "file10") for lower-cased ASCII names, about
 * ten times faster than Intl.Collator: 10,000 names sort in a few milliseconds instead of a
 * hundred or more. Names with other characters go to the collator.
 */
export function compareNames(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(j)
    if (isDigit(ca) && isDigit(cb)) {
      // Compare the two numbers by value: skip leading zeros, then length, then digits.
      let si = i
      let sj = j
      while (a.charCodeAt(si) === 48) si++
      while (b.charCodeAt(sj) === 48) sj++
      let ei = si
      let ej = sj
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++
      if (ei - si !== ej - sj) return ei - si - (ej - sj)
      for (let k = 0; k < ei - si; k++) {
        const diff = a.charCodeAt(si + k) - b.charCodeAt(sj + k)
        if (diff !== 0) return diff
      }
      i = ei
      j = ej
      continue
    }
    if (ca !== cb) return ca - cb
    i++
    j++
  }
  return a.length - i - (b.length - j)
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII = /^[\x00-\x7f]*$/

export function sortEntries(entries: readonly FileEntry[], order: SortOrder): FileEntry[] {
  const sign = order.direction === 'asc' ? 1 : -1
  // Decorate once: lower-casing inside the comparator would run ~140,000 times for 10,000.
  const keyed = entries.map((entry) => {
    const lower = entry.name.toLowerCase()
    return { entry, lower, ascii: ASCII.test(lower) }
  })
  type Keyed = (typeof keyed)[number]
  const byName = (a: Keyed, b: Keyed) =>
    a.ascii && b.ascii
      ? compareNames(a.lower, b.lower) ||
        (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0)
      : collator.compare(a.entry.name, b.entry.name)
  const byKey =
    order.key === 'size'
      ? (a: Keyed, b: Keyed) => a.entry.size - b.entry.size
      : order.key === 'modified'
        ? (a: Keyed, b: Keyed) => a.entry.modifiedAt - b.entry.modifiedAt
        : () => 0
  keyed.sort((a, b) => {
    if (a.entry.isFile !== b.entry.isFile) return a.entry.isFile ? 1 : -1
    const primary = byKey(a, b)
    return sign * (primary !== 0 ? primary : byName(a, b))
  })
  return keyed.map((k) => k.entry)
}

/** Case-insensitive substring match on the name. */
export function filterEntries(entries: readonly FileEntry[], query: string): readonly FileEntry[] {
  const needle = query.trim().toLowerCase()
  if (needle === '') return entries
  return entries.filter((e) => e.name.toLowerCase().includes(needle))
}
