import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createUpstreamGate, GateAbortedError, GateDeadlineError } from './upstream-gate'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const never = new AbortController().signal
const far = () => Date.now() + 60_000

describe('upstream gate', () => {
  it('serves waiting clients round-robin, not in arrival order', async () => {
    const gate = createUpstreamGate({ slots: 1, slowAfterMs: 60_000 })
    const holder = await gate.enter('other', never, far())
    const order: string[] = []
    const wait = (key: string, label: string) =>
      gate.enter(key, never, far()).then((pass) => {
        order.push(label)
        pass.release()
      })
    // One client queues a burst of three before the signed-in user's single request.
    const all = [
      wait('burst', 'burst-1'),
      wait('burst', 'burst-2'),
      wait('burst', 'burst-3'),
      wait('user', 'user'),
    ]
    holder.release()
    await Promise.all(all)
    expect(order).toEqual(['burst-1', 'user', 'burst-2', 'burst-3'])
  })

  it('a request that runs past slowAfterMs gives its slot back while it keeps running', async () => {
    const gate = createUpstreamGate({ slots: 2, slowAfterMs: 2000 })
    await gate.enter('hang', never, far())
    await gate.enter('hang', never, far())
    let admitted = false
    const next = gate.enter('user', never, far()).then(() => (admitted = true))
    await vi.advanceTimersByTimeAsync(1999)
    expect(admitted).toBe(false)
    expect(gate.stats()).toEqual({ active: 2, queued: 1 })
    await vi.advanceTimersByTimeAsync(1)
    await next
    expect(admitted).toBe(true)
  })

  it('rejects a waiter at its deadline, and one whose client left', async () => {
    const gate = createUpstreamGate({ slots: 1, slowAfterMs: 60_000 })
    await gate.enter('a', never, far())
    const late = gate.enter('b', never, Date.now() + 500)
    const expectLate = expect(late).rejects.toBeInstanceOf(GateDeadlineError)
    await vi.advanceTimersByTimeAsync(500)
    await expectLate
    const leaving = new AbortController()
    const gone = gate.enter('c', leaving.signal, far())
    leaving.abort()
    await expect(gone).rejects.toBeInstanceOf(GateAbortedError)
    expect(gate.stats()).toEqual({ active: 1, queued: 0 })
  })

  it('release is idempotent and never frees a slot twice', async () => {
    const gate = createUpstreamGate({ slots: 1, slowAfterMs: 100 })
    const pass = await gate.enter('a', never, far())
    await vi.advanceTimersByTimeAsync(100) // turned slow: slot already back
    pass.release()
    pass.release()
    expect(gate.stats()).toEqual({ active: 0, queued: 0 })
  })
})
