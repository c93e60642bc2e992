import { useMemo, useState } from 'react'

import type { FileEntry } from '@/api/files'

// The selected entries of one folder, by name (the folder view is keyed by the folder, so a new
// folder starts with none). A range toggle (Shift) adds every shown row from the last toggled
// one; toggling all selects what the filter shows, or clears when all of it is already selected.

export function useSelection(sorted: readonly FileEntry[], shown: readonly FileEntry[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [anchorIndex, setAnchorIndex] = useState<number | null>(null)
  const selectedEntries = useMemo(
    () => sorted.filter((e) => selected.has(e.name)),
    [sorted, selected],
  )

  const toggle = (index: number, range: boolean) => {
    const entry = shown[index]
    if (!entry) return
    setSelected((current) => {
      const next = new Set(current)
      if (range && anchorIndex !== null) {
        const [from, to] = anchorIndex < index ? [anchorIndex, index] : [index, anchorIndex]
        for (let i = from; i <= to; i++) {
          const e = shown[i]
          if (e) next.add(e.name)
        }
      } else if (next.has(entry.name)) next.delete(entry.name)
      else next.add(entry.name)
      return next
    })
    setAnchorIndex(index)
  }

  const toggleAll = () =>
    setSelected((current) =>
      shown.every((e) => current.has(e.name)) ? new Set() : new Set(shown.map((e) => e.name)),
    )

  const clear = () => setSelected(new Set())

  return { selected, selectedEntries, toggle, toggleAll, clear }
}
