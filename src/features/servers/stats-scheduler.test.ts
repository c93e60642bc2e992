import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createStatsScheduler, DEFAULT_BUDGET_PER_MINUTE, DEFAULT_BURST } from './stats-scheduler'
import type { StatsSchedulerOptions } from './stats-scheduler'

const MINUTE = 60_000

interface Call {
  id: string
  at: number
}

function setup(options: Partial<StatsSchedulerOptions> = {}) {
  const calls: Call[] = []
  const fetch = vi.fn((id: string) => {
    calls.push({ id, at: Date.now() })
    return Promise.resolve()
  })
  const scheduler = createStatsScheduler({ fetch, ...options })
  scheduler.start()
  const inWindow = (from: number, to: number) => calls.filter((c) => c.at >= from && c.at < to)
  return { scheduler, calls, fetch, inWindow }
}

/** Advances fake time in small steps so promise callbacks run between timers. */
async function advance(ms: number, step = 250) {
  for (let t = 0; t < ms; t += step) await vi.advanceTimersByTimeAsync(Math.min(step, ms - t))
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2024-10-24T12:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('stats scheduler', () => {
  it('keeps 250 visible rows under 30 requests in every simulated minute', async () => {
    const { scheduler, calls, inWindow } = setup()
    const start = Date.now()
    for (let i = 0; i < 250; i++) scheduler.register(`s${i}`)
    await advance(5 * MINUTE)
    expect(calls.length).toBeGreaterThan(90) // it does work: ~24 a minute
    for (let from = start; from + MINUTE <= Date.now(); from += 5_000) {
      expect(inWindow(from, from + MINUTE).length).toBeLessThan(30)
    }
    // Round-robin: the first 100 requests went to 100 different rows.
    expect(new Set(calls.slice(0, 100).map((c) => c.id)).size).toBe(100)
  })

  it('refreshes each of 8 rows every 20–30 s and never faster than 20 s', async () => {
    const { scheduler, calls } = setup()
    const ids = Array.from({ length: 8 }, (_, i) => `row${i}`)
    for (const id of ids) scheduler.register(id)
    await advance(3 * MINUTE)
    for (const id of ids) {
      const times = calls.filter((c) => c.id === id).map((c) => c.at)
      expect(times.length).toBeGreaterThanOrEqual(7)
      for (let i = 1; i < times.length; i++) {
        const gap = (times[i] ?? 0) - (times[i - 1] ?? 0)
        expect(gap).toBeGreaterThanOrEqual(20_000)
        expect(gap).toBeLessThanOrEqual(30_000)
      }
    }
  })

  it('never polls a single row faster than every 20 s', async () => {
    const { scheduler, calls } = setup()
    scheduler.register('only')
    await advance(MINUTE + 1)
    expect(calls.map((c) => c.at - (calls[0]?.at ?? 0))).toEqual([0, 20_000, 40_000, 60_000])
  })

  it('gives a newly visible row its first fetch within a few seconds, even when busy', async () => {
    const { scheduler, calls } = setup()
    for (let i = 0; i < 40; i++) scheduler.register(`old${i}`)
    await advance(2 * MINUTE)
    const shownAt = Date.now()
    scheduler.register('new')
    await advance(5_000)
    const first = calls.find((c) => c.id === 'new')
    expect(first).toBeDefined()
    // At worst it waits for the next token of the shared budget.
    expect((first?.at ?? Infinity) - shownAt).toBeLessThanOrEqual(
      60_000 / DEFAULT_BUDGET_PER_MINUTE,
    )
  })

  it('only polls registered (visible) rows and stops when they leave', async () => {
    const { scheduler, calls } = setup()
    const unregister = scheduler.register('a')
    scheduler.register('b')
    await advance(1_000)
    unregister()
    const before = calls.length
    await advance(MINUTE)
    expect(calls.slice(before).every((c) => c.id === 'b')).toBe(true)
    expect(calls.filter((c) => c.id === 'a')).toHaveLength(1)
  })

  it('does not refetch a row that scrolls out and back within 20 s', async () => {
    const { scheduler, calls } = setup()
    const off = scheduler.register('a')
    await advance(1_000)
    off()
    await advance(5_000)
    scheduler.register('a')
    await advance(5_000)
    expect(calls.filter((c) => c.id === 'a')).toHaveLength(1)
    await advance(10_000)
    expect(calls.filter((c) => c.id === 'a')).toHaveLength(2)
  })

  it('pauses while the tab is hidden and resumes when shown', async () => {
    const { scheduler, calls } = setup()
    scheduler.register('a')
    await advance(1_000)
    expect(calls).toHaveLength(1)
    scheduler.setHidden(true)
    expect(scheduler.getSnapshot().hidden).toBe(true)
    await advance(2 * MINUTE)
    expect(calls).toHaveLength(1)
    scheduler.setHidden(false)
    await advance(500)
    expect(calls).toHaveLength(2)
  })

  it('backs off for Retry-After on a 429 and then resumes', async () => {
    let fail = true
    const calls: number[] = []
    const scheduler = createStatsScheduler({
      fetch: () => {
        calls.push(Date.now())
        return fail
          ? Promise.reject(
              Object.assign(new Error('Too Many Attempts.'), { status: 429, retryAfter: 42 }),
            )
          : Promise.resolve()
      },
    })
    scheduler.start()
    const t0 = Date.now()
    scheduler.register('a')
    scheduler.register('b')
    await advance(500)
    fail = false
    expect(scheduler.getSnapshot()).toMatchObject({
      pausedUntil: t0 + 42_000,
      pauseReason: 'rate-limited',
    })
    const sent = calls.length
    expect(sent).toBeGreaterThanOrEqual(1)
    await advance(41_000)
    expect(calls).toHaveLength(sent)
    await advance(2_000)
    expect(calls.length).toBeGreaterThan(sent)
    expect(scheduler.getSnapshot().pausedUntil).toBeNull()
  })

  it('lets an explicit action spend one extra request, then waits for the budget', async () => {
    const { scheduler, calls } = setup()
    scheduler.register('a')
    await advance(1_000)
    scheduler.requestNow('a') // inside the 20 s spacing: allowed once
    expect(calls.filter((c) => c.id === 'a')).toHaveLength(2)
    // The row is now first in line for its next permitted slot.
    scheduler.register('b')
    await advance(21_000)
    const aTimes = calls.filter((c) => c.id === 'a').map((c) => c.at)
    expect(aTimes).toHaveLength(3)
    expect((aTimes[2] ?? 0) - (aTimes[1] ?? 0)).toBe(20_000)
  })

  it('does not let repeated explicit actions overdraw the budget', async () => {
    const { scheduler, calls } = setup({ burst: 1 })
    scheduler.register('a')
    await advance(100)
    for (let i = 0; i < 10; i++) scheduler.requestNow('a')
    await advance(100)
    expect(calls.length).toBeLessThanOrEqual(2)
  })

  it('a lower budget (small panel limit) slows everything down', async () => {
    const { scheduler, calls } = setup()
    scheduler.setBudgetPerMinute(6)
    for (let i = 0; i < 20; i++) scheduler.register(`s${i}`)
    await advance(2 * MINUTE)
    // the burst + 6 per minute
    expect(calls.length).toBeLessThanOrEqual(DEFAULT_BURST + 12 + 1)
  })

  it('notifies subscribers of pauses and stops timers when stopped', async () => {
    const { scheduler, calls } = setup()
    const listener = vi.fn()
    scheduler.subscribe(listener)
    scheduler.pauseFor(10_000, 'low-budget')
    expect(listener).toHaveBeenCalled()
    expect(scheduler.getSnapshot().pauseReason).toBe('low-budget')
    scheduler.register('a')
    await advance(5_000)
    expect(calls).toHaveLength(0)
    scheduler.stop()
    await advance(MINUTE)
    expect(calls).toHaveLength(0)
    scheduler.start()
    await advance(100)
    expect(calls).toHaveLength(1)
  })

  describe('first readings', () => {
    it('reads every row of a 25-row page once within ~6 s, spaced, then only the visible ones', async () => {
      const { scheduler, calls } = setup()
      const ids = Array.from({ length: 25 }, (_, i) => `row${i}`)
      for (const id of ids) scheduler.wantFirstReading(id)
      for (const id of ids.slice(0, 3)) scheduler.register(id) // three on screen
      await advance(7_000, 50)
      expect(new Set(calls.map((c) => c.id))).toEqual(new Set(ids))
      expect(calls).toHaveLength(25)
      // Off-screen rows went out one at a time, at least 250 ms apart.
      const offscreen = calls.filter((c) => !['row0', 'row1', 'row2'].includes(c.id))
      for (let i = 1; i < offscreen.length; i++) {
        expect((offscreen[i]?.at ?? 0) - (offscreen[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(250)
      }
      const loadedAt = Date.now()
      await advance(2 * MINUTE)
      const later = calls.filter((c) => c.at >= loadedAt)
      expect(later.length).toBeGreaterThan(0)
      expect(new Set(later.map((c) => c.id))).toEqual(new Set(['row0', 'row1', 'row2']))
    })

    it('does not read a row twice when it already has a reading', async () => {
      const { scheduler, calls } = setup()
      scheduler.register('seen')
      await advance(1_000)
      scheduler.wantFirstReading('seen')
      scheduler.wantFirstReading('other')
      await advance(1_000)
      expect(calls.map((c) => c.id)).toEqual(['seen', 'other'])
    })

    it('waits out a rate-limit pause and a hidden tab', async () => {
      const { scheduler, calls } = setup()
      scheduler.pauseFor(30_000)
      scheduler.wantFirstReading('a')
      await advance(29_000)
      expect(calls).toHaveLength(0)
      scheduler.setHidden(true)
      await advance(5_000)
      expect(calls).toHaveLength(0)
      scheduler.setHidden(false)
      await advance(500)
      expect(calls.map((c) => c.id)).toEqual(['a'])
    })

    it('forgets a row that left the page before its turn', async () => {
      const { scheduler, calls } = setup()
      scheduler.wantFirstReading('a')
      const leave = scheduler.wantFirstReading('b')
      leave()
      await advance(2_000)
      expect(calls.map((c) => c.id)).toEqual(['a'])
    })
  })
})
