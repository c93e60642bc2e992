import { displayFingerprint } from '@/api/ssh-keys'
import { messages } from '@/i18n/language'
import type { Messages } from '@/i18n/catalogue'
import { formatNumber } from '@/lib/format'

type ValueWords = Messages['activity']['values']

export const isCountKey = (key: string) => key === 'count' || key.endsWith('_count')

function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
}

/**
 * A property value as plain text; `undefined` when there is nothing to show. Numbers and lists
 * follow `locale`; words ("yes", "none") come from `words`, the current catalogue by default.
 */
export function propertyText(
  key: string,
  value: unknown,
  locale: string,
  words: ValueWords = messages().activity.values,
): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined
    // The panel replaces an `ip` it won't show the requester with this marker (contract §4.2).
    if (key === 'ip' && value === '[hidden]') return words.hidden
    // SSH key events carry the bare base64 (contract §4.3); shown as ssh-keygen and the key list do.
    if (key === 'fingerprint') return displayFingerprint(value)
    return value
  }
  if (typeof value === 'number')
    return Number.isFinite(value) ? formatNumber(value, locale) : undefined
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (Array.isArray(value)) {
    const items = value
      .map((item) => propertyText(key, item, locale, words))
      .filter((s): s is string => s !== undefined)
    return items.length > 0 ? formatList(items, locale) : words.none
  }
  try {
    return JSON.stringify(value)
  } catch {
    return undefined
  }
}
