import { formatList, formatNumber } from './locale'

export const isCountKey = (key: string) => key === 'count' || key.endsWith('_count')

/** A property value as plain text; `undefined` when there is nothing to show. */
export function propertyText(key: string, value: unknown, locale: string): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined
    // The panel replaces an `ip` it won't show the requester with this marker (contract §4.2).
    if (key === 'ip' && value === '[hidden]') return 'hidden'
    return value
  }
  if (typeof value === 'number')
    return Number.isFinite(value) ? formatNumber(value, locale) : undefined
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value)) {
    const items = value
      .map((item) => propertyText(key, item, locale))
      .filter((s): s is string => s !== undefined)
    return items.length > 0 ? formatList(items, locale) : 'none'
  }
  try {
    return JSON.stringify(value)
  } catch {
    return undefined
  }
}
