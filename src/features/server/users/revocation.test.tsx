import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { panelFetch, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { FakeWingsSocket, installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

// A subuser's open console when the owner changes their permissions: the panel revokes their
// token at Wings, the socket reports `jwt error … (denylist)`, Talon re-reads the permissions
// and re-auths with a fresh token; what was taken away leaves the page.

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const SHARED = '/server/e6a19d08'

describe('revocation reaches an open console', () => {
  it('a denylisted token re-reads the permissions: the command line goes, the console stays', async () => {
    await renderApp({ signedInAs: 'demo', route: SHARED })
    await screen.findByText('Connected')
    expect(await screen.findByRole('textbox', { name: 'Command' })).toBeVisible()

    // From now on the panel no longer grants demo control.console on this server.
    let revoked = false
    server.use(
      http.get('*/api/client/servers/e6a19d08', async ({ request }) => {
        const body = (await (await panelFetch(request)).json()) as {
          meta: { user_permissions: string[] }
        }
        if (revoked) {
          body.meta.user_permissions = body.meta.user_permissions.filter(
            (p) => p !== 'control.console',
          )
        }
        return HttpResponse.json(body)
      }),
    )
    revoked = true
    const socket = FakeWingsSocket.last()
    const authsBefore = socket.sentEvents('auth').length
    act(() => socket.emit('jwt error', 'Error Event [x]: jwt: created too far in past (denylist)'))

    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Command' })).not.toBeInTheDocument(),
    )
    // One fresh token, sent as auth on the same socket; still connected.
    await waitFor(() => expect(socket.sentEvents('auth')).toHaveLength(authsBefore + 1))
    expect(screen.getByText('Connected')).toBeVisible()
    expect(FakeWingsSocket.all.at(-1)).toBe(socket)
  })
})
