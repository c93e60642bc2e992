import { messages } from '@/i18n/language'

/** One entry of the panel's error envelope (`{"errors":[…]}`), contract §5. `meta.trace` is dropped. */
export interface PanelError {
  code: string
  status: string
  detail: string
  meta?: { sourceField?: string; rule?: string }
}

export interface RateLimitInfo {
  limit: number
  remaining: number
  /** Unix seconds when the bucket refills (the panel sends it only on 429). */
  reset?: number
}

export interface ApiErrorInit {
  status: number
  code: string
  message: string
  fieldErrors?: Record<string, string[]>
  errors?: PanelError[]
  retryAfter?: number
  rateLimit?: RateLimitInfo
  cause?: unknown
}

/**
 * Every failed request becomes an ApiError. `status` 0 means the panel was never reached
 * (code `NetworkError` or `TimeoutError`). `message` is always fit to show a person.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly code: string
  /** Keyed by the panel's `meta.source_field`; `allowed_ips.2` is also collected under `allowed_ips`. */
  readonly fieldErrors: Record<string, string[]>
  readonly errors: PanelError[]
  /** Seconds to wait before trying again (from `Retry-After`, or a lockout message). */
  readonly retryAfter?: number
  readonly rateLimit?: RateLimitInfo

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.status = init.status
    this.code = init.code
    this.fieldErrors = init.fieldErrors ?? {}
    this.errors = init.errors ?? []
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter
    if (init.rateLimit !== undefined) this.rateLimit = init.rateLimit
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

// Talon's own messages come from the catalogue at the moment the error is created, so an error
// speaks the interface language of that moment.

/** The panel was never reached (network down, DNS, proxy gone). */
export function unreachableMessage(): string {
  return messages().common.errors.unreachable
}

/** The request ran out of time (ours, or the proxy's 504). */
export function timeoutMessage(): string {
  return messages().common.errors.timeout
}

/** Human fallback for a status when the body says nothing useful. */
export function fallbackMessage(status: number, retryAfter?: number): string {
  const { common } = messages()
  const text = common.errors
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
  return common.somethingWentWrong
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** Reads the panel's `errors[]` leniently: anything odd is skipped, never thrown. */
export function parsePanelErrors(body: unknown): PanelError[] {
  const list = asRecord(body)?.errors
  if (!Array.isArray(list)) return []
  const out: PanelError[] = []
  for (const raw of list) {
    const entry = asRecord(raw)
    if (!entry) continue
    const meta = asRecord(entry.meta)
    const sourceField = typeof meta?.source_field === 'string' ? meta.source_field : undefined
    const rule = typeof meta?.rule === 'string' ? meta.rule : undefined
    out.push({
      code: typeof entry.code === 'string' ? entry.code : 'UnknownError',
      status:
        typeof entry.status === 'string'
          ? entry.status
          : typeof entry.status === 'number'
            ? String(entry.status)
            : '',
      detail: typeof entry.detail === 'string' ? entry.detail : '',
      ...(sourceField !== undefined || rule !== undefined
        ? {
            meta: {
              ...(sourceField !== undefined && { sourceField }),
              ...(rule !== undefined && { rule }),
            },
          }
        : {}),
    })
  }
  return out
}

export function collectFieldErrors(errors: PanelError[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  const add = (key: string, detail: string) => {
    const bucket = (fields[key] ??= [])
    if (!bucket.includes(detail)) bucket.push(detail)
  }
  for (const e of errors) {
    const field = e.meta?.sourceField
    if (!field || !e.detail) continue
    add(field, e.detail)
    const base = field.split('.')[0]
    if (base && base !== field) add(base, e.detail)
  }
  return fields
}

const LOCKOUT_SECONDS = /try again in (\d+) seconds?/i

export interface ErrorResponseInfo {
  status: number
  body: unknown
  retryAfter?: number
  rateLimit?: RateLimitInfo
}

/** Builds the ApiError for a non-2xx response (body already parsed, or undefined when not JSON). */
export function apiErrorFromResponse({
  status,
  body,
  retryAfter,
  rateLimit,
}: ErrorResponseInfo): ApiError {
  const errors = parsePanelErrors(body)
  const first = errors[0]
  const code = first?.code ?? (status >= 500 ? 'ServerError' : `HttpError${status}`)
  let wait = retryAfter
  if (wait === undefined && first) {
    const m = LOCKOUT_SECONDS.exec(first.detail)
    if (m?.[1]) wait = Number(m[1])
  }

  let message: string
  if (status === 429 && code === 'ThrottleRequestsException') {
    message = fallbackMessage(429, wait) // panel says only "Too Many Attempts."
  } else if (status === 419 || (status >= 500 && code !== 'DaemonConnectionException')) {
    message = fallbackMessage(status, wait)
  } else {
    message = first?.detail || fallbackMessage(status, wait)
  }

  return new ApiError({
    status,
    code,
    message,
    errors,
    fieldErrors: collectFieldErrors(errors),
    ...(wait !== undefined && { retryAfter: wait }),
    ...(rateLimit && { rateLimit }),
  })
}
