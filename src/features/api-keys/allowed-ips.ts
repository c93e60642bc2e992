import ipaddr from 'ipaddr.js'

import { messages } from '@/i18n/language'

// The "Allowed IPs" textarea: one entry per line (commas and spaces also separate). Entries are
// checked with ipaddr.js the way the panel's IPTools `Range::parse` would accept them, so a bad
// entry is caught here, by itself, instead of failing the whole request — and an out-of-range
// prefix (`/33`), which the panel answers with a 500, never leaves the browser.

export interface IpEntry {
  /** The entry as typed (trimmed). */
  value: string
  /** 1-based line of the textarea it came from. */
  line: number
}

export interface IpProblem extends IpEntry {
  message: string
}

const SEPARATORS = /[\s,]+/

/** Splits the textarea into entries, keeping the line each came from. */
export function splitAllowedIps(text: string): IpEntry[] {
  const entries: IpEntry[] = []
  text.split(/\r\n|\r|\n/).forEach((row, index) => {
    for (const value of row.split(SEPARATORS)) {
      if (value) entries.push({ value, line: index + 1 })
    }
  })
  return entries
}

type Parsed = ipaddr.IPv4 | ipaddr.IPv6

/** A single address: dotted-quad IPv4 (no octal/hex/short forms) or IPv6 without a zone id. */
function parseAddress(value: string): Parsed | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(value)) return ipaddr.IPv4.parse(value)
  if (!value.includes('%') && ipaddr.IPv6.isValid(value)) return ipaddr.IPv6.parse(value)
  return undefined
}

function compareBytes(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

// Messages are read when a check runs, so they follow the language of that moment.
const invalid = (value: string) => messages().apiKeys.allowedIps.invalid(value)

/** Why `value` is not an acceptable entry, or undefined when it is fine. */
export function checkIpEntry(value: string): string | undefined {
  // CIDR: a/n
  const slash = value.indexOf('/')
  if (slash !== -1) {
    const address = parseAddress(value.slice(0, slash))
    const prefixText = value.slice(slash + 1)
    if (!address || !/^\d{1,3}$/.test(prefixText)) return invalid(value)
    const max = address.kind() === 'ipv4' ? 32 : 128
    if (Number(prefixText) > max) {
      const family = address.kind() === 'ipv4' ? 'IPv4' : 'IPv6'
      return messages().apiKeys.allowedIps.prefixTooLong(value, family, max)
    }
    try {
      ipaddr.parseCIDR(value)
    } catch {
      return invalid(value)
    }
    return undefined
  }
  // IPv4 wildcard: 10.0.0.*
  if (value.includes('*')) {
    const low = value.replaceAll('*', '0')
    const high = value.replaceAll('*', '255')
    return ipaddr.IPv4.isValidFourPartDecimal(low) && ipaddr.IPv4.isValidFourPartDecimal(high)
      ? undefined
      : invalid(value)
  }
  // Range: first-last
  const dash = value.indexOf('-')
  if (dash > 0) {
    const first = parseAddress(value.slice(0, dash))
    const last = parseAddress(value.slice(dash + 1))
    if (!first || !last || first.kind() !== last.kind()) return invalid(value)
    if (compareBytes(first.toByteArray(), last.toByteArray()) > 0) {
      return messages().apiKeys.allowedIps.reversedRange(value)
    }
    return undefined
  }
  return parseAddress(value) ? undefined : invalid(value)
}

/** Every bad entry, in order, each with its line. */
export function findIpProblems(entries: IpEntry[]): IpProblem[] {
  const problems: IpProblem[] = []
  for (const entry of entries) {
    const message = checkIpEntry(entry.value)
    if (message) problems.push({ ...entry, message })
  }
  return problems
}

/** `Line 2: "hodor" is not a valid IP address or CIDR range.` */
export function describeIpProblem(problem: IpProblem): string {
  return messages().apiKeys.allowedIps.problemLine(problem.line, problem.message)
}
