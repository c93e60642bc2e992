// The account's `language` (contract §8: only `en` ships with the panel, but admins can set any
// directory name) picks the Intl locale for dates and numbers; anything Intl does not support
// falls back to English.

export const FALLBACK_LOCALE = 'en'

export function resolveLocale(language: string | undefined | null): string {
  if (!language) return FALLBACK_LOCALE
  // Laravel-style directory names use underscores (`pt_BR`); BCP 47 wants dashes.
  const tag = language.trim().replace(/_/g, '-')
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? FALLBACK_LOCALE
  } catch {
    return FALLBACK_LOCALE // RangeError: not a well-formed language tag
  }
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value)
}

export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
}
