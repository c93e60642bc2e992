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
  /** X-Forwarded-For to send upstream. */
  forwardedFor: string | undefined
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

  // Without trust the incoming chain is a client claim: replace it with what we saw. With trust,
  // keep the chain and append our peer (the proxy), as every hop in front of the panel should.
  const incoming = headers.get('x-forwarded-for')?.trim()
  const forwardedFor = trusted && incoming ? (peer ? `${incoming}, ${peer}` : incoming) : peer

  return { peer, trusted, proto, host, origin, forwardedFor }
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
