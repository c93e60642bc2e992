import type { RelayKind, WingsUrlSigner } from './signing'

/**
 * Which panel answers carry Wings URLs, and where: the websocket credentials (`data.socket`),
 * and the signed file/backup URLs (`attributes.url`). The forwarder asks `wingsAnswerRewrite()`
 * for every request; only these routes get a rewriter, and only their 2xx JSON answers are
 * touched.
 */
const ROUTES: Array<{ method: string; pattern: RegExp; kind: RelayKind; field: string[] }> = [
  {
    method: 'GET',
    pattern: /^\/api\/client\/servers\/[^/]+\/websocket\/?$/,
    kind: 'socket',
    field: ['data', 'socket'],
  },
  {
    method: 'GET',
    pattern: /^\/api\/client\/servers\/[^/]+\/files\/download\/?$/,
    kind: 'download',
    field: ['attributes', 'url'],
  },
  {
    method: 'GET',
    pattern: /^\/api\/client\/servers\/[^/]+\/backups\/[^/]+\/download\/?$/,
    kind: 'download',
    field: ['attributes', 'url'],
  },
  {
    method: 'GET',
    pattern: /^\/api\/client\/servers\/[^/]+\/files\/upload\/?$/,
    kind: 'upload',
    field: ['attributes', 'url'],
  },
]

/** Rewrites one answer body (JSON text) to relay URLs; returns null to pass it on untouched. */
export type AnswerRewriter = (
  status: number,
  contentType: string | null,
  body: string,
) => string | null

export interface WingsRewriteOptions {
  signer: WingsUrlSigner
  /** WINGS_DIRECT=1: hand the browser the original URLs. */
  direct: boolean
}

/**
 * Only Wings' own endpoints are relayed. A backup download may instead be an S3 presigned URL,
 * which the browser opens itself (no origin problem for a navigation, and no reason to stream a
 * backup through Talon).
 */
const WINGS_PATHS: Record<RelayKind, RegExp> = {
  socket: /^\/api\/servers\/[0-9a-f-]+\/ws$/,
  download: /^\/download\/(?:file|backup)$/,
  upload: /^\/upload\/file$/,
}

export function wingsAnswerRewrite(
  options: WingsRewriteOptions,
  method: string,
  path: string,
): AnswerRewriter | null {
  if (options.direct) return null
  const route = ROUTES.find((r) => r.method === method && r.pattern.test(path))
  if (!route) return null
  return (status, contentType, body) => {
    if (status < 200 || status > 299 || !/\bjson\b/i.test(contentType ?? '')) return null
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return null
    }
    const [outer = '', inner = ''] = route.field
    const holder = (parsed as Record<string, unknown> | null)?.[outer]
    if (typeof holder !== 'object' || holder === null) return null
    const original = (holder as Record<string, unknown>)[inner]
    if (typeof original !== 'string') return null
    let url: URL
    try {
      url = new URL(original)
    } catch {
      return null
    }
    const schemes = route.kind === 'socket' ? ['ws:', 'wss:'] : ['http:', 'https:']
    if (!schemes.includes(url.protocol) || !WINGS_PATHS[route.kind].test(url.pathname)) return null
    ;(holder as Record<string, unknown>)[inner] = options.signer.sign(route.kind, original)
    return JSON.stringify(parsed)
  }
}

/** Answers bigger than this are passed on untouched (these answers are a few hundred bytes). */
const MAX_REWRITTEN_BYTES = 64 * 1024

/**
 * Applies a rewriter to a forwarded answer. The forwarder asked the panel for an uncompressed
 * body on these routes, so the JSON can be read as text.
 */
export async function applyAnswerRewrite(
  response: Response,
  rewrite: AnswerRewriter,
): Promise<Response> {
  const type = response.headers.get('content-type')
  const encoding = response.headers.get('content-encoding')
  if (
    response.status < 200 ||
    response.status > 299 ||
    !/\bjson\b/i.test(type ?? '') ||
    (encoding !== null && encoding !== 'identity') ||
    Number(response.headers.get('content-length') ?? 0) > MAX_REWRITTEN_BYTES
  ) {
    return response
  }
  const text = await response.text()
  const rewritten = rewrite(response.status, type, text) ?? text
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.delete('etag')
  // A signed relay URL is a credential for 30 minutes: keep it out of every cache.
  headers.set('cache-control', 'no-store')
  return new Response(rewritten, { status: response.status, headers })
}
