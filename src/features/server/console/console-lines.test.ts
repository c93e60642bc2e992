import { describe, expect, it } from 'vitest'

import { appendBounded, lastLines } from './console-lines'

describe('the console log copy', () => {
  it('keeps the newest lines in order and stays bounded however many arrive', () => {
    const log: string[] = []
    let most = 0
    for (let i = 1; i <= 12_000; i++) {
      appendBounded(log, [`line ${i}`], 5_000)
      most = Math.max(most, log.length)
    }
    expect(most).toBeLessThanOrEqual(6_000)
    const kept = lastLines(log, 5_000)
    expect(kept).toHaveLength(5_000)
    expect(kept[0]).toBe('line 7001')
    expect(kept.at(-1)).toBe('line 12000')
  })

  it('a short log is returned whole', () => {
    const log: string[] = []
    appendBounded(log, ['a', 'b'], 5_000)
    expect(lastLines(log, 5_000)).toEqual(['a', 'b'])
  })
})
