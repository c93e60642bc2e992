import { panelError } from './panel-errors'

// Laravel's RateLimiter as used by ThrottleRequests and ThrottlesLogins: a counter per key whose
// decay timer starts at the first hit of a window (so it is a fixed window anchored per key).

interface Bucket {
  hits: number
  resetAt: number
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()
  private readonly now: () => number

  constructor(now: () => number) {
    this.now = now
  }

  private bucket(key: string): Bucket {
    const now = this.now()
    const existing = this.buckets.get(key)
    if (existing && existing.resetAt > now) return existing
    const fresh = { hits: 0, resetAt: now }
    this.buckets.set(key, fresh)
    return fresh
  }

  attempts(key: string): number {
    return this.bucket(key).hits
  }

  tooManyAttempts(key: string, max: number): boolean {
    return this.bucket(key).hits >= max
  }

  hit(key: string, decayMs: number): number {
    const bucket = this.bucket(key)
    if (bucket.hits === 0) bucket.resetAt = this.now() + decayMs
    bucket.hits++
    return bucket.hits
  }

  /** Whole seconds until the key's window resets (RateLimiter::availableIn). */
  availableIn(key: string): number {
    return Math.max(0, Math.ceil((this.bucket(key).resetAt - this.now()) / 1000))
  }

  clear(key: string): void {
    this.buckets.delete(key)
  }

  reset(): void {
    this.buckets.clear()
  }
}

export interface ThrottleResult {
  headers: Record<string, string>
}

/**
 * ThrottleRequests for a named limiter: a 429 ThrottleRequestsException when exhausted, else
 * counts the hit and returns the X-RateLimit-* headers to add to whatever response follows.
 */
export function throttle(
  limiter: RateLimiter,
  key: string,
  max: number,
  now: number,
): ThrottleResult {
  if (limiter.tooManyAttempts(key, max)) {
    const retryAfter = limiter.availableIn(key)
    throw panelError(429, 'ThrottleRequestsException', 'Too Many Attempts.', {
      'X-RateLimit-Limit': String(max),
      'X-RateLimit-Remaining': '0',
      'Retry-After': String(retryAfter),
      'X-RateLimit-Reset': String(Math.floor(now / 1000) + retryAfter),
    })
  }
  const hits = limiter.hit(key, 60_000)
  return {
    headers: {
      'X-RateLimit-Limit': String(max),
      'X-RateLimit-Remaining': String(Math.max(0, max - hits)),
    },
  }
}
