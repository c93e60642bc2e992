import '@xterm/xterm/css/xterm.css'

import { FitAddon } from '@xterm/addon-fit'
import { SearchAddon } from '@xterm/addon-search'
import { WebLinksAddon } from '@xterm/addon-web-links'
import { Terminal } from '@xterm/xterm'
import { useEffect, useImperativeHandle, useRef, useState } from 'react'
import type { Ref } from 'react'

import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { useI18n } from '@/i18n/language'

import type { TerminalHandle } from './terminal-handle'

// The xterm canvas (output only: stdin is off, commands go through the command line). This
// module is the only one that imports xterm, and only the console route loads it.

export const SCROLLBACK_LINES = 5_000

const DARK_THEME = {
  background: '#0b0f14',
  foreground: '#d7dde5',
  cursor: '#0b0f14',
  selectionBackground: '#3a4a5e',
}

function fontSize() {
  return window.matchMedia('(max-width: 639px)').matches ? 11 : 13
}

export default function TerminalView({ ref, label }: { ref?: Ref<TerminalHandle>; label: string }) {
  const { t } = useI18n()
  const hostRef = useRef<HTMLDivElement>(null)
  const termRef = useRef<{ term: Terminal; fit: FitAddon; search: SearchAddon } | null>(null)
  const [searching, setSearching] = useState(false)
  const [term, setTerm] = useState('')
  const [noMatch, setNoMatch] = useState(false)
  const searchInputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    const terminal = new Terminal({
      disableStdin: true,
      convertEol: true,
      scrollback: SCROLLBACK_LINES,
      fontSize: fontSize(),
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      theme: DARK_THEME,
      cursorInactiveStyle: 'none',
      allowProposedApi: true,
    })
    const fit = new FitAddon()
    const search = new SearchAddon()
    terminal.loadAddon(fit)
    terminal.loadAddon(search)
    terminal.loadAddon(new WebLinksAddon())
    terminal.open(host)
    fit.fit()
    termRef.current = { term: terminal, fit, search }
    const observer = new ResizeObserver(() => {
      terminal.options.fontSize = fontSize()
      fit.fit()
    })
    observer.observe(host)
    // Ctrl/Cmd+F inside the terminal opens our search bar instead of the browser's.
    terminal.attachCustomKeyEventHandler((event) => {
      if (event.type === 'keydown' && (event.ctrlKey || event.metaKey) && event.key === 'f') {
        event.preventDefault()
        setSearching(true)
        return false
      }
      return true
    })
    return () => {
      observer.disconnect()
      terminal.dispose()
      termRef.current = null
    }
  }, [])

  useEffect(() => {
    if (searching) searchInputRef.current?.focus()
  }, [searching])

  useImperativeHandle(
    ref,
    () => ({
      write: (lines) => {
        const current = termRef.current
        if (current && lines.length > 0) current.term.write(lines.join('\r\n') + '\r\n')
      },
      clear: () => {
        const current = termRef.current
        if (!current) return
        current.term.clear()
        current.term.reset()
      },
      openSearch: () => setSearching(true),
    }),
    [],
  )

  const find = (direction: 'next' | 'previous') => {
    const search = termRef.current?.search
    if (!search || term === '') return
    const found = direction === 'next' ? search.findNext(term) : search.findPrevious(term)
    setNoMatch(!found)
  }

  return (
    <div className="overflow-hidden rounded-lg border border-border bg-[#0b0f14]">
      {searching && (
        <form
          role="search"
          aria-label={t.server.console.searchLabel}
          className="flex flex-wrap items-center gap-2 border-b border-white/10 bg-surface p-2"
          onSubmit={(e) => {
            e.preventDefault()
            find('next')
          }}
        >
          <Input
            ref={searchInputRef}
            value={term}
            aria-label={t.server.console.searchLabel}
            placeholder={t.server.console.searchPlaceholder}
            className="h-9 min-w-0 flex-1 basis-40"
            onChange={(e) => {
              setTerm(e.target.value)
              setNoMatch(false)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setSearching(false)
                termRef.current?.search.clearDecorations()
              } else if (e.key === 'Enter' && e.shiftKey) {
                e.preventDefault()
                find('previous')
              }
            }}
          />
          <span role="status" className="text-xs text-fg-muted">
            {noMatch ? t.server.console.searchNoMatch : ''}
          </span>
          <Button type="button" variant="secondary" size="sm" onClick={() => find('previous')}>
            {t.server.console.searchPrevious}
          </Button>
          <Button type="submit" variant="secondary" size="sm">
            {t.server.console.searchNext}
          </Button>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={() => {
              setSearching(false)
              termRef.current?.search.clearDecorations()
            }}
          >
            {t.server.console.searchClose}
          </Button>
        </form>
      )}
      <div
        ref={hostRef}
        role="region"
        aria-label={label}
        className="h-[22rem] p-2 sm:h-[28rem]"
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'f') {
            e.preventDefault()
            setSearching(true)
          }
        }}
      />
    </div>
  )
}
