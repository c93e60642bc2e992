// The console's last lines, as Wings keeps them for `send logs`.

/** Wings' websocket_log_count: what `send logs` replays. */
export const LOG_RING_SIZE = 150

export class LogRing {
  private lines: string[] = []

  /** Appends lines, dropping the oldest beyond LOG_RING_SIZE. */
  push(...lines: string[]): void {
    this.lines.push(...lines)
    if (this.lines.length > LOG_RING_SIZE) this.lines.splice(0, this.lines.length - LOG_RING_SIZE)
  }

  /** A copy of the kept lines, oldest first. */
  snapshot(): string[] {
    return [...this.lines]
  }
}
