import { createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'

import { sendUpstream } from './upstream'
import type { UpstreamRequest } from './upstream'

// A panel that answers the first request on a connection with keep-alive, then drops that
// connection when a second request arrives on it (as a keep-alive timeout racing the next
// request does): the second request meets a reset on a reused socket.
function droppingPanel() {
  const sockets = new Set<Socket>()
  let connections = 0
  const server = createServer((socket) => {
    sockets.add(socket)
    connections += 1
    let answered = 0
    socket.on('data', (data) => {
      if (!data.toString().includes('\r\n\r\n')) return
      if (answered > 0) {
        socket.destroy()
        return
      }
      answered += 1
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok')
    })
  })
  return {
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    connections: () => connections,
    close: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const request = (url: string, method: string): UpstreamRequest => ({
  url: new URL('/api/client/account', url),
  method,
  headers: {},
  body: undefined,
  deadlineAt: Date.now() + 5_000,
  timeoutMs: 5_000,
  signal: new AbortController().signal,
  onBrokenBody: () => undefined,
})

async function text(body: ReadableStream<Uint8Array> | null) {
  return body ? new Response(body).text() : ''
}

describe('sendUpstream on a connection the panel has just dropped', () => {
  let panel: ReturnType<typeof droppingPanel> | undefined
  afterEach(async () => {
    await panel?.close()
  })

  it('sends a read again on a fresh connection', async () => {
    panel = droppingPanel()
    const url = await panel.listen()
    const first = await sendUpstream(request(url, 'GET'))
    expect(await text(first.body)).toBe('ok')
    const second = await sendUpstream(request(url, 'GET'))
    expect(second.status).toBe(200)
    expect(await text(second.body)).toBe('ok')
    expect(panel.connections()).toBe(2)
  })

  it('never sends a write twice: the reset is reported', async () => {
    panel = droppingPanel()
    const url = await panel.listen()
    const first = await sendUpstream(request(url, 'GET'))
    expect(await text(first.body)).toBe('ok')
    await expect(sendUpstream(request(url, 'DELETE'))).rejects.toThrow()
    expect(panel.connections()).toBe(1)
  })
})
