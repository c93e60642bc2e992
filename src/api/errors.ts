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
  /** The panel's own words (its first error's `detail`); '' when it said nothing. */
  detail?: string
  fieldErrors?: Record<string, string[]>
  errors?: PanelError[]
  retryAfter?: number
  rateLimit?: RateLimitInfo
  cause?: unknown
}

/**
 * Every failed request becomes an ApiError: facts, not sentences. `status` 0 means the panel was
 * never reached (code `NetworkError` or `TimeoutError`); `detail` is what the panel said. The
 * words a person reads come from `errorText()` (src/i18n/error-text.ts), in the language of the
 * moment they are shown. `message` (detail, else code) is for logs and devtools only.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly code: string
  readonly detail: string
  /** Keyed by the panel's `meta.source_field`; `allowed_ips.2` is also collected under `allowed_ips`. */
  readonly fieldErrors: Record<string, string[]>
  readonly errors: PanelError[]
  /** Seconds to wait before trying again (from `Retry-After`, or a lockout message). */
  readonly retryAfter?: number
  readonly rateLimit?: RateLimitInfo

  constructor(init: ApiErrorInit) {
    super(init.detail || init.code, init.cause === undefined ? undefined : { cause: init.cause })
    this.status = init.status
    this.code = init.code
    this.detail = init.detail ?? ''
    this.fieldErrors = init.fieldErrors ?? {}
    this.errors = init.errors ?? []
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter
    if (init.rateLimit !== undefined) this.rateLimit = init.rateLimit
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
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

  return new ApiError({
    status,
    code,
    detail: first?.detail ?? '',
    errors,
    fieldErrors: collectFieldErrors(errors),
    ...(wait !== undefined && { retryAfter: wait }),
    ...(rateLimit && { rateLimit }),
  })
}
