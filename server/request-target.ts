/**
 * Request-target checks and the forwarding allow-list.
 *
 * Everything here works on the RAW request target (what the client put on the request line), not
 * on a parsed URL: WHATWG URL parsing already resolves `..` and `%2e%2e`, so a check on the parsed
 * path would happily approve `/api/client/%2e%2e/%2e%2e/admin` after it had been folded into
 * `/admin`. We refuse such targets outright instead of normalising them, because the panel
 * (Laravel/Symfony, possibly behind nginx) decodes paths again and may disagree with us about what
 * they mean.
 */

export type TargetCheck =
  { ok: true; path: string; query: string } | { ok: false; status: 400; detail: string }

const refuse = (detail: string): TargetCheck => ({ ok: false, status: 400, detail })

// Percent-escapes that change a path's structure once decoded (`.` `/` `\`), smuggle a second
// round of decoding (`%25…` ⇒ double encoding) or control characters (NUL, CR, LF, DEL …).
const DANGEROUS_ESCAPE = /%(?:2e|2f|5c|25|[01][0-9a-f]|7f)/i
const MALFORMED_ESCAPE = /%(?![0-9a-f]{2})/i
// Characters that have no business in a raw path: controls, space, backslash, quote/angle
// brackets, `#` (a fragment must never be sent) and anything non-ASCII (must be percent-encoded).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0020\u007f-\uffff\\"<>#`{}|^]/

export function checkRequestTarget(raw: string): TargetCheck {
  // Origin-form only. `http://evil/…` (absolute-form), `*`, authority-form and `//host/…`
  // (which `new URL(target, base)` would read as another host) are all refused.
  if (!raw.startsWith('/') || raw.startsWith('//')) {
    return refuse('The request target must be a path.')
  }
  const q = raw.indexOf('?')
  const path = q === -1 ? raw : raw.slice(0, q)
  const query = q === -1 ? '' : raw.slice(q)
  if (FORBIDDEN_CHAR.test(path)) return refuse('The request path contains forbidden characters.')
  if (MALFORMED_ESCAPE.test(path) || DANGEROUS_ESCAPE.test(path)) {
    return refuse('The request path contains a forbidden escape sequence.')
  }
  // `//` inside the path is refused too: some servers collapse it, others don't.
  for (const segment of path.split('/').slice(1, -1)) {
    if (segment === '' || segment === '.' || segment === '..') {
      return refuse('The request path contains empty, "." or ".." segments.')
    }
  }
  const last = path.slice(path.lastIndexOf('/') + 1)
  if (last === '.' || last === '..') {
    return refuse('The request path contains empty, "." or ".." segments.')
  }
  // The query is passed on as-is (the panel parses it), but it must not carry a fragment or
  // control characters either.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f#]/.test(query))
    return refuse('The query string contains forbidden characters.')
  return { ok: true, path, query }
}

/**
 * The panel routes Talon forwards (contract §1.2, §1.3 and the client API). Matching is exact and
 * case-sensitive on the raw path; nothing else reaches the panel, so e.g. the application API
 * (`/api/application/*`, admin keys) and the panel's own admin pages stay unreachable through Talon.
 */
const AUTH_POSTS = new Set([
  '/auth/login',
  '/auth/login/checkpoint',
  '/auth/logout',
  '/auth/password',
  '/auth/password/reset',
])

export type RouteMatch =
  { kind: 'forward' } | { kind: 'wrong-method'; allow: string } | { kind: 'none' }

export function matchPanelRoute(method: string, path: string): RouteMatch {
  if (path === '/api/client' || path.startsWith('/api/client/')) return { kind: 'forward' }
  if (path === '/sanctum/csrf-cookie') {
    return method === 'GET' || method === 'HEAD'
      ? { kind: 'forward' }
      : { kind: 'wrong-method', allow: 'GET, HEAD' }
  }
  if (AUTH_POSTS.has(path)) {
    return method === 'POST' ? { kind: 'forward' } : { kind: 'wrong-method', allow: 'POST' }
  }
  return { kind: 'none' }
}

/** Paths that are API-ish: never answered with the SPA's HTML, even for browsers. */
export function isApiNamespace(path: string): boolean {
  return (
    path === '/api' ||
    path.startsWith('/api/') ||
    path === '/sanctum' ||
    path.startsWith('/sanctum/')
  )
}
