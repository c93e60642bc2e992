// Unix permission bits as a terminal user reads them: `-rw-r--r--` and `644`. The chmod dialog's
// rwx matrix and its octal field are two views of one number.

export const WHO = ['owner', 'group', 'others'] as const
export const WHAT = ['read', 'write', 'execute'] as const
export type Who = (typeof WHO)[number]
export type What = (typeof WHAT)[number]

function bit(who: Who, what: What): number {
  return (4 >> WHAT.indexOf(what)) << (3 * (2 - WHO.indexOf(who)))
}

export function hasBit(mode: number, who: Who, what: What): boolean {
  return (mode & bit(who, what)) !== 0
}

export function toggleBit(mode: number, who: Who, what: What): number {
  return mode ^ bit(who, what)
}

/** `644`, `0755`, `2775` → the number; null for anything else. */
export function parseOctal(text: string): number | null {
  const trimmed = text.trim()
  if (!/^[0-7]{3,4}$/.test(trimmed)) return null
  return parseInt(trimmed, 8)
}

/** 0o644 → `644` (four digits only when setuid/setgid/sticky are set). */
export function toOctal(mode: number): string {
  const digits = (mode & 0o7777).toString(8)
  return digits.padStart(mode > 0o777 ? 4 : 3, '0')
}

/** 0o755 → `rwxr-xr-x` (the nine characters after the type letter). */
export function toSymbolic(mode: number): string {
  let out = ''
  for (const who of WHO) {
    for (const what of WHAT)
      out += hasBit(mode, who, what) ? (what[0] === 'e' ? 'x' : what[0]) : '-'
  }
  return out
}
