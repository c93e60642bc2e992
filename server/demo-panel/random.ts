import { randomInt } from 'node:crypto'

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** Cryptographically random string, like Laravel's `Str::random()` (alphanumeric by default). */
export function randomString(length: number, alphabet = ALNUM): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)] ?? ''
  return out
}

/** Random v4 UUID. */
export function randomUuid(): string {
  return crypto.randomUUID()
}

export interface Prng {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  string(length: number, alphabet?: string): string
  uuid(): string
}

/**
 * Seeded PRNG (mulberry32). The seed data must be identical on every start so that
 * tests and screenshots can name servers and identifiers; only secrets use real randomness.
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new Error('pick() from an empty list')
    return item
  }
  const string = (length: number, alphabet = ALNUM): string => {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[int(0, alphabet.length - 1)] ?? ''
    return out
  }
  const uuid = (): string => {
    const hex = string(32, '0123456789abcdef').split('')
    hex[12] = '4'
    hex[16] = '89ab'[int(0, 3)] ?? '8'
    const h = hex.join('')
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
  }
  return { next, int, pick, string, uuid }
}
