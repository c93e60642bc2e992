// One clock for every live-stats request of the dashboard.
//
// The panel counts one rate-limit bucket per user across all tabs and devices (contract §5), and
// caches each server's resources for 20 s (§7.2). The panel's own dashboard polls every row every
// 30 s, so N rows cost 2N requests a minute. Here every visible row shares one budget instead:
// a token bucket (`budgetPerMinute`, with a `burst` big enough that a first screenful of rows
// gets its stats at once rather than one by one) hands out requests round-robin — never-fetched rows first, then the
// row that has waited longest — and no row is fetched more often than every `minIntervalMs`.
// Worst case in any 60 s window: burst + budget (+ one explicit user action).
//
// First readings: every row of the current page (on screen or not) gets one reading soon after
// the page loads, so a sort by CPU or memory has figures to sort by. They do not wait for the
// steady budget: they go out one every `firstReadingSpacingMs` (25 rows in ~6 s), once per row
// and page load, on top of it (worst case adds one page of rows to a minute: 8 + 20 + 25 = 53,
// far inside the panel's 720/min; a 429 or a low panel budget pauses them like everything else).
//
// Pure: no React, no DOM. Timers are the global ones (fake-timer friendly).

export interface RequestFailure {
  status?: number
  /** Seconds, from `Retry-After`. */
  retryAfter?: number
}

export interface StatsSchedulerOptions {
  /** Fetches one row's stats; a rejection with `{ status: 429, retryAfter }` pauses everything. */
  fetch: (id: string) => Promise<unknown>
  /** Requests per minute for the whole dashboard, default 20. */
  budgetPerMinute?: number
  /** Requests that may go out back to back after a quiet spell, default 8 (20 + 8 < 30). */
  burst?: number
  /** Per-row minimum spacing, default 20 s (the panel's resources cache). */
  minIntervalMs?: number
  /** Spacing of the once-per-row first readings of off-screen page rows, default 250 ms. */
  firstReadingSpacingMs?: number
  /** Pause after a 429 without `Retry-After`, default 30 s. */
  defaultPauseMs?: number
  now?: () => number
}

export type PauseReason = 'rate-limited' | 'low-budget'

export interface SchedulerSnapshot {
  /** Epoch ms until which no request is sent, or null. */
  pausedUntil: number | null
  /** Epoch ms when the current pause began, or null. */
  pausedAt: number | null
  pauseReason: PauseReason | null
  /** The tab is hidden: nothing is fetched until it is shown again. */
  hidden: boolean
}

export interface StatsScheduler {
  /** A row is on screen and may be polled. Returns the unregister function. */
  register(id: string): () => void
  /**
   * A row is on the current page (on screen or not): it gets one first reading if it has none,
   * paced apart from the steady budget. Returns the unregister function.
   */
  wantFirstReading(id: string): () => void
  setHidden(hidden: boolean): void
  /** Stop sending for `ms` (a 429's Retry-After, or a nearly empty budget). Extends, never shortens. */
  pauseFor(ms: number, reason?: PauseReason): void
  /**
   * An explicit user action (e.g. right after a power signal): fetch this row now, even inside its
   * 20 s spacing. It may borrow one request from the budget; further calls while in debt only
   * prioritise the row.
   */
  requestNow(id: string): void
  /** Fetch this row first when it is next permitted (e.g. to see a power transition finish). */
  prioritize(id: string): void
  setBudgetPerMinute(budget: number): void
  start(): void
  stop(): void
  subscribe: (listener: () => void) => () => void
  getSnapshot: () => SchedulerSnapshot
  /** Debugging/tests: when each row was last fetched (epoch ms). */
  lastFetchedAt(id: string): number | undefined
}

interface RowState {
  lastAt: number | undefined
  inFlight: boolean
  priority: boolean
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

export const DEFAULT_BUDGET_PER_MINUTE = 20
export const DEFAULT_BURST = 8
export const DEFAULT_MIN_INTERVAL_MS = 20_000
export const DEFAULT_FIRST_READING_SPACING_MS = 250

export function createStatsScheduler(options: StatsSchedulerOptions): StatsScheduler {
  const now = options.now ?? (() => Date.now())
  const burst = Math.max(1, options.burst ?? DEFAULT_BURST)
  const minInterval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS
  const defaultPauseMs = options.defaultPauseMs ?? 30_000
  const firstSpacing = options.firstReadingSpacingMs ?? DEFAULT_FIRST_READING_SPACING_MS
  let ratePerMs = (options.budgetPerMinute ?? DEFAULT_BUDGET_PER_MINUTE) / 60_000

  // Registration order = on-screen order (ties go to the row higher up).
  const registered = new Map<string, number>()
  // Page rows waiting for their first reading, in page order (a Set keeps insertion order).
  const wantsFirst = new Set<string>()
  let nextFirstAt = -Infinity
  let sequence = 0
  const rows = new Map<string, RowState>()
  let tokens = burst
  let refilledAt = now()
  let hidden = false
  let running = false
  let pausedUntil: number | null = null
  let pausedAt: number | null = null
  let pauseReason: PauseReason | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let wakeAt: number | undefined
  let snapshot: SchedulerSnapshot = { pausedUntil, pausedAt, pauseReason, hidden }
  const listeners = new Set<() => void>()

  const emit = () => {
    if (
      snapshot.pausedUntil === pausedUntil &&
      snapshot.pausedAt === pausedAt &&
      snapshot.pauseReason === pauseReason &&
      snapshot.hidden === hidden
    )
      return
    snapshot = { pausedUntil, pausedAt, pauseReason, hidden }
    for (const listener of listeners) listener()
  }

  const row = (id: string): RowState => {
    let state = rows.get(id)
    if (!state) {
      state = { lastAt: undefined, inFlight: false, priority: false }
      rows.set(id, state)
    }
    return state
  }

  const refill = (t: number) => {
    tokens = Math.min(burst, tokens + (t - refilledAt) * ratePerMs)
    refilledAt = t
  }

  const eligibleAt = (state: RowState): number =>
    state.lastAt === undefined ? -Infinity : state.lastAt + minInterval

  /** The next row to fetch at time t, or undefined. */
  const pick = (t: number): string | undefined => {
    let best: string | undefined
    let bestKey: [number, number, number, number] | undefined
    for (const [id, order] of registered) {
      const state = row(id)
      if (state.inFlight || eligibleAt(state) > t) continue
      // Lower sorts first: priority, never fetched, waited longest, higher on screen.
      const key: [number, number, number, number] = [
        state.priority ? 0 : 1,
        state.lastAt === undefined ? 0 : 1,
        state.lastAt ?? 0,
        order,
      ]
      if (!bestKey || compareKeys(key, bestKey) < 0) {
        best = id
        bestKey = key
      }
    }
    return best
  }

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    wakeAt = undefined
  }

  const wake = (at: number) => {
    if (wakeAt !== undefined && wakeAt <= at) return
    clearTimer()
    wakeAt = at
    timer = setTimeout(
      () => {
        timer = undefined
        wakeAt = undefined
        pump()
      },
      Math.max(0, at - now()),
    )
  }

  const fire = (id: string, t: number) => {
    const state = row(id)
    state.inFlight = true
    state.lastAt = t
    state.priority = false
    let promise: Promise<unknown>
    try {
      promise = options.fetch(id)
    } catch (error) {
      promise = Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    promise
      .catch((error: unknown) => {
        const failure = (error ?? {}) as RequestFailure
        if (failure.status === 429) {
          const seconds = failure.retryAfter
          pauseFor(seconds !== undefined ? seconds * 1000 : defaultPauseMs, 'rate-limited')
        }
      })
      .finally(() => {
        state.inFlight = false
        pump()
      })
  }

  function pump() {
    if (!running || hidden) return
    const t = now()
    refill(t)
    if (pausedUntil !== null) {
      if (t < pausedUntil) {
        wake(pausedUntil)
        return
      }
      pausedUntil = null
      pausedAt = null
      pauseReason = null
      emit()
    }
    while (tokens >= 1) {
      const id = pick(t)
      if (id === undefined) break
      tokens -= 1
      fire(id, t)
    }
    // First readings: one at a time, `firstSpacing` apart, for page rows never read.
    if (t >= nextFirstAt) {
      const id = nextFirst()
      if (id !== undefined) {
        nextFirstAt = t + firstSpacing
        fire(id, t)
      }
    }
    const firstPending = nextFirst() !== undefined
    // Sleep until both a token and a row are ready (or the next first reading is due).
    let nextRow = Infinity
    for (const id of registered.keys()) {
      const state = row(id)
      if (!state.inFlight) nextRow = Math.min(nextRow, eligibleAt(state))
    }
    const nextToken = tokens >= 1 ? t : t + (1 - tokens) / ratePerMs
    const steadyAt = nextRow === Infinity ? Infinity : Math.max(nextRow, nextToken, t)
    const firstAt = firstPending ? Math.max(nextFirstAt, t) : Infinity
    const at = Math.min(steadyAt, firstAt)
    if (at !== Infinity) wake(at)
  }

  /** The first page row still without any reading (and not being fetched). */
  function nextFirst(): string | undefined {
    for (const id of wantsFirst) {
      const state = row(id)
      if (state.lastAt !== undefined) {
        wantsFirst.delete(id)
        continue
      }
      if (!state.inFlight) return id
    }
    return undefined
  }

  function pauseFor(ms: number, reason: PauseReason = 'rate-limited') {
    const t = now()
    const until = t + Math.max(0, ms)
    if (pausedUntil !== null && pausedUntil >= until) return
    pausedAt ??= t
    pausedUntil = until
    pauseReason = reason
    clearTimer()
    emit()
    pump()
  }

  return {
    register(id) {
      registered.set(id, sequence++)
      pump()
      return () => {
        registered.delete(id)
        if (registered.size === 0 && wantsFirst.size === 0) clearTimer()
      }
    },
    wantFirstReading(id) {
      if (rows.get(id)?.lastAt !== undefined) return () => {}
      wantsFirst.add(id)
      pump()
      return () => {
        wantsFirst.delete(id)
      }
    },
    setHidden(next) {
      if (hidden === next) return
      hidden = next
      if (hidden) clearTimer()
      emit()
      pump()
    },
    pauseFor,
    requestNow(id) {
      if (!running) return
      const t = now()
      refill(t)
      const state = row(id)
      if (hidden || (pausedUntil !== null && t < pausedUntil) || state.inFlight || tokens < 0) {
        state.priority = true
        pump()
        return
      }
      tokens -= 1 // may go to -1: the scheduled rows wait for it to be paid back
      fire(id, t)
      state.priority = true // and once more as soon as permitted, to see the transition finish
      clearTimer()
      pump()
    },
    prioritize(id) {
      row(id).priority = true
      pump()
    },
    setBudgetPerMinute(budget) {
      const next = Math.max(1, budget) / 60_000
      if (next === ratePerMs) return
      refill(now())
      ratePerMs = next
      clearTimer()
      pump()
    },
    start() {
      if (running) return
      running = true
      pump()
    },
    stop() {
      running = false
      clearTimer()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    getSnapshot: () => snapshot,
    lastFetchedAt: (id) => rows.get(id)?.lastAt,
  }
}
