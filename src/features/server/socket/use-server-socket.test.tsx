import { act, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ServerSocket } from './server-socket'
import type { WebSocketLike } from './server-socket'
import {
  closeAllServerSockets,
  setServerSocketFactory,
  useConnectionState,
  useServerSocket,
} from './use-server-socket'

// The hook's sharing rules: StrictMode's double effects and two components on one server use one
// socket and one token request; leaving closes it; a tab that wakes up resumes it.

class QuietSocket implements WebSocketLike {
  readyState = 0
  closed = false
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onclose: ((event: { code: number }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  send() {}
  close() {
    this.closed = true
  }
}

let fetches = 0
let sockets: QuietSocket[] = []
let managers: ServerSocket[] = []

beforeEach(() => {
  vi.useFakeTimers()
  fetches = 0
  sockets = []
  managers = []
  setServerSocketFactory(() => {
    const manager = new ServerSocket({
      fetchCredentials: () => {
        fetches++
        return Promise.resolve({ token: 'a.b.c', socket: 'wss://node.example/ws' })
      },
      createSocket: () => {
        const socket = new QuietSocket()
        sockets.push(socket)
        return socket
      },
    })
    managers.push(manager)
    return manager
  })
})
afterEach(() => {
  closeAllServerSockets()
  setServerSocketFactory(null)
  vi.useRealTimers()
})

function Probe({ id }: { id: string | null }) {
  const socket = useServerSocket(id)
  const state = useConnectionState(socket)
  return <p>{state.kind}</p>
}

describe('useServerSocket', () => {
  it('fetches one token under StrictMode and shares the socket between components', async () => {
    render(
      <StrictMode>
        <Probe id="abc" />
        <Probe id="abc" />
      </StrictMode>,
    )
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(fetches).toBe(1)
    expect(sockets).toHaveLength(1)
    expect(managers).toHaveLength(1)
  })

  it('opens nothing without a server id', async () => {
    render(<Probe id={null} />)
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(fetches).toBe(0)
  })

  it('closes the socket shortly after the last page leaves', async () => {
    const { unmount } = render(<Probe id="abc" />)
    await act(() => vi.advanceTimersByTimeAsync(0))
    unmount()
    expect(sockets[0]?.closed).toBe(false)
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    expect(sockets[0]?.closed).toBe(true)
    expect(managers[0]?.getState()).toEqual({ kind: 'idle' })
  })

  it('resumes when the tab becomes visible again', async () => {
    render(<Probe id="abc" />)
    await act(() => vi.advanceTimersByTimeAsync(0))
    const resume = vi.spyOn(managers[0] as ServerSocket, 'resume')
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'))
    })
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(resume).toHaveBeenCalledTimes(2)
  })
})
