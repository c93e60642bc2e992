// Checks on a new file's name before anything is sent. Wings would refuse most of these itself
// (a name too long is its 400 "name too long"), but a slash would quietly create folders and an
// existing name would be overwritten without a word — the panel's write replaces whatever is there.

/** Linux's NAME_MAX: one path segment, in bytes (UTF-8), not characters. */
export const MAX_NAME_BYTES = 255

export type NameProblem = 'empty' | 'slash' | 'dots' | 'control' | 'tooLong' | 'exists'

const encoder = new TextEncoder()

/**
 * Why `name` can't be used in a folder holding `existing` names, or null when it can. The name is
 * taken as typed apart from surrounding whitespace, which is trimmed (see `cleanName`).
 */
export function checkFileName(name: string, existing: readonly string[] = []): NameProblem | null {
  const clean = cleanName(name)
  if (clean === '') return 'empty'
  if (clean.includes('/') || clean.includes('\\')) return 'slash'
  if (clean === '.' || clean === '..') return 'dots'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(clean)) return 'control'
  if (encoder.encode(clean).length > MAX_NAME_BYTES) return 'tooLong'
  // Linux names are case-sensitive: `Config.yml` beside `config.yml` is a different file.
  if (existing.includes(clean)) return 'exists'
  return null
}

export function cleanName(name: string): string {
  return name.trim()
}
