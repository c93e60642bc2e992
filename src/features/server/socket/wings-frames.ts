// What Wings' console socket speaks (contract §1.3): its frames, the JWT it is opened with, and
// the socket URL the panel (or Talon's relay) hands out. Pure, so it is tested directly.

export interface WingsFrame {
  event: string
  args: string[]
}

/** `exp` (ms) of a JWT, read without verifying (only to decide whether to reuse it). */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const exp = (JSON.parse(json) as { exp?: unknown }).exp
    return typeof exp === 'number' ? exp * 1000 : undefined
  } catch {
    return undefined
  }
}

/**
 * The socket URL the panel (or Talon's relay) handed out, as a ws(s) URL: a path-absolute relay
 * URL is resolved against the page (http → ws, https → wss); `ws(s)://` is used unchanged.
 */
export function resolveSocketUrl(socket: string, base: string): string {
  if (/^wss?:\/\//i.test(socket)) return socket
  const url = new URL(socket, base)
  if (url.protocol === 'https:') url.protocol = 'wss:'
  else if (url.protocol === 'http:') url.protocol = 'ws:'
  return url.toString()
}

/** jwt errors that a fresh token fixes (contract §1.3, corrections). */
export function isStaleTokenError(message: string): boolean {
  return message.includes('exp claim is invalid') || message.includes('(denylist)')
}

/** A Wings message as a frame (args as strings); undefined when it is not one. */
export function parseFrame(data: unknown): WingsFrame | undefined {
  if (typeof data !== 'string') return undefined
  try {
    const value = JSON.parse(data) as { event?: unknown; args?: unknown }
    if (typeof value.event !== 'string') return undefined
    const args = Array.isArray(value.args)
      ? value.args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
      : []
    return { event: value.event, args }
  } catch {
    return undefined
  }
}

/** Synthetic frame sent to subscribers when a new socket is authenticated: clear and replay. */
export const SESSION_EVENT = 'talon:session'
