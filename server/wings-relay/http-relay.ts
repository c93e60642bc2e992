import http from 'node:http'
import https from 'node:https'
import { Readable, Transform } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { Context } from 'hono'

import { panelError } from '../talon-errors'
import type { TalonEnv } from '../talon-env'
import type { WingsUrlSigner } from './signing'

/**
 * The plain-HTTP side of the relay: signed Wings file/backup downloads (GET) and file uploads
 * (POST, multipart), streamed both ways — an upload is never held in memory whole, and a body
 * past the cap is cut off. The signed URL (with Wings' own single-use token inside) is never
 * logged.
 */

export interface HttpRelayLimits {
  /** Largest upload body passed on (Wings' own per-file limit applies after this). */
  maxUploadBytes: number
  /** Deadline for Wings' response head, and the longest silence while streaming. */
  timeoutMs: number
}

export const DEFAULT_HTTP_LIMITS: HttpRelayLimits = {
  // The panel caps a node's upload_size at 1024 MB; a little room for the multipart framing.
  maxUploadBytes: 1025 * 1024 * 1024,
  timeoutMs: 60_000,
}

const REQUEST_HEADERS = ['accept', 'content-type', 'content-length', 'range', 'if-range']
const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-range',
  'accept-ranges',
  'last-modified',
  'etag',
]

export interface HttpRelayDeps {
  signer: WingsUrlSigner
  panelOrigin: string
  limits?: Partial<HttpRelayLimits>
}

export async function relayHttp(c: Context<TalonEnv>, deps: HttpRelayDeps): Promise<Response> {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...deps.limits }
  const method = c.req.method
  const verified = deps.signer.verify(`${c.get('path')}${c.get('query')}`)
  if (!verified.ok) {
    return verified.reason === 'expired'
      ? panelError(410, 'HttpException', 'This link has expired; ask for a new one.')
      : panelError(403, 'AccessDeniedHttpException', 'This link is not valid.')
  }
  if (verified.kind === 'socket') {
    return panelError(426, 'HttpException', 'This address only accepts websocket connections.', {
      Upgrade: 'websocket',
    })
  }
  const expected = verified.kind === 'upload' ? ['POST'] : ['GET', 'HEAD']
  if (!expected.includes(method)) {
    return panelError(
      405,
      'MethodNotAllowedHttpException',
      `The ${method} method is not supported for this route.`,
      { Allow: expected.join(', ') },
    )
  }
  if (verified.kind === 'upload') {
    // An upload is a script's request: only Talon's own pages may send it.
    const origin = c.req.header('origin')
    if (origin !== c.get('client').origin) {
      return panelError(
        403,
        'AccessDeniedHttpException',
        'This request came from another website and was refused.',
      )
    }
    const declared = Number(c.req.header('content-length') ?? 0)
    if (declared > limits.maxUploadBytes) return tooLarge()
  }

  const headers: Record<string, string> = { origin: deps.panelOrigin }
  for (const name of REQUEST_HEADERS) {
    const value = c.req.header(name)
    if (value !== undefined) headers[name] = value
  }
  const target = verified.target
  if (verified.kind === 'upload') {
    // Wings takes the upload's folder from `directory`, which the page appends to the URL it
    // was handed (unsigned in Wings' own URL too; Wings keeps it inside the server's volume).
    const directory = new URLSearchParams(c.get('query')).get('directory')
    if (directory !== null) target.searchParams.set('directory', directory)
  }
  const transport = target.protocol === 'https:' ? https : http

  let overLimit = false
  return await new Promise<Response>((resolve) => {
    const upstream = transport.request(target, { method, headers, timeout: limits.timeoutMs })
    const fail = (status: number, detail: string): void =>
      resolve(
        status === 413
          ? tooLarge()
          : panelError(
              status,
              status === 504 ? 'GatewayTimeoutException' : 'BadGatewayException',
              detail,
            ),
      )
    upstream.on('timeout', () => upstream.destroy(new Error('timed out')))
    upstream.on('error', (error) => {
      if (overLimit) fail(413, '')
      else if (/timed out/.test(error.message)) fail(504, 'The node took too long to answer.')
      else fail(502, 'The node could not be reached.')
    })
    upstream.on('response', (res) => {
      const out = new Headers({ 'cache-control': 'no-store' })
      for (const name of RESPONSE_HEADERS) {
        const value = res.headers[name]
        if (typeof value === 'string') out.set(name, value)
      }
      res.on('error', () => c.env?.outgoing?.destroy())
      const body =
        method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304
          ? null
          : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>)
      if (!body) res.resume()
      resolve(new Response(body, { status: res.statusCode ?? 502, headers: out }))
    })
    // The browser went away: tear the Wings request down with it.
    c.req.raw.signal.addEventListener('abort', () => upstream.destroy(), { once: true })

    const source = method === 'POST' ? c.req.raw.body : null
    if (!source) {
      upstream.end()
      return
    }
    let total = 0
    const cap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        total += chunk.length
        if (total > limits.maxUploadBytes) {
          overLimit = true
          done(new Error('upload too large'))
          return
        }
        done(null, chunk)
      },
    })
    const body = Readable.fromWeb(source as NodeReadableStream<Uint8Array>)
    body.on('error', () => upstream.destroy())
    cap.on('error', () => upstream.destroy(new Error('upload too large')))
    body.pipe(cap).pipe(upstream)
  })
}

function tooLarge(): Response {
  return panelError(413, 'PostTooLargeException', 'The upload is too large.')
}
