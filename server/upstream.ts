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

// No socket limit here: a pool limit queues requests invisibly, and hung requests at the front of
// that queue starved everyone behind them (issue 20). Admission is decided before a request gets
// here (upstream-gate.ts), and the listener's connection cap bounds how many can be in flight.
const agents = {
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true }),
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
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError'
}
export class BodyTimeoutError extends Error {
  override name = 'BodyTimeoutError'
}

export interface UpstreamBody {
  /** The browser's request body, streamed to the panel as it arrives (never buffered whole). */
  stream: Readable
  /** Content-Length as declared, or undefined for a chunked body. */
  length: number | undefined
  /** Counted as the bytes stream: going past it fails the request with BodyTooLargeError. */
  maxBytes: number
  /** Longest silence allowed between body chunks before BodyTimeoutError. */
  idleMs: number
}

export interface UpstreamRequest {
  url: URL
  method: string
  headers: Record<string, string>
  body: UpstreamBody | undefined
  /**
   * When the response head must have arrived (epoch ms). It counts from the moment the browser's
   * request arrived, so time spent waiting for admission is not granted again here.
   */
  deadlineAt: number
  /** Longest silence allowed while streaming the panel's answer. */
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
  // A kept-alive connection the panel has just closed (its keep-alive timeout, or a server that
  // drops a connection after answering early) resets the next request sent on it. Node's advice:
  // send it again on a fresh connection. Only reads without a body: nothing is ever sent twice.
  const retryOnStale = !req.body && (req.method === 'GET' || req.method === 'HEAD')
  return attempt(req, retryOnStale)
}

function attempt(req: UpstreamRequest, retryOnStale: boolean): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    if (req.signal.aborted) {
      reject(new ClientAbortedError('The client went away.'))
      return
    }
    const isHttps = req.url.protocol === 'https:'
    const headers: Record<string, string> = { ...req.headers }
    const body = req.body
    if (body?.length !== undefined) headers['content-length'] = String(body.length)
    else if (body) headers['transfer-encoding'] = 'chunked'
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
      () => fail(new UpstreamTimeoutError('No answer from the panel before the deadline.')),
      Math.max(0, req.deadlineAt - Date.now()),
    )
    const onAbort = () => {
      fail(new ClientAbortedError('The client went away.'))
      outgoing.destroy()
    }
    req.signal.addEventListener('abort', onAbort, { once: true })
    let bodyTimer: NodeJS.Timeout | undefined
    const cleanup = () => {
      clearTimeout(headTimer)
      clearTimeout(bodyTimer)
      req.signal.removeEventListener('abort', onAbort)
      body?.stream.pause()
    }

    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      const stale = outgoing.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')
      if (stale && retryOnStale && !settled) {
        settled = true
        cleanup()
        outgoing.destroy()
        resolve(attempt(req, false))
        return
      }
      fail(new UpstreamUnreachableError(error.message))
    })
    outgoing.on('response', (incoming) => {
      if (settled) {
        incoming.destroy()
        return
      }
      settled = true
      clearTimeout(headTimer)
      clearTimeout(bodyTimer)
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
    if (!body) {
      outgoing.end()
      return
    }
    // Stream the body with the size cap enforced as it flows (issue 20: buffering 1 MiB per slow
    // upload held 200 MB), pausing the browser when the panel's socket is full.
    const { stream, maxBytes, idleMs } = body
    let received = 0
    const onBodyIdle = () =>
      fail(new BodyTimeoutError(`The request body stalled for ${idleMs} ms.`))
    bodyTimer = setTimeout(onBodyIdle, idleMs)
    stream.on('data', (chunk: Buffer) => {
      if (settled) return
      received += chunk.byteLength
      if (received > maxBytes) {
        fail(new BodyTooLargeError(`The request body is larger than ${maxBytes} bytes.`))
        return
      }
      clearTimeout(bodyTimer)
      bodyTimer = setTimeout(onBodyIdle, idleMs)
      if (!outgoing.write(chunk)) {
        stream.pause()
        outgoing.once('drain', () => {
          if (!settled) stream.resume()
        })
      }
    })
    stream.once('end', () => {
      clearTimeout(bodyTimer)
      if (!outgoing.destroyed) outgoing.end()
    })
    stream.once('error', () => fail(new ClientAbortedError('The client went away mid-body.')))
    stream.once('close', () => {
      if (!stream.readableEnded) fail(new ClientAbortedError('The client went away mid-body.'))
    })
    stream.resume()
  })
}
