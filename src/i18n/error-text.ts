import { isApiError } from '@/api/errors'

import type { Messages } from './catalogue'
import { messages } from './language'

// An ApiError carries facts (status, code, the panel's detail); these turn them into the words a
// person reads, in the language of the moment they are shown.

/** Talon's sentence for a status when the panel's words don't help. */
export function statusText(status: number, retryAfter?: number, t: Messages = messages()): string {
  const text = t.common.errors
  if (status === 0) return text.unreachable
  if (status === 401) return text.sessionEnded
  if (status === 403) return text.forbidden
  if (status === 404) return text.notFound
  if (status === 408) return text.timeout
  // The client already fetched a fresh token and retried once; another try usually works.
  if (status === 419) return text.tokenExpired
  if (status === 429) return text.tooManyAttempts(retryAfter)
  // 504: Talon reached the panel but it did not answer in time — slow, not down.
  if (status === 504) return text.timeout
  if (status === 502 || status === 503) return text.panelUnavailable
  if (status >= 500) return text.panelFailed
  return t.common.somethingWentWrong
}

/**
 * What to tell a person about a failure: the panel's own detail where it speaks to them (a wrong
 * password, a validation rule, a daemon error), Talon's sentence where it doesn't (throttling,
 * expired tokens, crashes, proxies' HTML pages), and a generic sentence for anything else thrown.
 */
export function errorText(error: unknown, t: Messages = messages()): string {
  if (!isApiError(error)) return t.common.somethingWentWrong
  const { status, code, detail, retryAfter } = error
  if (code === 'TimeoutError') return t.common.errors.timeout
  if (code === 'UnreadableResponse') return t.common.errors.unreadableResponse
  if (code === 'InvalidResponse') return t.common.errors.unexpectedResponse
  // The panel says only "Too Many Attempts."; Talon says how long to wait.
  if (status === 429 && code === 'ThrottleRequestsException') return statusText(429, retryAfter, t)
  if (status === 419 || (status >= 500 && code !== 'DaemonConnectionException')) {
    return statusText(status, retryAfter, t)
  }
  return detail || statusText(status, retryAfter, t)
}

/** How a failure reads as a whole: for titles and for who acts on it. */
export type ErrorKind = 'session-ended' | 'unreachable' | 'failed' | 'other'

export function errorKind(error: unknown): ErrorKind {
  if (!isApiError(error)) return 'other'
  if (error.status === 401) return 'session-ended'
  if (error.status === 0 || error.status >= 500) return 'unreachable'
  return 'failed'
}
