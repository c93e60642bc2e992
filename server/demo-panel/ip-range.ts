import { isIPv4, isIPv6 } from 'node:net'

import ipaddr from 'ipaddr.js'

// Equivalent of s1lentium/iptools 1.2.0 `Range::parse()`, which the panel uses both to validate
// API key `allowed_ips` and to match request IPs against them. Only the exception *message*
// matters to the panel: "Invalid IP address format" becomes a validation error, anything else
// (bad prefix length, bad netmask, reversed range) escapes as a 500.

export class IpToolsError extends Error {}

export const INVALID_FORMAT = 'Invalid IP address format'

export interface IpRange {
  version: 4 | 6
  first: bigint
  last: bigint
}

interface ParsedIp {
  version: 4 | 6
  value: bigint
}

const bytesToBigint = (bytes: number[]): bigint =>
  bytes.reduce((acc, byte) => (acc << 8n) | BigInt(byte), 0n)

/** IPTools `IP::parse`: hex (`0x…`), binary (`0b…`), decimal longs and PHP's FILTER_VALIDATE_IP. */
export function parseIp(input: string): ParsedIp {
  if (input.startsWith('0x')) return fromBytes(hexBytes(input.slice(2)))
  if (input.startsWith('0b')) {
    const bits = input.slice(2)
    if (!/^[01]+$/.test(bits) || (bits.length !== 32 && bits.length !== 128)) {
      throw new IpToolsError(INVALID_FORMAT)
    }
    return { version: bits.length === 32 ? 4 : 6, value: BigInt(`0b${bits}`) }
  }
  if (/^\s*\d+(\.\d+)?\s*$/.test(input)) {
    // IP::parseLong packs the number as an unsigned 32-bit big-endian IPv4 address.
    return { version: 4, value: BigInt(Math.trunc(Number(input))) & 0xffffffffn }
  }
  // PHP's filter rejects IPv6 zone identifiers; node's isIPv6 accepts them.
  if (isIPv4(input))
    return { version: 4, value: bytesToBigint(ipaddr.IPv4.parse(input).toByteArray()) }
  if (isIPv6(input) && !input.includes('%')) {
    return { version: 6, value: bytesToBigint(ipaddr.IPv6.parse(input).toByteArray()) }
  }
  throw new IpToolsError(INVALID_FORMAT)
}

function hexBytes(hex: string): number[] {
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0) throw new IpToolsError(INVALID_FORMAT)
  return (hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16))
}

function fromBytes(bytes: number[]): ParsedIp {
  if (bytes.length === 4) return { version: 4, value: bytesToBigint(bytes) }
  if (bytes.length === 16) return { version: 6, value: bytesToBigint(bytes) }
  throw new IpToolsError(INVALID_FORMAT)
}

const maxPrefix = (version: 4 | 6): number => (version === 4 ? 32 : 128)
const allOnes = (version: 4 | 6): bigint => (1n << BigInt(maxPrefix(version))) - 1n

function prefixToMask(prefix: number, version: 4 | 6): bigint {
  if (!(prefix >= 0 && prefix <= maxPrefix(version)))
    throw new IpToolsError('Invalid prefix length')
  const hostBits = BigInt(maxPrefix(version) - prefix)
  return allOnes(version) ^ ((1n << hostBits) - 1n)
}

/** IPTools `Network::parse` + first/last IP. */
function parseNetwork(data: string): IpRange {
  const cidr = /^(.+?)\/(\d+)$/.exec(data)
  let ip: ParsedIp
  let mask: bigint
  if (cidr) {
    ip = parseIp(cidr[1] ?? '')
    mask = prefixToMask(parseInt(cidr[2] ?? '', 10), ip.version)
  } else if (data.indexOf(' ') > 0) {
    const space = data.indexOf(' ')
    ip = parseIp(data.slice(0, space))
    const netmask = parseIp(data.slice(space + 1))
    if (netmask.version !== ip.version)
      throw new IpToolsError('IP version is not same as Netmask version')
    const bits = netmask.value.toString(2).padStart(maxPrefix(ip.version), '0')
    if (!/^1*0*$/.test(bits)) throw new IpToolsError('Invalid Netmask address format')
    mask = netmask.value
  } else {
    ip = parseIp(data)
    mask = allOnes(ip.version)
  }
  const first = ip.value & mask
  return { version: ip.version, first, last: first | (allOnes(ip.version) ^ mask) }
}

function makeRange(first: ParsedIp, last: ParsedIp): IpRange {
  if (first.version !== last.version) throw new IpToolsError('IP version is not same as IP version')
  if (first.value > last.value) throw new IpToolsError('First IP is grater than second')
  return { version: first.version, first: first.value, last: last.value }
}

/** Mirrors IPTools' branch order, including PHP's `strpos(...)` being falsy at position 0. */
export function parseRange(data: string): IpRange {
  if (data.indexOf('/') > 0 || data.indexOf(' ') > 0) return parseNetwork(data)
  if (data.includes('*')) {
    return makeRange(parseIp(data.replaceAll('*', '0')), parseIp(data.replaceAll('*', '255')))
  }
  const dash = data.indexOf('-')
  if (dash > 0) return makeRange(parseIp(data.slice(0, dash)), parseIp(data.slice(dash + 1)))
  const ip = parseIp(data)
  return { version: ip.version, first: ip.value, last: ip.value }
}

export function rangeContains(range: IpRange, ip: string): boolean {
  let parsed: ParsedIp
  try {
    parsed = parseIp(ip)
  } catch {
    return false
  }
  return (
    parsed.version === range.version && parsed.value >= range.first && parsed.value <= range.last
  )
}
