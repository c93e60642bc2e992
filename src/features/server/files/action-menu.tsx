import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'

import { cn } from '@/lib/cn'

// A small menu (role=menu) for a row's actions, placed beside its button in a portal so the
// virtualised list's scroll box doesn't clip it. Arrows move, Enter picks, Esc/Tab/outside
// click close and focus goes back where it was.

export interface MenuItem {
  id: string
  label: string
  tone?: 'danger'
}

export interface ActionMenuProps {
  anchor: HTMLElement
  label: string
  items: readonly MenuItem[]
  onPick: (id: string) => void
  onClose: () => void
}

export function ActionMenu({ anchor, label, items, onPick, onClose }: ActionMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)
  const returnFocus = useRef<Element | null>(null)

  useLayoutEffect(() => {
    returnFocus.current = document.activeElement
    const rect = anchor.getBoundingClientRect()
    const menu = menuRef.current
    const width = menu?.offsetWidth ?? 200
    const height = menu?.offsetHeight ?? 300
    const below = rect.bottom + 4
    const top = below + height > window.innerHeight ? Math.max(8, rect.top - height - 4) : below
    const left = Math.max(8, Math.min(rect.right - width, window.innerWidth - width - 8))
    setPosition({ top, left })
    menu?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus()
  }, [anchor])

  useEffect(() => {
    const close = (event: Event) => {
      if (event.type === 'pointerdown' && menuRef.current?.contains(event.target as Node)) return
      onClose()
    }
    document.addEventListener('pointerdown', close, true)
    window.addEventListener('resize', close)
    return () => {
      document.removeEventListener('pointerdown', close, true)
      window.removeEventListener('resize', close)
    }
  }, [onClose])

  const closeAndReturn = () => {
    const target = returnFocus.current
    onClose()
    if (target instanceof HTMLElement) target.focus()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [
      ...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? []),
    ]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const focus = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus()
    if (event.key === 'ArrowDown') focus(index + 1)
    else if (event.key === 'ArrowUp') focus(index - 1)
    else if (event.key === 'Home') focus(0)
    else if (event.key === 'End') focus(buttons.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') closeAndReturn()
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return createPortal(
    <div
      ref={menuRef}
      role="menu"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="fixed z-50 min-w-44 rounded-md border border-border bg-surface py-1 shadow-lg"
      style={position ?? { top: -9999, left: -9999 }}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          onClick={() => {
            const target = returnFocus.current
            onClose()
            if (target instanceof HTMLElement) target.focus()
            onPick(item.id)
          }}
          className={cn(
            'flex min-h-11 w-full items-center px-3 text-left text-sm hover:bg-surface-muted focus-visible:bg-surface-muted focus-visible:outline-none sm:min-h-9',
            item.tone === 'danger' ? 'text-danger-text' : 'text-fg',
          )}
        >
          {item.label}
        </button>
      ))}
    </div>,
    document.body,
  )
}
