import ipaddr from 'ipaddr.js'
import type { TrustProxy } from './config'

/**
 * Who is asking, as far as Talon can tell: the peer address, whether that peer is a proxy we
 * trust, and the scheme + host the browser used (Talon's "own origin", which the CSRF guard
 * compares Origin/Referer with).
 */
export interface ClientView {
  /** Socket peer, IPv4-mapped IPv6 unwrapped; undefined when not served over a socket (tests). */
  peer: string | undefined
  trusted: boolean
  proto: 'http' | 'https'
  /** host[:port] as the browser sent it. */
  host: string
  /** `${proto}://${host}`, normalised by URL (lower-case, default port dropped). */
  origin: string
  /**
   * The client's address as far as trust reaches: the peer, or — behind trusted proxies — the
   * right-most X-Forwarded-For entry that is not itself a trusted proxy. Sent upstream as the
   * whole X-Forwarded-For, so a panel that trusts only Talon sees the user, not the front proxy.
   */
  ip: string | undefined
}

export function normaliseIp(address: string | undefined): string | undefined {
  if (!address) return undefined
  try {
    return ipaddr.process(address).toString()
  } catch {
    return undefined
  }
}

export function isTrustedPeer(trust: TrustProxy, peer: string | undefined): boolean {
  if (trust === true) return true
  if (trust === false || peer === undefined) return false
  let addr: ipaddr.IPv4 | ipaddr.IPv6
  try {
    // process() unwraps IPv4-mapped IPv6 (::ffff:10.0.0.1), so v4 ranges match dual-stack sockets.
    addr = ipaddr.process(peer)
  } catch {
    return false
  }
  return trust.some((entry) => {
    if (entry === 'loopback') return addr.range() === 'loopback'
    if (!entry.includes('/')) return normaliseIp(entry) === addr.toString()
    const [range, bits] = ipaddr.parseCIDR(entry)
    return range.kind() === addr.kind() && addr.match(range, bits)
  })
}

// host[:port] or [v6]:port, nothing else (no userinfo, no path, no spaces).
const VALID_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

export function isValidHost(host: string): boolean {
  return host.length <= 255 && VALID_HOST.test(host)
}

/** First value of a comma-separated header: what the client-facing proxy saw. */
function firstValue(header: string | undefined): string | undefined {
  const first = header?.split(',')[0]?.trim()
  return first || undefined
}

export function describeClient(options: {
  trust: TrustProxy
  peerAddress: string | undefined
  headers: Headers
  /** Scheme of the connection Talon accepted. */
  socketProto: 'http' | 'https'
  /** Host of the request URL, used when the Host header is absent (HTTP/1.0). */
  urlHost: string
}): ClientView | { error: string } {
  const { headers } = options
  const peer = normaliseIp(options.peerAddress)
  const trusted = isTrustedPeer(options.trust, peer)

  let proto = options.socketProto
  let host = headers.get('host') ?? options.urlHost
  if (trusted) {
    // Only a trusted proxy may tell us the browser used https or another host name; from anyone
    // else these headers are spoofable and would let a page defeat the Origin check.
    const fProto = firstValue(headers.get('x-forwarded-proto') ?? undefined)?.toLowerCase()
    if (fProto === 'http' || fProto === 'https') proto = fProto
    host = firstValue(headers.get('x-forwarded-host') ?? undefined) ?? host
  }
  if (!isValidHost(host)) return { error: 'The Host header is not valid.' }
  const origin = new URL(`${proto}://${host}`).origin

  const ip = trusted ? clientBehindProxies(options.trust, peer, headers) : peer
  return { peer, trusted, proto, host, origin, ip }
}

/**
 * Walks X-Forwarded-For from the right (the entry our trusted peer added) past every address that
 * is itself a trusted proxy. With TRUST_PROXY=1 only the peer is trusted, so the right-most entry
 * is the client; entries further left are the client's own claims and never believed. An entry
 * that is not an IP address stops the walk at the last address we could vouch for.
 */
function clientBehindProxies(
  trust: TrustProxy,
  peer: string | undefined,
  headers: Headers,
): string | undefined {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  let client = peer
  for (let i = chain.length - 1; i >= 0; i--) {
    const entry = normaliseIp(chain[i])
    if (entry === undefined) break
    client = entry
    if (trust === true || !isTrustedPeer(trust, entry)) break
  }
  return client
}

/** Origin of an Origin/Referer header value, or undefined when it is not a usable URL. */
export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined
  } catch {
    return undefined
  }
}
