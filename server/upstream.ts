import http from 'node:http'
import https from 'node:https'
import { Readable } from 'node:stream'

/**
 * One request to the panel over node:http(s).
 *
 * Why not fetch(): undici's fetch transparently decompresses bodies while leaving
 * Content-Encoding/Length in place, adds its own headers (sec-fetch-mode, accept-language: *),
 * and hides the raw header list we need to strip hop-by-hop headers. node:http gives us the exact
 * bytes and headers to pass through, and a keep-alive pool to the panel.
 */

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
}

export class UpstreamTimeoutError extends Error {
  override name = 'UpstreamTimeoutError'
}
export class UpstreamUnreachableError extends Error {
  override name = 'UpstreamUnreachableError'
}
export class ClientAbortedError extends Error {
  override name = 'ClientAbortedError'
}

export interface UpstreamRequest {
  url: URL
  method: string
  headers: Record<string, string>
  body: Uint8Array | undefined
  /** Deadline for the response head, and the longest silence allowed while streaming the body. */
  timeoutMs: number
  /** Aborted when the browser goes away: the panel request is torn down with it. */
  signal: AbortSignal
  /**
   * Called when the panel's body breaks off after the head was passed on (reset, idle cut). The
   * caller must then cut the browser's connection too: the status is already out, and only a
   * broken connection tells the browser the body is incomplete.
   */
  onBrokenBody(): void
}

export interface UpstreamResponse {
  status: number
  /** Raw header pairs as received (names as sent, repeated headers kept separate). */
  rawHeaders: string[]
  body: ReadableStream<Uint8Array> | null
}

export function sendUpstream(req: UpstreamRequest): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    if (req.signal.aborted) {
      reject(new ClientAbortedError('The client went away.'))
      return
    }
    const isHttps = req.url.protocol === 'https:'
    const headers: Record<string, string> = { ...req.headers }
    if (req.body) headers['content-length'] = String(req.body.byteLength)
    const outgoing = (isHttps ? https : http).request(req.url, {
      method: req.method,
      headers,
      agent: isHttps ? agents.https : agents.http,
      // Always build the host from the configured panel URL; never from client input.
      setHost: true,
    })

    let settled = false
    const fail = (error: Error) => {
      if (settled) return
      settled = true
      cleanup()
      outgoing.destroy()
      reject(error)
    }
    const headTimer = setTimeout(
      () => fail(new UpstreamTimeoutError(`No answer from the panel within ${req.timeoutMs} ms.`)),
      req.timeoutMs,
    )
    const onAbort = () => {
      fail(new ClientAbortedError('The client went away.'))
      outgoing.destroy()
    }
    req.signal.addEventListener('abort', onAbort, { once: true })
    const cleanup = () => {
      clearTimeout(headTimer)
      req.signal.removeEventListener('abort', onAbort)
    }

    outgoing.on('error', (error) => fail(new UpstreamUnreachableError(error.message)))
    outgoing.on('response', (incoming) => {
      if (settled) {
        incoming.destroy()
        return
      }
      settled = true
      clearTimeout(headTimer)
      // From here on the body streams. Keep tearing the panel request down if the browser leaves
      // (onAbort stays registered) and cut the stream if the panel goes silent for too long.
      let idle = setTimeout(onIdle, req.timeoutMs)
      function onIdle() {
        incoming.destroy(new UpstreamTimeoutError('The panel stopped sending its answer.'))
      }
      incoming.on('data', () => {
        clearTimeout(idle)
        idle = setTimeout(onIdle, req.timeoutMs)
      })
      // Errors after this point (panel reset mid-body, idle cut) surface through the body
      // stream; this listener only keeps an unobserved one from crashing the process.
      incoming.on('error', () => undefined)
      incoming.on('close', () => {
        clearTimeout(idle)
        req.signal.removeEventListener('abort', onAbort)
        if (!incoming.complete && !req.signal.aborted) req.onBrokenBody()
      })
      const status = incoming.statusCode ?? 502
      const bodyless = req.method === 'HEAD' || status === 204 || status === 304 || status < 200
      if (bodyless) incoming.resume()
      resolve({
        status,
        rawHeaders: incoming.rawHeaders,
        body: bodyless ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>),
      })
    })
    outgoing.end(req.body)
  })
}
