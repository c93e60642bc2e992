import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { panelFetch, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { FakeWingsSocket, installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

// The console page with a scripted Wings (the token still comes from the demo panel).

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const RUNNING = '/server/1a7ce997'

async function openConsole(route = RUNNING) {
  const app = await renderApp({ signedInAs: 'demo', route })
  await screen.findByText('Connected')
  return app
}

const logLines = () =>
  Array.from(
    screen.getByRole('list', { name: 'Server console output' }).querySelectorAll('li'),
    (li) => li.textContent,
  )

describe('console page', () => {
  it('authenticates, then shows the replayed log and live output', async () => {
    await openConsole()
    const socket = FakeWingsSocket.last()
    expect(socket.sent.map((f) => f.event)).toEqual(['auth', 'send logs', 'send stats'])
    await waitFor(() => expect(logLines()).toContain('[INFO] Steve joined the game'))
    act(() => socket.emit('console output', '[INFO] Alex joined the game'))
    expect(logLines().at(-1)).toBe('[INFO] Alex joined the game')
  })

  it('re-auths on "token expiring" with one new token and no duplicate lines', async () => {
    await openConsole()
    const socket = FakeWingsSocket.last()
    await waitFor(() => expect(logLines()).toContain('[INFO] Server ready'))
    const before = logLines()
    act(() => socket.emit('token expiring'))
    await waitFor(() => expect(socket.sentEvents('auth')).toHaveLength(2))
    expect(socket.sentEvents('auth')[1]?.args?.[0]).not.toBe(
      socket.sentEvents('auth')[0]?.args?.[0],
    )
    expect(socket.sentEvents('send logs')).toHaveLength(1)
    expect(logLines()).toEqual(before)
  })

  it('clears and replays the log after a reconnect', async () => {
    await openConsole()
    const first = FakeWingsSocket.last()
    await waitFor(() => expect(logLines()).toHaveLength(3)) // 2 lines + "marked as Running"
    act(() => {
      first.readyState = 3
      first.onclose?.({ code: 1006 })
    })
    expect(await screen.findByText(/Connection lost/)).toBeVisible()
    await userClick('Reconnect')
    await waitFor(() => expect(FakeWingsSocket.all).toHaveLength(2))
    await screen.findByText('Connected')
    await waitFor(() => expect(logLines()).toContain('[INFO] Server ready'))
    expect(logLines().filter((l) => l === '[INFO] Server ready')).toHaveLength(1)
  })

  it('copies the whole log as plain text', async () => {
    const { user } = await openConsole()
    await waitFor(() => expect(logLines()).toContain('[INFO] Steve joined the game'))
    act(() => FakeWingsSocket.last().emit('console output', '\u001b[31m[WARN] red\u001b[0m'))
    await user.click(screen.getByRole('button', { name: 'Copy the whole console log' }))
    const copied = await navigator.clipboard.readText()
    expect(copied.split('\n')).toEqual([
      '[INFO] Server ready',
      '[INFO] Steve joined the game',
      'container@wings~ Server marked as Running.',
      '[WARN] red',
    ])
  })

  it('sends a command, keeps it in the history and recalls it with Up', async () => {
    const { user } = await openConsole()
    const input = screen.getByRole('textbox', { name: 'Command' })
    await user.type(input, 'say hello{Enter}')
    const socket = FakeWingsSocket.last()
    expect(socket.sentEvents('send command')).toEqual([
      { event: 'send command', args: ['say hello'] },
    ])
    expect(input).toHaveValue('')
    await user.type(input, '{ArrowUp}')
    expect(input).toHaveValue('say hello')
    expect(JSON.parse(localStorage.getItem('talon:console-history:1a7ce997') ?? '[]')).toEqual([
      'say hello',
    ])
  })

  it('says why a command cannot go out while the server is offline, and keeps the text', async () => {
    FakeWingsSocket.power = 'offline'
    const { user } = await openConsole()
    const input = screen.getByRole('textbox', { name: 'Command' })
    await user.type(input, 'list{Enter}')
    expect(await screen.findByText(/The server is offline/)).toBeVisible()
    expect(input).toHaveValue('list')
    expect(FakeWingsSocket.last().sentEvents('send command')).toHaveLength(0)
  })

  it('offers Start only when offline and never sends a power signal twice', async () => {
    FakeWingsSocket.power = 'offline'
    const { user } = await openConsole()
    const start = screen.getByRole('button', { name: 'Start' })
    expect(start).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled()
    await user.dblClick(start)
    const socket = FakeWingsSocket.last()
    expect(socket.sentEvents('set state')).toEqual([{ event: 'set state', args: ['start'] }])
    // The button follows what Wings reports, not what was asked for.
    act(() => socket.emit('status', 'starting'))
    expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled()
    act(() => socket.emit('status', 'running'))
    expect(screen.getAllByText('Running').length).toBeGreaterThan(0)
    expect(screen.getByRole('button', { name: 'Stop' })).toBeEnabled()
  })

  it('turns Stop into Kill while stopping, behind a confirmation', async () => {
    const { user } = await openConsole()
    const socket = FakeWingsSocket.last()
    act(() => socket.emit('status', 'stopping'))
    await user.click(screen.getByRole('button', { name: 'Kill' }))
    expect(socket.sentEvents('set state')).toHaveLength(0)
    const dialog = await screen.findByRole('dialog', { name: 'Kill the server process?' })
    await user.click(within(dialog).getByRole('button', { name: 'Kill' }))
    expect(socket.sentEvents('set state')).toEqual([{ event: 'set state', args: ['kill'] }])
  })

  it('asks before a restart', async () => {
    const { user } = await openConsole()
    await user.click(screen.getByRole('button', { name: 'Restart' }))
    expect(await screen.findByRole('dialog', { name: 'Restart the server?' })).toBeVisible()
    expect(FakeWingsSocket.last().sentEvents('set state')).toHaveLength(0)
  })

  it('shows live stats against the limits', async () => {
    await openConsole()
    act(() =>
      FakeWingsSocket.last().emit(
        'stats',
        JSON.stringify({
          memory_bytes: 1024 * 1024 * 1024,
          memory_limit_bytes: 4 * 1024 ** 3,
          cpu_absolute: 50,
          disk_bytes: 0,
          network: { rx_bytes: 0, tx_bytes: 0 },
          uptime: 3_723_000,
          state: 'running',
        }),
      ),
    )
    expect(screen.getByText('1h 2m')).toBeVisible()
    expect(screen.getByText('1 hour 2 minutes')).toBeInTheDocument()
  })

  it('shows no command line to a subuser without control.console', async () => {
    // The seeded subuser may type commands; this one may only watch (a real panel configuration).
    server.use(
      http.get('*/api/client/servers/e6a19d08', async ({ request }) => {
        const answer = (await (await panelFetch(request)).json()) as {
          meta: { user_permissions: string[] }
        }
        answer.meta.user_permissions = answer.meta.user_permissions.filter(
          (p) => p !== 'control.console',
        )
        return HttpResponse.json(answer)
      }),
    )
    await openConsole('/server/e6a19d08')
    expect(screen.queryByRole('textbox', { name: 'Command' })).not.toBeInTheDocument()
    expect(screen.getByText(/watch the console but not type commands/)).toBeVisible()
    // Stop and Start stay (control.start/stop), Restart does not (no control.restart).
    expect(screen.getByRole('button', { name: 'Stop' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Restart' })).not.toBeInTheDocument()
  })

  it('tells a user without admin.websocket.install that the install log is admin-only', async () => {
    await openConsole()
    act(() => FakeWingsSocket.last().emit('install started'))
    expect(
      await screen.findByText(/install output is shown only to panel administrators/),
    ).toBeVisible()
  })
})

async function userClick(name: string) {
  const button = await screen.findByRole('button', { name })
  act(() => button.click())
}
