import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { clearFailures, FAILURE_MESSAGES, failRequests, refuseNext } from '@/test-kit/faults'
import { recordRequests } from '@/test-kit/recorder'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const NETWORK = '/server/1a7ce997/network'

const rows = () =>
  within(screen.getByRole('group', { name: 'Allocations' })).getAllByRole('listitem')

describe('network page', () => {
  it('lists the allocations with the primary one marked and the usage', async () => {
    await renderApp({ signedInAs: 'demo', route: NETWORK })
    await screen.findByRole('textbox', { name: 'Notes for 198.51.100.11:25575' })
    const [primary, second] = rows()
    expect(within(primary!).getByText('198.51.100.11:25575')).toBeVisible()
    expect(within(primary!).getByText('Primary')).toBeVisible()
    expect(within(primary!).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument()
    expect(within(second!).getByRole('textbox')).toHaveValue('Query port')
    expect(
      within(second!).getByRole('button', {
        name: 'Make 198.51.100.11:25576 the primary allocation',
      }),
    ).toBeVisible()
    expect(screen.getByText('2 of 3 allocations used')).toBeVisible()
  })

  it('saves a note on Enter, cancels with Escape', async () => {
    const posts = recordRequests({ method: 'POST', path: /\/network\/allocations\/\d+$/ })
    const { user } = await renderApp({ signedInAs: 'demo', route: NETWORK })
    const notes = await screen.findByRole('textbox', { name: 'Notes for 198.51.100.11:25575' })
    await user.type(notes, 'Main game port{Enter}')
    expect(await screen.findByRole('img', { name: 'Note saved' })).toBeVisible()
    await waitFor(() => expect(posts.bodies).toEqual([{ notes: 'Main game port' }]))
    await user.type(notes, ' (old)')
    await user.keyboard('{Escape}')
    expect(notes).toHaveValue('Main game port')
    await user.tab()
    expect(posts.count).toBe(1)
  })

  it("keeps the typed note and shows the panel's refusal under it", async () => {
    refuseNext('POST', '/api/client/servers/1a7ce997/network/allocations/:id', [
      { field: 'notes', rule: 'string', detail: 'The notes must be a string.' },
    ])
    const { user } = await renderApp({ signedInAs: 'demo', route: NETWORK })
    const notes = await screen.findByRole('textbox', { name: 'Notes for 198.51.100.11:25576' })
    await user.clear(notes)
    await user.type(notes, 'Dynmap{Enter}')
    expect(await screen.findByText('The notes must be a string.')).toBeVisible()
    expect(notes).toHaveValue('Dynmap')
    expect(notes).toHaveAttribute('aria-invalid', 'true')
  })

  it('makes another allocation primary', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: NETWORK })
    await user.click(
      await screen.findByRole('button', {
        name: 'Make 198.51.100.11:25576 the primary allocation',
      }),
    )
    expect(
      await screen.findByText('198.51.100.11:25576 is now the primary allocation.'),
    ).toBeInTheDocument()
    const [first, second] = rows()
    expect(within(second!).getByText('Primary')).toBeVisible()
    expect(within(first!).queryByText('Primary')).not.toBeInTheDocument()
    expect(within(first!).getByRole('button', { name: 'Remove 198.51.100.11:25575' })).toBeVisible()
    expect(screen.getByText(/Restart the server/)).toBeVisible()
  })

  it('removes an allocation after confirmation, then adds one from the range up to the limit', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: NETWORK })
    await user.click(await screen.findByRole('button', { name: 'Remove 198.51.100.11:25576' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove 198.51.100.11:25576?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }))
    await waitFor(() => expect(rows()).toHaveLength(1))
    expect(screen.getByText('1 of 3 allocations used')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Add allocation' }))
    // The freed one comes back first, then a port from the range.
    await waitFor(() => expect(rows()).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Add allocation' }))
    await waitFor(() => expect(rows()).toHaveLength(3))
    expect(screen.getByText('198.51.100.11:25570')).toBeVisible()
    expect(screen.getByText('3 of 3 allocations used')).toBeVisible()
    expect(screen.getByText('This server has all the allocations its plan allows.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Add allocation' })).not.toBeInTheDocument()
  })

  it('explains in plain words when the panel does not hand out ports', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: '/server/b3f2c8d1/network' })
    await user.click(await screen.findByRole('button', { name: 'Add allocation' }))
    expect(await screen.findByText('Your host assigns ports by hand')).toBeVisible()
    expect(screen.getByText(/Ask your host to add one for you/)).toBeVisible()
    expect(rows()).toHaveLength(1)
  })

  it('explains a failed load and retries', async () => {
    await failRequests('GET', '/api/client/servers/1a7ce997/network/allocations', '502')
    const { user } = await renderApp({ signedInAs: 'demo', route: NETWORK })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText("Couldn't load the allocations")).toBeVisible()
    expect(within(alert).getByText(FAILURE_MESSAGES['502'])).toBeVisible()
    await clearFailures()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('2 of 3 allocations used')).toBeVisible()
  })

  it('keeps the row when the panel refuses to remove it, and says why', async () => {
    await failRequests('DELETE', '/api/client/servers/1a7ce997/network/allocations/2', '500')
    const { user } = await renderApp({ signedInAs: 'demo', route: NETWORK })
    await user.click(await screen.findByRole('button', { name: 'Remove 198.51.100.11:25576' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove 198.51.100.11:25576?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }))
    expect(await within(dialog).findByText(FAILURE_MESSAGES['500'])).toBeVisible()
    expect(rows()).toHaveLength(2)
  })

  it('is closed to a subuser without allocation.read', async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/e6a19d08/network' })
    expect(await screen.findByText("You can't open this page")).toBeVisible()
  })
})
