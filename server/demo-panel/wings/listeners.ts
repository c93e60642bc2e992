import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'

import { WebSocketServer } from 'ws'

import type { FakeWings } from './daemon'
import { handleWingsHttp } from './http-routes'
import type { WingsSocketSession } from './socket-session'

// The fake Wings on the wire: one loopback HTTP listener per node, answering the server
// websocket at /api/servers/{uuid}/ws like Wings' router does (404 for a server the node does
// not run, the Origin check of its upgrader, then the socket protocol of socket-session.ts), and
// its plain-HTTP routes (signed downloads and uploads) through the table in http-routes.ts.

/** Wings reads frames with gorilla's default limit; a console line is far below this. */
const MAX_FRAME_BYTES = 1024 * 1024
const SOCKET_PATH = /^\/api\/servers\/([0-9a-f-]{36})\/ws$/

export interface WingsListeners {
  /** The node id → `http://127.0.0.1:<port>` of its listener. */
  urls: Map<number, string>
  close(): Promise<void>
}

function refuse(socket: Duplex, status: number, reason: string, body: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

/**
 * Starts a listener for every node and points the panel's node records at them, so the
 * websocket route hands out URLs that work. `panelOrigin` is Wings' `remote`: the only Origin
 * its upgrader accepts (no allowed_origins).
 */
export async function listenWings(
  wings: FakeWings,
  nodeIds: number[],
  panelOrigin: string,
  host = '127.0.0.1',
): Promise<WingsListeners> {
  const servers: HttpServer[] = []
  const urls = new Map<number, string>()
  const sockets = new Set<WingsSocketSession>()

  for (const nodeId of nodeIds) {
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES })
    // Plain HTTP goes through Wings' route table (http-routes.ts); upgrades are handled below.
    const http = createServer((req, res) => {
      void handleWingsHttp({ wings, nodeId, panelOrigin, req, res })
    })
    http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = new URL(req.url ?? '/', 'http://wings').pathname
      const match = SOCKET_PATH.exec(path)
      const server = match ? wings.findServer(match[1] ?? '') : undefined
      if (!server || server.nodeId !== nodeId) {
        refuse(
          socket,
          404,
          'Not Found',
          JSON.stringify({ error: 'The requested resource does not exist on this instance.' }),
        )
        return
      }
      if (req.headers.origin !== panelOrigin) {
        // The upgrader's CheckOrigin failing: 403 and no socket.
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
        return
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const session = wings.openSession(server, {
          send: (text) => ws.send(text),
          close: (code, reason) => ws.close(code, reason),
        })
        sockets.add(session)
        wings.sockets.open++
        ws.on('message', (data: Buffer, isBinary) => {
          if (!isBinary) session.receive(data.toString())
        })
        ws.on('close', (code: number, reason: Buffer) => {
          wings.sockets.open--
          wings.sockets.closed.push({ code, reason: reason.toString() })
          sockets.delete(session)
          session.dispose()
        })
        ws.on('error', () => ws.terminate())
      })
    })
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject)
      http.listen(0, host, () => resolve())
    })
    const { port } = http.address() as AddressInfo
    servers.push(http)
    urls.set(nodeId, `http://${host}:${port}`)
    wings.setAddress(nodeId, { scheme: 'http', fqdn: host, port })
  }

  return {
    urls,
    async close() {
      for (const session of sockets) session.close(1001, 'wings shutting down')
      await Promise.all(
        servers.map(
          (http) =>
            new Promise<void>((resolve) => {
              http.closeAllConnections()
              http.close(() => resolve())
            }),
        ),
      )
    },
  }
}
