import type { en } from './en'

// A catalogue is a plain typed object: strings, and functions where a message takes values
// (numbers arrive unformatted; the catalogue formats them in its own language). English is the
// reference: every other catalogue is checked against its shape by TypeScript, and at run time
// anything missing falls back to the English entry (see withFallback).

export type Messages = typeof en

export type PartialMessages = DeepPartial<Messages>

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K]
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `partial` laid over `base`, entry by entry. An entry is only taken when it has the same kind
 * (string, function, nested group) as the English one, so a stale or broken catalogue can
 * never put `undefined` or an object where the UI expects text.
 */
export function withFallback<T extends object>(base: T, partial: unknown): T {
  if (!isPlainObject(partial)) return base
  const out: Record<string, unknown> = {}
  for (const [key, baseValue] of Object.entries(base)) {
    const value = Object.hasOwn(partial, key) ? partial[key] : undefined
    if (isPlainObject(baseValue)) out[key] = withFallback(baseValue, value)
    else out[key] = typeof value === typeof baseValue ? value : baseValue
  }
  return out as T
}
