import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { randomString } from './random'
import type { Session, Store } from './store'
import { cookieDate } from './time'

// Laravel's `web` session machinery as seen from the wire: server-side session records, an
// encrypted (here: HMAC-sealed, base64 JSON) session cookie, and the XSRF-TOKEN cookie whose value
// is the *encrypted* CSRF token. Like Laravel's, the cookie values are base64 with `=` padding,
// written URL-encoded (`%3D`), so a client that echoes the raw cookie without URL-decoding fails.

export const SESSION_LIFETIME_MS = 720 * 60_000
export const REMEMBER_COOKIE = 'remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d'
const REMEMBER_LIFETIME_MS = 5 * 365 * 86_400_000

/** Sanctum's default stateful domains (config/sanctum.php), before the app's own host. */
const STATEFUL_DOMAINS = ['localhost', 'localhost:3000', '127.0.0.1', '127.0.0.1:8000', '::1']

export function sessionCookieName(appName: string): string {
  // Str::slug(APP_NAME, '_') . '_session'
  const slug = appName
    .toLowerCase()
    .replace(/[^a-z0-9\s_-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '_')
  return `${slug}_session`
}

export class CookieSealer {
  private readonly key = randomBytes(32)

  seal(name: string, value: string): string {
    const iv = randomBytes(16).toString('base64')
    // Laravel prefixes the plaintext with an HMAC of the cookie name (CookieValuePrefix).
    const payload = Buffer.from(`${this.mac(name, 'prefix').slice(0, 40)}|${value}`).toString(
      'base64',
    )
    const mac = this.mac(iv, payload)
    let text = JSON.stringify({ iv, value: payload, mac, tag: '' })
    // Always end in `=` padding (written `%3D`), so clients must URL-decode the cookie.
    while (text.length % 3 === 0) text += ' '
    return Buffer.from(text).toString('base64')
  }

  /** Returns the plaintext, or null for anything tampered with or not produced by seal(). */
  open(name: string, sealed: string): string | null {
    try {
      const parsed = JSON.parse(Buffer.from(sealed, 'base64').toString('utf8')) as Record<
        string,
        unknown
      >
      const { iv, value, mac } = parsed
      if (typeof iv !== 'string' || typeof value !== 'string' || typeof mac !== 'string')
        return null
      const expected = Buffer.from(this.mac(iv, value))
      const given = Buffer.from(mac)
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
      const plain = Buffer.from(value, 'base64').toString('utf8')
      const prefix = `${this.mac(name, 'prefix').slice(0, 40)}|`
      return plain.startsWith(prefix) ? plain.slice(prefix.length) : null
    } catch {
      return null
    }
  }

  private mac(a: string, b: string): string {
    return createHmac('sha256', this.key).update(a).update(b).digest('hex')
  }
}

export function parseCookies(header: string | null): Map<string, string> {
  const jar = new Map<string, string>()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const name = part.slice(0, eq).trim()
    if (!jar.has(name)) jar.set(name, part.slice(eq + 1).trim())
  }
  return jar
}

const safeDecode = (value: string): string => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Symfony's Set-Cookie serialisation (value rawurlencoded, lower-case attributes). */
export function serializeCookie(
  name: string,
  value: string,
  opts: { maxAgeMs: number; now: number; httpOnly: boolean },
): string {
  const maxAge = Math.round(opts.maxAgeMs / 1000)
  const parts = [
    `${name}=${value === '' ? 'deleted' : encodeURIComponent(value)}`,
    `expires=${cookieDate(value === '' ? opts.now - 31_536_001_000 : opts.now + opts.maxAgeMs)}`,
    `Max-Age=${value === '' ? 0 : maxAge}`,
    'path=/',
  ]
  if (opts.httpOnly) parts.push('httponly')
  parts.push('samesite=lax')
  return parts.join('; ')
}

/** Sanctum's EnsureFrontendRequestsAreStateful::fromFrontend plus the panel's cookie rule. */
export function isStatefulRequest(request: Request, url: URL, sessionCookie: string): boolean {
  if (parseCookies(request.headers.get('cookie')).has(sessionCookie)) return true
  const source = request.headers.get('referer') || request.headers.get('origin')
  if (!source) return false
  let domain = source.replace('https://', '').replace('http://', '')
  if (!domain.endsWith('/')) domain += '/'
  return [...STATEFUL_DOMAINS, url.host].some((pattern) => domain.startsWith(`${pattern}/`))
}

export interface SessionManager {
  /** Resolves the session a request carries, or starts a fresh one (StartSession). */
  start(request: Request, now: number): { session: Session; isNew: boolean }
  regenerate(session: Session, now: number): Session
  invalidate(session: Session, now: number): Session
  /** Cookies StartSession + VerifyCsrfToken queue on the response. */
  cookies(session: Session, now: number, withXsrf: boolean): string[]
  /** The CSRF token a request presents, if any, decrypted like VerifyCsrfToken::getTokenFromRequest. */
  presentedToken(request: Request, input: Record<string, unknown>): string | null
  rememberCookie(userId: number, token: string, passwordHash: string, now: number): string
  forgetRememberCookie(now: number): string
  readRemember(request: Request): { userId: number; token: string; passwordHash: string } | null
}

export function createSessionManager(store: Store, cookieName: string): SessionManager {
  const sealer = new CookieSealer()
  const newSession = (now: number): Session => {
    const session: Session = {
      id: randomString(40),
      token: randomString(40),
      userId: null,
      passwordHash: null,
      pendingLogin: null,
      lastActivity: now,
    }
    store.sessions.set(session.id, session)
    return session
  }
  return {
    start(request, now) {
      const raw = parseCookies(request.headers.get('cookie')).get(cookieName)
      const id = raw === undefined ? null : sealer.open(cookieName, safeDecode(raw))
      const existing = id === null ? undefined : store.sessions.get(id)
      if (existing && now - existing.lastActivity <= SESSION_LIFETIME_MS) {
        existing.lastActivity = now
        return { session: existing, isNew: false }
      }
      if (existing) store.sessions.delete(existing.id)
      return { session: newSession(now), isNew: true }
    },
    regenerate(session, now) {
      // Store::regenerate(): new id (old one destroyed) and a new CSRF token, data kept.
      store.sessions.delete(session.id)
      const next: Session = {
        ...session,
        id: randomString(40),
        token: randomString(40),
        lastActivity: now,
      }
      store.sessions.set(next.id, next)
      return next
    },
    invalidate(session, now) {
      store.sessions.delete(session.id)
      return newSession(now)
    },
    cookies(session, now, withXsrf) {
      const out = [
        serializeCookie(cookieName, sealer.seal(cookieName, session.id), {
          maxAgeMs: SESSION_LIFETIME_MS,
          now,
          httpOnly: true,
        }),
      ]
      if (withXsrf) {
        out.unshift(
          serializeCookie('XSRF-TOKEN', sealer.seal('XSRF-TOKEN', session.token), {
            maxAgeMs: SESSION_LIFETIME_MS,
            now,
            httpOnly: false,
          }),
        )
      }
      return out
    },
    presentedToken(request, input) {
      const field = input._token
      if (typeof field === 'string' && field !== '') return field
      const header = request.headers.get('x-csrf-token')
      if (header) return header
      const xsrf = request.headers.get('x-xsrf-token')
      return xsrf ? sealer.open('XSRF-TOKEN', xsrf) : null
    },
    rememberCookie(userId, token, passwordHash, now) {
      return serializeCookie(
        REMEMBER_COOKIE,
        sealer.seal(REMEMBER_COOKIE, `${userId}|${token}|${passwordHash}`),
        {
          maxAgeMs: REMEMBER_LIFETIME_MS,
          now,
          httpOnly: true,
        },
      )
    },
    forgetRememberCookie(now) {
      return serializeCookie(REMEMBER_COOKIE, '', { maxAgeMs: 0, now, httpOnly: true })
    },
    readRemember(request) {
      const raw = parseCookies(request.headers.get('cookie')).get(REMEMBER_COOKIE)
      if (raw === undefined) return null
      const plain = sealer.open(REMEMBER_COOKIE, safeDecode(raw))
      const [id, token, ...hash] = (plain ?? '').split('|')
      if (!id || !token || hash.length === 0) return null
      return { userId: Number(id), token, passwordHash: hash.join('|') }
    },
  }
}

export function tokensMatch(expected: string, given: string | null): boolean {
  if (given === null) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}
