import { useCallback, useEffect, useState } from 'react'

/** How long a notice such as "Deleted API key “ci”." stays on screen. */
export const NOTICE_MS = 8_000

/**
 * A message that leaves by itself after `ms`: one at a time (a new one replaces the last and
 * starts its own time, even with the same text), so notices never pile up or linger.
 * `show('')` clears it at once.
 */
export function useTransientMessage(ms = NOTICE_MS): [string, (message: string) => void] {
  const [state, setState] = useState({ text: '', serial: 0 })
  useEffect(() => {
    if (!state.text) return
    const id = setTimeout(() => setState((s) => ({ ...s, text: '' })), ms)
    return () => clearTimeout(id)
  }, [state, ms])
  const show = useCallback((text: string) => setState((s) => ({ text, serial: s.serial + 1 })), [])
  return [state.text, show]
}
