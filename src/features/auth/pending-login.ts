// The 2FA confirmation token lives in memory only: never storage, URL or router state (which
// browsers persist in session history). A reload means signing in again, as with the panel.

export interface PendingLogin {
  confirmationToken: string
  /** The panel forgets the pending login after 5 minutes. */
  expiresAt: number
}

let pending: PendingLogin | undefined

export function setPendingLogin(confirmationToken: string, now = Date.now()) {
  pending = { confirmationToken, expiresAt: now + 5 * 60_000 }
}

export function getPendingLogin(now = Date.now()): PendingLogin | undefined {
  if (pending && pending.expiresAt <= now) pending = undefined
  return pending
}

export function clearPendingLogin() {
  pending = undefined
}
