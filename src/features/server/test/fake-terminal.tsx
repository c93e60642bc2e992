import { useImperativeHandle, useState } from 'react'
import type { Ref } from 'react'

import type { TerminalHandle } from '../console/terminal-handle'
import { stripAnsi } from '../console/console-lines'

/** Stands in for xterm (no canvas in jsdom): the lines as plain text, same handle. */
export default function FakeTerminal({ ref, label }: { ref?: Ref<TerminalHandle>; label: string }) {
  const [lines, setLines] = useState<string[]>([])
  useImperativeHandle(
    ref,
    () => ({
      write: (next) => setLines((prev) => [...prev, ...next.map(stripAnsi)]),
      clear: () => setLines([]),
      openSearch: () => undefined,
    }),
    [],
  )
  return (
    <ol aria-label={label}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ol>
  )
}
