import { useEffect, useImperativeHandle, useRef, useState } from 'react'
import type { Ref } from 'react'

/** Screen readers hear at most this many of the newest lines… */
const MAX_LINES = 3
/** …at most this often, however fast the server prints. */
const INTERVAL_MS = 3_000

export interface AnnouncerHandle {
  push: (lines: string[]) => void
  reset: () => void
}

/**
 * The accessible alternative to xterm's canvas: a polite live region that reads new console
 * lines at a sane rate (the newest few, every few seconds), never the whole flood.
 */
export function LogAnnouncer({ ref, label }: { ref?: Ref<AnnouncerHandle>; label: string }) {
  const queue = useRef<string[]>([])
  const [text, setText] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useImperativeHandle(
    ref,
    () => ({
      push: (lines) => {
        queue.current.push(...lines.filter((l) => l.trim() !== ''))
        if (queue.current.length > MAX_LINES)
          queue.current.splice(0, queue.current.length - MAX_LINES)
        if (timer.current !== undefined) return
        timer.current = setTimeout(() => {
          timer.current = undefined
          setText(queue.current.join('\n'))
          queue.current = []
        }, INTERVAL_MS)
      },
      reset: () => {
        queue.current = []
      },
    }),
    [],
  )
  useEffect(() => () => clearTimeout(timer.current), [])

  return (
    <div role="log" aria-live="polite" aria-label={label} className="sr-only whitespace-pre-line">
      {text}
    </div>
  )
}
