import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Signed relay URLs. Talon hands the browser `/_talon/wings/<kind>?u=…&e=…&s=…` instead of a
 * Wings URL: `u` is the original URL (base64url), `e` its expiry (unix seconds), `s` an
 * HMAC-SHA256 over the kind, the expiry and the URL, keyed with TALON_SECRET. The relay opens
 * only URLs whose signature verifies, so it can be aimed at nothing but what the panel itself
 * handed out. The kind is signed too: a socket URL cannot be replayed as a file download.
 */

export const RELAY_PREFIX = '/_talon/wings'

/** socket: the console websocket; download: GET file/backup download; upload: POST file upload. */
export type RelayKind = 'socket' | 'download' | 'upload'
const KINDS: readonly RelayKind[] = ['socket', 'download', 'upload']

/** How long a handed-out relay URL keeps working. */
export const RELAY_URL_TTL_MS = 30 * 60_000

export type VerifyResult =
  | { ok: true; kind: RelayKind; target: URL }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' }

export interface WingsUrlSigner {
  /** The path-absolute relay URL for `original` (a ws(s):// or http(s):// Wings URL). */
  sign(kind: RelayKind, original: string): string
  /** Checks a relay URL's path + query (as the browser sent it). */
  verify(pathAndQuery: string): VerifyResult
}

export function randomSecret(): Buffer {
  return randomBytes(32)
}

export function createSigner(
  secret: string | Buffer,
  now: () => number = Date.now,
  ttlMs = RELAY_URL_TTL_MS,
): WingsUrlSigner {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret
  const mac = (kind: string, expires: string, url: string): Buffer =>
    createHmac('sha256', key).update(`talon-wings-relay/v1\n${kind}\n${expires}\n${url}`).digest()

  return {
    sign(kind, original) {
      const expires = String(Math.floor((now() + ttlMs) / 1000))
      const params = new URLSearchParams({
        u: Buffer.from(original, 'utf8').toString('base64url'),
        e: expires,
        s: mac(kind, expires, original).toString('base64url'),
      })
      return `${RELAY_PREFIX}/${kind}?${params.toString()}`
    },
    verify(pathAndQuery) {
      let parsed: URL
      try {
        parsed = new URL(pathAndQuery, 'http://relay.invalid')
      } catch {
        return { ok: false, reason: 'malformed' }
      }
      const kind = parsed.pathname.slice(RELAY_PREFIX.length + 1) as RelayKind
      if (!parsed.pathname.startsWith(`${RELAY_PREFIX}/`) || !KINDS.includes(kind)) {
        return { ok: false, reason: 'malformed' }
      }
      const u = parsed.searchParams.get('u')
      const e = parsed.searchParams.get('e')
      const s = parsed.searchParams.get('s')
      if (!u || !e || !s || !/^\d{1,12}$/.test(e)) return { ok: false, reason: 'malformed' }
      const original = Buffer.from(u, 'base64url').toString('utf8')
      const given = Buffer.from(s, 'base64url')
      const expected = mac(kind, e, original)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: 'bad-signature' }
      }
      if (Number(e) * 1000 < now()) return { ok: false, reason: 'expired' }
      let target: URL
      try {
        target = new URL(original)
      } catch {
        return { ok: false, reason: 'malformed' }
      }
      const schemes = kind === 'socket' ? ['ws:', 'wss:'] : ['http:', 'https:']
      if (!schemes.includes(target.protocol)) return { ok: false, reason: 'malformed' }
      return { ok: true, kind, target }
    },
  }
}
