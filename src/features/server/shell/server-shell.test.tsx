import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { renderApp } from '@/test-kit/render'

import { FakeWingsSocket, installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

// The shell against the demo panel: GET /servers/{id} with meta decides the tabs, the 409 states
// and the not-found page. Seeded servers: server/demo-panel/seed-servers.ts (DEMO_SERVER_IDENTIFIERS).

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const tabs = () =>
  within(screen.getByRole('navigation', { name: 'Server sections' }))
    .getAllByRole('link')
    .map((link) => link.textContent)

describe('server shell', () => {
  it('opens an owned server from its dashboard row, with every built tab', async () => {
    const { user, path } = await renderApp({ signedInAs: 'demo' })
    await user.click(await screen.findByRole('link', { name: 'Survival SMP' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Survival SMP' })).toBeVisible()
    expect(path()).toBe('/server/1a7ce997')
    expect(tabs()).toEqual([
      'Console',
      'Files',
      'Databases',
      'Schedules',
      'Users',
      'Backups',
      'Network',
      'Startup',
      'Settings',
      'Activity',
    ])
    expect(screen.getByText('198.51.100.11:25575')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Copy address' })).toBeVisible()
    // The status is what Wings reports over the socket.
    expect(await screen.findByText('Running')).toBeVisible()
  })

  it('names the server in the document title, and drops it on leaving', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: '/server/1a7ce997' })
    await screen.findByRole('heading', { level: 1, name: 'Survival SMP' })
    await waitFor(() => expect(document.title).toBe('Survival SMP · Console · Talon'))
    await user.click(screen.getByRole('link', { name: 'Settings' }))
    await waitFor(() => expect(document.title).toBe('Survival SMP · Server settings · Talon'))
    await user.click(screen.getByRole('link', { name: 'All servers' }))
    await waitFor(() => expect(document.title).toBe('Servers · Talon'))
  })

  it("gates tabs on the subuser's permissions (no settings.* or file.sftp → no Settings)", async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/e6a19d08' })
    expect(await screen.findByRole('heading', { level: 1, name: "Mira's Factorio" })).toBeVisible()
    expect(tabs()).toEqual(['Console', 'Activity'])
  })

  it('explains a hidden section reached by its URL', async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/e6a19d08/settings' })
    expect(await screen.findByText("You can't open this page")).toBeVisible()
  })

  it('shows a foreign or unknown server as not found, inside the app', async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/zz99zz99' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Server not found' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to your servers' })).toBeVisible()
    expect(screen.getByRole('navigation', { name: 'Primary' })).toBeVisible()
  })

  it.each([
    ['c41d7e2a', 'This server is being installed'],
    ['8f06b5e3', 'This server is suspended'],
    ['d2e8a914', 'The installation failed'],
  ])('explains the 409 state of %s instead of broken pages', async (id, title) => {
    await renderApp({ signedInAs: 'demo', route: `/server/${id}` })
    expect(await screen.findByRole('heading', { name: title })).toBeVisible()
    expect(screen.queryByRole('navigation', { name: 'Server sections' })).not.toBeInTheDocument()
    // No console for the owner: the panel refuses the socket in these states.
    expect(screen.queryByRole('textbox', { name: 'Command' })).not.toBeInTheDocument()
    expect(FakeWingsSocket.all).toHaveLength(0)
  })

  it('still gives a root admin the console of an installing server', async () => {
    await renderApp({ signedInAs: 'admin', route: '/server/c41d7e2a' })
    expect(
      await screen.findByRole('heading', { name: 'This server is being installed' }),
    ).toBeVisible()
    expect(
      screen.getByText('As a panel administrator you can still watch the console below.'),
    ).toBeVisible()
    expect(await screen.findByText('Connected')).toBeVisible()
  })

  it('gives a root admin no console on a suspended server (the panel refuses it)', async () => {
    await renderApp({ signedInAs: 'admin', route: '/server/8f06b5e3' })
    expect(await screen.findByRole('heading', { name: 'This server is suspended' })).toBeVisible()
    expect(screen.queryByText(/watch the console below/)).not.toBeInTheDocument()
    expect(FakeWingsSocket.all).toHaveLength(0)
  })
})
