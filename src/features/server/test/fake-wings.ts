import { getWebsocketCredentials } from '@/api/server'

import { ServerSocket } from '../socket/server-socket'
import type { WebSocketLike } from '../socket/server-socket'
import { closeAllServerSockets, setServerSocketFactory } from '../socket/use-server-socket'

// A scripted Wings for component tests: the token still comes from the demo panel (through MSW),
// the socket is this double. It answers `auth`, `send logs` and `send stats` like Wings, records
// what the page sends, and lets a test push frames.

export class FakeWingsSocket implements WebSocketLike {
  static all: FakeWingsSocket[] = []
  readyState = 0
  sent: { event: string; args?: string[] }[] = []
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onclose: ((event: { code: number }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  readonly url: string
  /** What `status` Wings reports on the first auth. */
  static power = 'running'
  static log = ['[INFO] Server ready', '[INFO] Steve joined the game']

  constructor(url: string) {
    this.url = url
    FakeWingsSocket.all.push(this)
    queueMicrotask(() => {
      this.readyState = 1
      this.onopen?.({})
    })
  }

  emit(event: string, ...args: string[]) {
    this.onmessage?.({ data: JSON.stringify(args.length > 0 ? { event, args } : { event }) })
  }

  send(data: string) {
    const frame = JSON.parse(data) as { event: string; args?: string[] }
    this.sent.push(frame)
    if (frame.event === 'auth') {
      const first = !this.sent.slice(0, -1).some((f) => f.event === 'auth')
      this.emit('auth success')
      if (first) this.emit('status', FakeWingsSocket.power)
    } else if (frame.event === 'send logs' && FakeWingsSocket.power === 'running') {
      for (const line of FakeWingsSocket.log) this.emit('console output', line)
    }
  }

  close() {
    this.readyState = 3
  }

  sentEvents(name: string) {
    return this.sent.filter((f) => f.event === name)
  }

  static last(): FakeWingsSocket {
    const socket = FakeWingsSocket.all.at(-1)
    if (!socket) throw new Error('no socket opened yet')
    return socket
  }
}

/** Routes every server socket to FakeWingsSocket; call `uninstallFakeWings` after each test. */
export function installFakeWings() {
  FakeWingsSocket.all = []
  FakeWingsSocket.power = 'running'
  setServerSocketFactory(
    (serverId) =>
      new ServerSocket({
        fetchCredentials: (signal) => getWebsocketCredentials(serverId, signal),
        createSocket: (url) => new FakeWingsSocket(url),
      }),
  )
}

export function uninstallFakeWings() {
  closeAllServerSockets()
  setServerSocketFactory(null)
}
