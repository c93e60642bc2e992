// Route builders: components never spell URLs by hand.

export type LoginReason = 'expired' | 'signed-out' | 'checkpoint-expired' | 'password-reset'

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value)
  const qs = search.toString()
  return qs ? `${path}?${qs}` : path
}

export const paths = {
  home: () => '/',
  login: (opts: { redirect?: string; reason?: LoginReason } = {}) =>
    withQuery('/login', { redirect: opts.redirect, reason: opts.reason }),
  loginCheckpoint: (opts: { redirect?: string } = {}) =>
    withQuery('/login/checkpoint', { redirect: opts.redirect }),
  /** The panel's own paths, so its reset email's link lands on Talon's page. */
  forgotPassword: () => '/auth/password',
  resetPassword: (token: string, email?: string) =>
    withQuery(`/auth/password/reset/${encodeURIComponent(token)}`, { email }),
  account: () => '/account',
  security: () => '/account/security',
  apiKeys: () => '/account/api',
  sshKeys: () => '/account/ssh',
  activity: (query: Record<string, string | undefined> = {}) =>
    withQuery('/account/activity', query),
  server: (id: string) => `/server/${encodeURIComponent(id)}`,
  serverSettings: (id: string) => `/server/${encodeURIComponent(id)}/settings`,
  serverActivity: (id: string, query: Record<string, string | undefined> = {}) =>
    withQuery(`/server/${encodeURIComponent(id)}/activity`, query),
} as const

/**
 * Only same-origin relative paths starting with a single `/` are followed after sign-in
 * (no open redirect); anything else, or a path back into /login, gives the fallback.
 */
export function safeRedirect(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback
  try {
    const base = 'http://talon.invalid'
    const url = new URL(value, base)
    if (url.origin !== base) return fallback
    if (url.pathname === '/login' || url.pathname.startsWith('/login/')) return fallback
    const target = url.pathname + url.search + url.hash
    // Check what will actually be navigated to: dot segments fold away in URL parsing, so
    // `/.//evil.example/x` becomes `//evil.example/x`, a protocol-relative URL to another host
    // (the router refuses it and the user was stuck on /login).
    if (target.startsWith('//') || target.startsWith('/\\')) return fallback
    return target
  } catch {
    return fallback
  }
}
