import { useVirtualizer } from '@tanstack/react-virtual'
import { useId, useRef } from 'react'
import type { KeyboardEvent, MouseEvent } from 'react'
import { Link } from 'react-router'

import type { FileEntry } from '@/api/files'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import type { SortKey, SortOrder } from './sort-entries'

// Every entry of a folder in one virtualised grid: only the rows in view (plus a few) are in the
// DOM, so 10,000 files list, scroll and filter as fast as 10. One focusable grid with an active
// row (aria-activedescendant): arrows move, Enter opens, Space selects, Delete asks, Shift+F10 or
// the menu key opens the row's actions.

export const ROW_HEIGHT = 44

export interface FileListProps {
  entries: readonly FileEntry[]
  /** Total entries of the folder, before the filter (aria-rowcount counts the shown ones). */
  label: string
  selected: ReadonlySet<string>
  active: number
  onActiveChange: (index: number) => void
  onToggle: (index: number, range: boolean) => void
  onToggleAll: () => void
  /** Where a row's name links to (a folder's hash, the editor), or null when it can't open. */
  hrefOf: (entry: FileEntry) => string | null
  onOpen: (entry: FileEntry) => void
  onMenu: (entry: FileEntry, anchor: HTMLElement) => void
  onDelete: () => void
  sort: SortOrder
  onSort: (key: SortKey) => void
  canSelect: boolean
  hasMenu: boolean
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function formatModified(ms: number, locale: string): string {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    })
    dateFormats.set(locale, format)
  }
  return format.format(ms)
}

const COLUMNS =
  'grid grid-cols-[2.75rem_minmax(0,1fr)_2.75rem] sm:grid-cols-[2.5rem_minmax(0,1fr)_6rem_11rem_9.5rem_2.75rem]'

export function FileList(props: FileListProps) {
  const { entries, selected, active, sort, canSelect, hasMenu } = props
  const { t, locale } = useI18n()
  const scrollRef = useRef<HTMLDivElement>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  const baseId = useId()
  const rowId = (index: number) => `${baseId}-row-${index}`

  // The virtualizer's functions are read fresh on every render; this component doesn't memoise.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Measured rows would cost a layout per row; every row has the same height.
    initialRect: { width: 1024, height: 600 },
  })

  const allSelected = entries.length > 0 && entries.every((e) => selected.has(e.name))
  const someSelected = !allSelected && entries.some((e) => selected.has(e.name))

  // Only keyboard moves scroll: a click must not move the row under the pointer.
  const move = (index: number) => {
    if (entries.length === 0) return
    const next = Math.max(0, Math.min(entries.length - 1, index))
    props.onActiveChange(next)
    virtualizer.scrollToIndex(next)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1)
    const current = entries[active]
    switch (event.key) {
      case 'ArrowDown':
        move(active < 0 ? 0 : active + 1)
        break
      case 'ArrowUp':
        move(active < 0 ? 0 : active - 1)
        break
      case 'Home':
        move(0)
        break
      case 'End':
        move(entries.length - 1)
        break
      case 'PageDown':
        move(active + page)
        break
      case 'PageUp':
        move(active - page)
        break
      case 'Enter':
        if (current) props.onOpen(current)
        break
      case ' ':
        if (current && canSelect) props.onToggle(active, event.shiftKey)
        break
      case 'Delete':
        props.onDelete()
        break
      case 'ContextMenu':
      case 'F10': {
        if (event.key === 'F10' && !event.shiftKey) return
        const anchor = document.getElementById(rowId(active))
        if (current && anchor && hasMenu) props.onMenu(current, anchor)
        break
      }
      default:
        return
    }
    event.preventDefault()
  }

  const headerButton = (key: SortKey, label: string, className?: string) => {
    const sorted = sort.key === key
    const direction = sort.direction === 'asc' ? t.files.sort.ascending : t.files.sort.descending
    return (
      <div
        role="columnheader"
        aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
        className={className}
      >
        <button
          type="button"
          tabIndex={-1}
          onClick={() => props.onSort(key)}
          aria-label={sorted ? t.files.sort.sortedBy(label, direction) : label}
          className="inline-flex min-h-9 items-center gap-1 rounded-sm px-1 font-medium hover:text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          {label}
          {sorted && <span aria-hidden="true">{sort.direction === 'asc' ? '↑' : '↓'}</span>}
        </button>
      </div>
    )
  }

  const items = virtualizer.getVirtualItems()
  return (
    <div
      ref={scrollRef}
      className="relative overflow-auto rounded-lg border border-border bg-surface"
      style={{ height: `min(${(entries.length + 1) * ROW_HEIGHT + 2}px, max(60dvh, 20rem))` }}
      data-testid="file-list-scroller"
    >
      <div
        ref={gridRef}
        role="grid"
        tabIndex={0}
        aria-label={props.label}
        aria-rowcount={entries.length + 1}
        aria-multiselectable={canSelect || undefined}
        aria-activedescendant={active >= 0 && active < entries.length ? rowId(active) : undefined}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // Tabbing in (not a click on a row's checkbox or button) starts at the first row.
          if (event.target === event.currentTarget && active < 0 && entries.length > 0) {
            props.onActiveChange(0)
          }
        }}
        className="relative focus-visible:outline-none [&:focus-visible_[data-active=true]]:ring-2 [&:focus-visible_[data-active=true]]:ring-ring [&:focus-visible_[data-active=true]]:ring-inset"
      >
        <div
          role="row"
          aria-rowindex={1}
          className={cn(
            COLUMNS,
            'sticky top-0 z-10 h-11 items-center border-b border-border bg-surface-muted text-xs text-fg-muted',
          )}
        >
          <div role="columnheader" className="flex justify-center">
            {canSelect && (
              <input
                type="checkbox"
                tabIndex={-1}
                aria-label={t.files.selectAll}
                checked={allSelected}
                ref={(el) => {
                  if (el) el.indeterminate = someSelected
                }}
                onChange={props.onToggleAll}
                className="size-4 accent-accent"
              />
            )}
          </div>
          {headerButton('name', t.files.columns.name)}
          {headerButton('size', t.files.columns.size, 'hidden justify-self-end sm:block')}
          {headerButton('modified', t.files.columns.modified, 'hidden sm:block')}
          <div role="columnheader" className="hidden px-1 font-medium sm:block">
            {t.files.columns.mode}
          </div>
          <div role="columnheader" aria-label={t.files.columns.actions} className="sr-only" />
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const entry = entries[item.index]
            if (!entry) return null
            const isSelected = selected.has(entry.name)
            const href = props.hrefOf(entry)
            return (
              <div
                key={entry.name}
                id={rowId(item.index)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={canSelect ? isSelected : undefined}
                data-active={item.index === active}
                onClick={(event: MouseEvent) => {
                  if (event.target === event.currentTarget) props.onActiveChange(item.index)
                }}
                className={cn(
                  COLUMNS,
                  'absolute inset-x-0 top-0 items-center border-b border-border/60 text-sm',
                  isSelected ? 'bg-accent-subtle' : 'hover:bg-surface-muted',
                  item.index === active && 'bg-surface-muted',
                )}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <div role="gridcell" className="flex justify-center">
                  {canSelect && (
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      aria-label={t.files.selectEntry(entry.name)}
                      checked={isSelected}
                      onChange={(event) => {
                        props.onActiveChange(item.index)
                        props.onToggle(
                          item.index,
                          (event.nativeEvent as globalThis.MouseEvent).shiftKey === true,
                        )
                      }}
                      className="size-4 accent-accent"
                    />
                  )}
                </div>
                <div role="gridcell" className="flex min-w-0 items-center gap-2 pr-2">
                  <EntryIcon entry={entry} />
                  <div className="min-w-0">
                    {href ? (
                      <Link
                        to={href}
                        tabIndex={-1}
                        onClick={() => props.onActiveChange(item.index)}
                        className="block truncate text-fg hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                      >
                        {entry.name}
                      </Link>
                    ) : (
                      <span className="block truncate text-fg">{entry.name}</span>
                    )}
                    <span className="block truncate text-xs text-fg-muted sm:hidden">
                      {entry.isFile ? t.files.size(entry.size) : t.files.folder}
                      {' · '}
                      {formatModified(entry.modifiedAt, locale)}
                    </span>
                  </div>
                  {entry.isSymlink && (
                    <span className="shrink-0 rounded-sm border border-border px-1 text-xs text-fg-muted">
                      <span aria-hidden="true">↪ </span>
                      {t.files.symlinkTo}
                    </span>
                  )}
                </div>
                <div
                  role="gridcell"
                  className="hidden pr-3 text-right text-fg-muted tabular-nums sm:block"
                >
                  {entry.isFile ? t.files.size(entry.size) : '—'}
                </div>
                <div role="gridcell" className="hidden truncate text-fg-muted sm:block">
                  <time dateTime={new Date(entry.modifiedAt).toISOString()}>
                    {formatModified(entry.modifiedAt, locale)}
                  </time>
                </div>
                <div
                  role="gridcell"
                  className="hidden truncate font-mono text-xs text-fg-muted sm:block"
                >
                  {entry.mode} <span>{entry.modeBits}</span>
                </div>
                <div role="gridcell" className="flex justify-center">
                  {hasMenu && (
                    <button
                      type="button"
                      tabIndex={-1}
                      aria-haspopup="menu"
                      aria-label={t.files.actionsFor(entry.name)}
                      onClick={(event) => {
                        props.onActiveChange(item.index)
                        props.onMenu(entry, event.currentTarget)
                      }}
                      className="inline-flex size-9 items-center justify-center rounded-md text-fg-muted hover:bg-surface-muted hover:text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                    >
                      <svg viewBox="0 0 16 16" className="size-4" aria-hidden="true">
                        <circle cx="3" cy="8" r="1.4" fill="currentColor" />
                        <circle cx="8" cy="8" r="1.4" fill="currentColor" />
                        <circle cx="13" cy="8" r="1.4" fill="currentColor" />
                      </svg>
                    </button>
                  )}
                </div>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

function EntryIcon({ entry }: { entry: FileEntry }) {
  const { t } = useI18n()
  if (!entry.isFile) {
    return (
      <svg
        viewBox="0 0 20 20"
        className="size-5 shrink-0 text-accent-text"
        role="img"
        aria-label={t.files.folder}
      >
        <path
          d="M2.5 5.5a1.5 1.5 0 0 1 1.5-1.5h3.6l1.6 1.8H16a1.5 1.5 0 0 1 1.5 1.5v7.2A1.5 1.5 0 0 1 16 16H4a1.5 1.5 0 0 1-1.5-1.5z"
          fill="currentColor"
          fillOpacity="0.85"
        />
      </svg>
    )
  }
  return (
    <svg viewBox="0 0 20 20" className="size-5 shrink-0 text-fg-muted" aria-hidden="true">
      <path
        d="M5 2.5h6.5L15.5 6.5v10a1 1 0 0 1-1 1h-9.5a1 1 0 0 1-1-1v-13a1 1 0 0 1 1-1z M11.5 2.5v4h4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
    </svg>
  )
}
