import { GENERIC_ERROR } from './panel-errors'

// Fault injection for browser and unit tests (only with `faults: true`): make matching requests
// slow, fail with the statuses a real deployment produces, return broken JSON, or never answer.

export interface FaultRule {
  path: RegExp
  method?: string
  status?: number
  retryAfter?: number
  latencyMs?: number
  malformed?: boolean
  hang?: boolean
  /** Remaining uses; undefined = until cleared. */
  times?: number
}

/** The JSON body `POST /__demo/faults` accepts: a rule whose `path` is a regular expression's source. */
export type FaultRuleBody = Omit<FaultRule, 'path'> & { path: string }

export class FaultSet {
  private rules: FaultRule[] = []

  add(body: unknown): string | null {
    if (body === null || typeof body !== 'object') return 'body must be a JSON object'
    const raw = body as Record<string, unknown>
    if (typeof raw.path !== 'string') return '"path" (regex source) is required'
    let path: RegExp
    try {
      path = new RegExp(raw.path)
    } catch {
      return '"path" is not a valid regular expression'
    }
    const num = (v: unknown): number | undefined =>
      typeof v === 'number' && Number.isFinite(v) ? v : undefined
    this.rules.push({
      path,
      method: typeof raw.method === 'string' ? raw.method.toUpperCase() : undefined,
      status: num(raw.status),
      retryAfter: num(raw.retryAfter),
      latencyMs: num(raw.latencyMs),
      malformed: raw.malformed === true,
      hang: raw.hang === true,
      times: num(raw.times),
    })
    return null
  }

  clear(): void {
    this.rules = []
  }

  /** The first matching rule, consuming one of its uses. */
  take(method: string, pathname: string): FaultRule | null {
    const index = this.rules.findIndex(
      (r) => r.path.test(pathname) && (r.method === undefined || r.method === method),
    )
    const rule = this.rules[index]
    if (!rule) return null
    if (rule.times !== undefined) {
      rule.times -= 1
      if (rule.times <= 0) this.rules.splice(index, 1)
    }
    return rule
  }
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })

const jsonResponse = (
  status: number,
  body: string,
  headers: Record<string, string> = {},
): Response =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } })

/** Applies a rule; returns a response to send instead of the real one, or null to continue. */
export async function applyFault(
  rule: FaultRule,
  request: Request,
  now: number,
): Promise<Response | null> {
  if (rule.latencyMs) await sleep(rule.latencyMs, request.signal)
  if (rule.hang) {
    await new Promise<void>((resolve) => {
      if (request.signal.aborted) resolve()
      request.signal.addEventListener('abort', () => resolve())
    })
    return new Response(null, { status: 499 })
  }
  if (rule.malformed) return jsonResponse(200, '{"object":"list","data":[{"object":"serv')
  switch (rule.status) {
    case undefined:
      return null
    case 419:
      return jsonResponse(
        419,
        JSON.stringify({
          errors: [{ code: 'HttpException', status: '419', detail: 'CSRF token mismatch.' }],
        }),
      )
    case 429: {
      const retry = rule.retryAfter ?? 60
      return jsonResponse(
        429,
        JSON.stringify({
          errors: [
            { code: 'ThrottleRequestsException', status: '429', detail: 'Too Many Attempts.' },
          ],
        }),
        {
          'Retry-After': String(retry),
          'X-RateLimit-Limit': '720',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(Math.floor(now / 1000) + retry),
        },
      )
    }
    case 502:
    case 503:
    case 504: {
      // What the web server in front of PHP-FPM sends: an HTML page, not the panel's JSON.
      const title =
        rule.status === 502
          ? 'Bad Gateway'
          : rule.status === 503
            ? 'Service Temporarily Unavailable'
            : 'Gateway Time-out'
      return new Response(
        `<html>\r\n<head><title>${rule.status} ${title}</title></head>\r\n<body>\r\n<center><h1>${rule.status} ${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
        {
          status: rule.status,
          headers: { 'Content-Type': 'text/html' },
        },
      )
    }
    default:
      return jsonResponse(
        rule.status,
        JSON.stringify({
          errors: [{ code: 'HttpException', status: String(rule.status), detail: GENERIC_ERROR }],
        }),
      )
  }
}
