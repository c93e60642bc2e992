import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { downloadFile, uploadFiles } from '../files/wings-http'
import type { FakeWings } from './daemon'

// The fake Wings' plain-HTTP routes, one table for every node's listener (listeners.ts). Wings'
// gin router puts AttachRequestID and SetAccessControlHeaders in front of every route (an
// X-Request-Id per request; CORS for the panel's origin; OPTIONS answered 204), then matches
// method + path. Areas add their signed-URL endpoints here with one line each.

export interface WingsHttpContext {
  wings: FakeWings
  /** The node whose listener took the request. */
  nodeId: number
  /** Wings' `remote`: the panel URL, the origin CORS and the socket upgrader accept. */
  panelOrigin: string
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** The X-Request-Id already set on the response (Wings echoes it in error bodies). */
  requestId: string
}

export type WingsHttpHandler = (ctx: WingsHttpContext) => void | Promise<void>

export interface WingsHttpRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** An exact path, or a pattern for paths with parameters. */
  path: string | RegExp
  handler: WingsHttpHandler
}

/** gin's `c.JSON(status, body)`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  res.end(text)
}

/** Wings' answer for anything its router does not know (gin's NoRoute handler). */
const notFound = (res: ServerResponse): void =>
  sendJson(res, 404, { error: 'The requested resource does not exist on this instance.' })

const SOCKET_PATH = /^\/api\/servers\/([0-9a-f-]{36})\/ws$/

/** gorilla/websocket's answer to a plain GET on the upgrade route of a server this node runs. */
const socketWithoutUpgrade: WingsHttpHandler = ({ wings, nodeId, url, res }) => {
  const server = wings.findServer(SOCKET_PATH.exec(url.pathname)?.[1] ?? '')
  if (!server || server.nodeId !== nodeId) return notFound(res)
  res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end('Bad Request\n')
}

/**
 * Every node's routes. Other areas register theirs with one line, e.g.
 * `{ method: 'GET', path: '/download/backup', handler: downloadBackup },`.
 */
export const WINGS_HTTP_ROUTES: WingsHttpRoute[] = [
  { method: 'GET', path: SOCKET_PATH, handler: socketWithoutUpgrade },
  { method: 'GET', path: '/download/file', handler: downloadFile },
  { method: 'POST', path: '/upload/file', handler: uploadFiles },
]

const matches = (route: WingsHttpRoute, path: string): boolean =>
  typeof route.path === 'string' ? route.path === path : route.path.test(path)

/** The middleware chain and the route match; an unexpected throw is Wings' generic 500. */
export async function handleWingsHttp(
  base: Omit<WingsHttpContext, 'url' | 'requestId'>,
  routes: WingsHttpRoute[] = WINGS_HTTP_ROUTES,
): Promise<void> {
  const { req, res, panelOrigin } = base
  const url = new URL(req.url ?? '/', 'http://wings')
  const requestId = randomUUID()
  res.setHeader('X-Request-Id', requestId)
  res.setHeader('Access-Control-Allow-Origin', panelOrigin)
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS')
  res.setHeader(
    'Access-Control-Allow-Headers',
    'Accept, Accept-Encoding, Authorization, Cache-Control, Content-Type, Content-Length, Origin, X-Real-IP, X-CSRF-Token',
  )
  res.setHeader('Access-Control-Max-Age', '7200')
  if (req.method === 'OPTIONS') {
    res.writeHead(204)
    res.end()
    return
  }
  // gin answers only the methods a route was registered for (no HEAD for GET): 404 otherwise.
  const route = routes.find((r) => r.method === req.method && matches(r, url.pathname))
  if (!route) {
    req.resume()
    notFound(res)
    return
  }
  try {
    await route.handler({ ...base, url, requestId })
  } catch (error) {
    console.error('[fake-wings] unexpected error', error)
    if (!res.headersSent) {
      sendJson(res, 500, {
        error: 'An unexpected error was encountered while processing this request',
        request_id: requestId,
      })
    } else {
      res.destroy()
    }
  }
}
