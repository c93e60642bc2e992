/**
 * Admission to the panel: at most `slots` *young* requests in flight at once, handed out fairly.
 *
 * Why young: a request that hangs (a slow panel route, a stalled upload) would otherwise hold its
 * slot until the deadline, and 64 of them starve everyone (issue 20: a signed-in user's
 * `GET /api/client/account` took 17.6 s behind 64 hanging requests). Here a request gives its
 * slot back after `slowAfterMs` even though it keeps running, so hung requests can delay a new
 * one by at most `slowAfterMs`; the listener's connection cap bounds how many can run at all.
 *
 * Why fair: waiting requests are queued per client key (client address + credential) and served
 * round-robin, so one client's burst cannot push a signed-in user to the back of a long queue.
 */

export class GateDeadlineError extends Error {
  override name = 'GateDeadlineError'
}
export class GateAbortedError extends Error {
  override name = 'GateAbortedError'
}

export interface GatePass {
  /** Gives the slot back (idempotent); call when the panel's answer head has arrived or failed. */
  release(): void
}

export interface UpstreamGateOptions {
  /** Young requests in flight at once. */
  slots: number
  /** After this long a request stops counting against `slots`. */
  slowAfterMs: number
}

export interface UpstreamGate {
  /**
   * Waits for a slot. Rejects with GateDeadlineError when `deadlineAt` (epoch ms) passes first
   * and with GateAbortedError when `signal` aborts (the client left).
   */
  enter(key: string, signal: AbortSignal, deadlineAt: number): Promise<GatePass>
  stats(): { active: number; queued: number }
}

interface Waiter {
  grant(): void
}

export function createUpstreamGate({ slots, slowAfterMs }: UpstreamGateOptions): UpstreamGate {
  let active = 0
  let queued = 0
  // Map iteration order is insertion order: the key at the front is served next, then moved to
  // the back if it still has waiters — round-robin over clients.
  const queues = new Map<string, Waiter[]>()

  const pump = () => {
    while (active < slots) {
      const next = queues.entries().next()
      if (next.done) return
      const [key, waiters] = next.value
      queues.delete(key)
      const waiter = waiters.shift()
      if (waiters.length > 0) queues.set(key, waiters)
      if (!waiter) continue
      queued--
      active++
      waiter.grant()
    }
  }

  const issuePass = (): GatePass => {
    let held = true
    const free = () => {
      if (!held) return
      held = false
      clearTimeout(slowTimer)
      active--
      pump()
    }
    const slowTimer = setTimeout(free, slowAfterMs)
    slowTimer.unref()
    return { release: free }
  }

  return {
    enter(key, signal, deadlineAt) {
      if (signal.aborted) return Promise.reject(new GateAbortedError('The client went away.'))
      if (active < slots && queues.size === 0) {
        active++
        return Promise.resolve(issuePass())
      }
      return new Promise<GatePass>((resolve, reject) => {
        const leave = (error: Error) => {
          const waiters = queues.get(key)
          const i = waiters?.indexOf(waiter) ?? -1
          if (waiters && i !== -1) {
            waiters.splice(i, 1)
            queued--
            if (waiters.length === 0) queues.delete(key)
          }
          cleanup()
          reject(error)
        }
        const onAbort = () => leave(new GateAbortedError('The client went away.'))
        const timer = setTimeout(
          () => leave(new GateDeadlineError('No free slot to the panel before the deadline.')),
          Math.max(0, deadlineAt - Date.now()),
        )
        timer.unref()
        const cleanup = () => {
          clearTimeout(timer)
          signal.removeEventListener('abort', onAbort)
        }
        const waiter: Waiter = {
          grant() {
            cleanup()
            resolve(issuePass())
          },
        }
        signal.addEventListener('abort', onAbort, { once: true })
        const waiters = queues.get(key)
        if (waiters) waiters.push(waiter)
        else queues.set(key, [waiter])
        queued++
      })
    },
    stats: () => ({ active, queued }),
  }
}
