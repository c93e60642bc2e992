/** What the console page asks of its terminal (xterm in the app, a plain list in tests). */
export interface TerminalHandle {
  /** Appends lines (ANSI colours allowed). */
  write: (lines: string[]) => void
  clear: () => void
  openSearch: () => void
}
