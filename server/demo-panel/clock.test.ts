import { afterEach, describe, expect, it, vi } from 'vitest'

import { createClock } from './clock'

describe('createClock', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a manual clock stands still until advanced, then fires due timers in time order', () => {
    const clock = createClock({ manual: true, start: 1_000 })
    const seen: Array<[string, number]> = []
    clock.setTimer(500, () => seen.push(['b', clock.now()]))
    clock.setTimer(100, () => seen.push(['a', clock.now()]))
    const cancel = clock.setTimer(200, () => seen.push(['never', clock.now()]))
    cancel()
    expect(clock.now()).toBe(1_000)
    clock.advance(400)
    expect(seen).toEqual([['a', 1_100]])
    clock.advance(1_000)
    expect(seen).toEqual([
      ['a', 1_100],
      ['b', 1_500],
    ])
    expect(clock.now()).toBe(2_400)
  })

  it('timers scheduled while advancing land at their own time', () => {
    const clock = createClock({ manual: true, start: 0 })
    const ticks: number[] = []
    const stop = clock.every(1_000, () => ticks.push(clock.now()))
    clock.advance(3_500)
    expect(ticks).toEqual([1_000, 2_000, 3_000])
    stop()
    clock.advance(5_000)
    expect(ticks).toHaveLength(3)
  })

  it('a real clock follows Date.now and fires on Node timers; advance jumps ahead', () => {
    vi.useFakeTimers({ now: 10_000 })
    const clock = createClock()
    const fired: number[] = []
    clock.setTimer(1_000, () => fired.push(clock.now()))
    vi.advanceTimersByTime(999)
    expect(fired).toEqual([])
    vi.advanceTimersByTime(1)
    expect(fired).toEqual([11_000])
    clock.advance(60_000)
    expect(clock.now()).toBe(71_000)
  })

  it('a clock over a source function reads it and fires timers only on advance', () => {
    let t = 5_000
    const clock = createClock({ source: () => t })
    const fired: number[] = []
    clock.setTimer(100, () => fired.push(clock.now()))
    t = 9_000
    expect(clock.now()).toBe(9_000)
    expect(fired).toEqual([])
    clock.advance(0)
    expect(fired).toEqual([9_000])
  })

  it('runDue fires what fell due on a source clock, once, even when a timer calls it again', () => {
    let t = 0
    const clock = createClock({ source: () => t })
    const fired: string[] = []
    clock.setTimer(100, () => {
      fired.push('a')
      clock.runDue()
    })
    clock.setTimer(200, () => fired.push('b'))
    clock.setTimer(900, () => fired.push('c'))
    t = 500
    clock.runDue()
    expect(fired).toEqual(['a', 'b'])
    clock.runDue()
    expect(fired).toEqual(['a', 'b'])
  })

  it('refuses to go back in time', () => {
    expect(() => createClock({ manual: true }).advance(-1)).toThrow()
  })
})
