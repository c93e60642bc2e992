/**
 * The demo panel's clock, shared with its fake Wings: everything time-based in the double (power
 * transitions, caches, lockouts, token expiry, the game process's output and stats) reads `now()`
 * and schedules with `setTimer()`, so a test can move time forward with `advance()` instead of
 * waiting it out.
 *
 * A real clock follows Date.now() (plus whatever `advance()` added) and fires timers on Node's
 * timers. A manual clock stands still until advanced (unit tests).
 */
export interface DemoClock {
  now(): number
  /** Runs `fn` once, `ms` from now on this clock. Returns a cancel function. */
  setTimer(ms: number, fn: () => void): () => void
  /** Runs `fn` every `ms` on this clock until cancelled. */
  every(ms: number, fn: () => void): () => void
  /** Moves time forward, firing every timer that falls due, in order, at its own time. */
  advance(ms: number): void
  /**
   * Fires every timer already due. Needed for clocks on an outside `source` (time moved without
   * `advance()`): the fake Wings calls it before reading a process's state, so a power transition
   * that fell due meanwhile has happened.
   */
  runDue(): void
  /** Cancels every timer (a demo panel being closed). */
  stop(): void
}

interface Timer {
  at: number
  seq: number
  fn: () => void
}

export interface ClockOptions {
  /** Stand still until advanced (unit tests). */
  manual?: boolean
  /** Where a manual clock starts (default: now). */
  start?: number
  /**
   * Read time from this function instead (older tests that pass `now` and move it themselves);
   * timers then fire only on `advance()`.
   */
  source?: () => number
}

export function createClock(options: ClockOptions = {}): DemoClock {
  const start = options.start ?? Date.now()
  const source = options.source ?? (options.manual ? () => start : Date.now)
  const manual = options.manual === true || options.source !== undefined
  let offset = 0
  let seq = 0
  let timers: Timer[] = []
  let wake: ReturnType<typeof setTimeout> | undefined

  const now = (): number => source() + offset

  const earliest = (): Timer | undefined =>
    timers.reduce<Timer | undefined>(
      (first, t) =>
        !first || t.at < first.at || (t.at === first.at && t.seq < first.seq) ? t : first,
      undefined,
    )

  /** Real clocks keep one Node timer, for the earliest due timer. */
  const arm = (): void => {
    if (manual) return
    if (wake) clearTimeout(wake)
    wake = undefined
    const next = earliest()
    if (!next) return
    wake = setTimeout(fireDue, Math.max(0, next.at - now()))
    // Node's timers (not the DOM's) can be told not to hold the process open.
    ;(wake as unknown as { unref?: () => void }).unref?.()
  }

  let firing = false
  const fireDue = (): void => {
    // A timer's callback may itself ask for due timers (runDue); the outer loop covers them.
    if (firing) return
    firing = true
    try {
      for (;;) {
        const next = earliest()
        if (!next || next.at > now()) break
        timers = timers.filter((t) => t !== next)
        next.fn()
      }
    } finally {
      firing = false
    }
    arm()
  }

  const setTimer = (ms: number, fn: () => void): (() => void) => {
    const timer: Timer = { at: now() + Math.max(0, ms), seq: seq++, fn }
    timers.push(timer)
    arm()
    return () => {
      timers = timers.filter((t) => t !== timer)
      arm()
    }
  }

  return {
    now,
    setTimer,
    every(ms, fn) {
      let cancel = (): void => {}
      const tick = (): void => {
        cancel = setTimer(ms, tick)
        fn()
      }
      cancel = setTimer(ms, tick)
      return () => cancel()
    },
    advance(ms) {
      if (!(ms >= 0)) throw new Error('advance() takes a duration of 0 ms or more')
      const target = now() + ms
      for (;;) {
        const next = earliest()
        if (!next || next.at > target) break
        // Step to the timer's own time, so what it schedules lands where it would have.
        offset += Math.max(0, next.at - now())
        timers = timers.filter((t) => t !== next)
        next.fn()
      }
      offset += target - now()
      arm()
    },
    runDue: fireDue,
    stop() {
      timers = []
      if (wake) clearTimeout(wake)
      wake = undefined
    },
  }
}
