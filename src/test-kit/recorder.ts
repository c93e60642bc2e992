import { afterThisTest } from './cleanup'
import { server } from './msw'

/** One request the app sent to the (demo) panel. */
export interface RecordedRequest {
  method: string
  url: URL
  /** "METHOD /path?query" */
  line: string
  /** The JSON body once read (undefined for none or not JSON). */
  body?: unknown
  /** With `responses: true`, the answer once it arrived: status and JSON body. */
  response?: { status: number; body?: unknown }
}

export interface RequestMatch {
  /** One method or several (e.g. every write). */
  method?: string | readonly string[]
  /** A pathname suffix (`/account/email` matches `/api/client/account/email`) or a pattern. */
  path?: string | RegExp
  /**
   * Also read each answer's body (off by default: reading a copy of every answer holds its
   * stream open, which slows pages that cancel requests as they navigate).
   */
  responses?: boolean
}

function matches({ method, path }: RequestMatch, request: Request): boolean {
  if (typeof method === 'string' && request.method !== method) return false
  if (Array.isArray(method) && !method.includes(request.method)) return false
  if (path === undefined) return true
  const { pathname } = new URL(request.url)
  return typeof path === 'string' ? pathname.endsWith(path) : path.test(pathname)
}

async function readJson(message: Request | Response): Promise<unknown> {
  try {
    const text = await message.clone().text()
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

/**
 * Records every request the app sends from now on (optionally only those matching), with its
 * JSON body and answer. Stops by itself after the test.
 *
 * @example const puts = recordRequests({ method: 'PUT', path: '/account/email' })
 *          …; await waitFor(() => expect(puts.bodies).toEqual([{ email: … }]))
 */
export function recordRequests(match: RequestMatch = {}) {
  const requests: RecordedRequest[] = []
  const byId = new Map<string, RecordedRequest>()
  let inFlight = 0

  const onStart = ({ request, requestId }: { request: Request; requestId: string }) => {
    if (!matches(match, request)) return
    const url = new URL(request.url)
    const entry: RecordedRequest = {
      method: request.method,
      url,
      line: `${request.method} ${url.pathname}${url.search}`,
    }
    requests.push(entry)
    byId.set(requestId, entry)
    inFlight += 1
    void readJson(request).then((body) => {
      entry.body = body
    })
  }
  const onResponse = ({ response, requestId }: { response: Response; requestId: string }) => {
    const entry = byId.get(requestId)
    if (!entry) return
    void readJson(response).then((body) => {
      entry.response = { status: response.status, body }
    })
  }
  const onEnd = ({ requestId }: { requestId: string }) => {
    if (byId.has(requestId)) inFlight -= 1
  }
  server.events.on('request:start', onStart)
  server.events.on('request:end', onEnd)
  if (match.responses) server.events.on('response:mocked', onResponse)
  afterThisTest(() => {
    server.events.removeListener('request:start', onStart)
    server.events.removeListener('request:end', onEnd)
    server.events.removeListener('response:mocked', onResponse)
  })

  return {
    requests,
    get count() {
      return requests.length
    },
    /** Started and not yet answered. */
    get inFlight() {
      return inFlight
    },
    /** The JSON bodies, in order (read asynchronously: assert inside waitFor). */
    get bodies() {
      return requests.map((r) => r.body)
    },
    get lines() {
      return requests.map((r) => r.line)
    },
    get last(): RecordedRequest | undefined {
      return requests.at(-1)
    },
    /** How many went to exactly `METHOD path` (query ignored). */
    countOf(method: string, path: string) {
      return requests.filter((r) => r.method === method && r.url.pathname === path).length
    },
  }
}

export type RequestRecording = ReturnType<typeof recordRequests>
