import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { panelFetch, server } from '@/test-kit/msw'
import { recordRequests } from '@/test-kit/recorder'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

// jsdom lays nothing out: give the list's scroll box a height so the virtualiser renders a
// window of rows (about 30), as a 900 px tall browser would.
beforeEach(() => {
  installFakeWings()
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(900)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200)
})
afterEach(() => {
  uninstallFakeWings()
  vi.restoreAllMocks()
})

const FILES = '/server/1a7ce997/files'
const rowNames = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('row')
    .slice(1)
    // The name cell's first line (the second is size and date on narrow screens).
    .map(
      (row) => within(row).getAllByRole('gridcell')[1]?.querySelector('a, span')?.textContent ?? '',
    )

/** The panel's real answer for the server view, with other permissions (a subuser's). */
function withPermissions(permissions: string[]) {
  server.use(
    http.get('*/api/client/servers/:id', async ({ request }) => {
      const real = await panelFetch(request)
      const body = (await real.json()) as { meta: Record<string, unknown> }
      body.meta = { ...body.meta, is_server_owner: false, user_permissions: permissions }
      return HttpResponse.json(body)
    }),
  )
}

describe('files page', () => {
  it('lists the root with folders first, and opens a folder through the URL hash', async () => {
    const { user, router } = await renderApp({ signedInAs: 'demo', route: FILES })
    const grid = await screen.findByRole('grid', { name: 'Contents of /' })
    const names = rowNames()
    expect(names.indexOf('logs')).toBeLessThan(names.indexOf('eula.txt'))
    expect(within(grid).getByRole('link', { name: 'server.properties' })).toHaveAttribute(
      'href',
      '/server/1a7ce997/files/edit#/server.properties',
    )
    await user.click(within(grid).getByRole('link', { name: 'plugins' }))
    expect(await screen.findByRole('grid', { name: 'Contents of /plugins' })).toBeVisible()
    expect(router.state.location.hash).toBe('#/plugins')
    const crumbs = screen.getByRole('navigation', { name: 'Folder path' })
    expect(within(crumbs).getByText('plugins')).toHaveAttribute('aria-current', 'page')
    // Back goes to the root again.
    await router.navigate(-1)
    expect(await screen.findByRole('grid', { name: 'Contents of /' })).toBeVisible()
  })

  it('lists all 10,000 entries of the big folder and filters them', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: `${FILES}#/world/playerdata` })
    expect(await screen.findByText('10,000 items')).toBeVisible()
    const grid = screen.getByRole('grid')
    expect(grid).toHaveAttribute('aria-rowcount', '10001')
    // Only a window of rows is in the DOM.
    expect(within(grid).getAllByRole('row').length).toBeLessThan(60)
    expect(rowNames().length).toBeGreaterThan(10)
    await user.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'ab')
    expect(await screen.findByText(/^[\d,]+ of 10,000 items$/)).toBeVisible()
    const filtered = rowNames()
    expect(filtered.length).toBeGreaterThan(0)
    for (const name of filtered) expect(name.toLowerCase()).toContain('ab')
  })

  it('sorts by size both ways, folders staying first', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: `${FILES}#/logs` })
    await screen.findByRole('grid', { name: 'Contents of /logs' })
    await user.click(screen.getByRole('button', { name: 'Size' }))
    expect(rowNames()[0]).toBe('debug-2.log') // largest first
    await user.click(screen.getByRole('button', { name: 'Size, sorted descending' }))
    expect(rowNames().at(-1)).toBe('debug-2.log')
  })

  it('moves with the keyboard, selects with Space and asks before Delete', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: `${FILES}#/logs` })
    const grid = await screen.findByRole('grid', { name: 'Contents of /logs' })
    grid.focus()
    await user.keyboard('{ArrowDown}{ }')
    expect(await screen.findByText('1 selected', { selector: 'span' })).toBeVisible()
    const bulk = screen.getByRole('toolbar', { name: 'Selected entries' })
    expect(within(bulk).getByRole('button', { name: 'Delete' })).toBeVisible()
    await user.keyboard('{Delete}')
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText(/cannot be restored/)).toBeVisible()
    const deletes = recordRequests({ method: 'POST', path: '/files/delete' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(deletes.count).toBe(1))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByText('Deleted 1 item.')).toBeVisible()
  })

  it('renames from the row menu and refuses a clashing name before asking the panel', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: FILES })
    await screen.findByRole('grid', { name: 'Contents of /' })
    await user.click(screen.getByRole('button', { name: 'Actions for eula.txt' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Rename' }))
    const field = await screen.findByRole('textbox', { name: 'New name' })
    await user.clear(field)
    await user.type(field, 'ops.json')
    const renames = recordRequests({ method: 'PUT', path: '/files/rename' })
    await user.click(screen.getByRole('button', { name: 'Rename' }))
    expect(await screen.findByText('Something with this name is already here.')).toBeVisible()
    expect(renames.count).toBe(0)
    await user.clear(field)
    await user.type(field, 'eula-old.txt')
    await user.click(screen.getByRole('button', { name: 'Rename' }))
    expect(await screen.findByRole('link', { name: 'eula-old.txt' })).toBeVisible()
    expect(renames.count).toBe(1)
  })

  it('sets permissions through the rwx matrix or octal digits', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: FILES })
    await screen.findByRole('grid', { name: 'Contents of /' })
    await user.click(screen.getByRole('button', { name: 'Actions for eula.txt' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Permissions' }))
    const octal = await screen.findByRole('textbox', { name: 'Octal' })
    expect(octal).toHaveValue('644')
    await user.click(screen.getByRole('checkbox', { name: 'Owner: Execute' }))
    expect(octal).toHaveValue('744')
    await user.clear(octal)
    await user.type(octal, '600')
    expect(screen.getByRole('checkbox', { name: 'Group: Read' })).not.toBeChecked()
    const chmods = recordRequests({ method: 'POST', path: '/files/chmod' })
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    await waitFor(() =>
      expect(chmods.bodies).toEqual([{ root: '/', files: [{ file: 'eula.txt', mode: '600' }] }]),
    )
  })

  it('offers no delete to a subuser without file.delete', async () => {
    withPermissions(['file.read', 'file.read-content', 'file.update', 'file.create'])
    const { user } = await renderApp({ signedInAs: 'demo', route: FILES })
    await screen.findByRole('grid', { name: 'Contents of /' })
    await user.click(screen.getByRole('button', { name: 'Actions for eula.txt' }))
    const menu = await screen.findByRole('menu')
    expect(within(menu).getByRole('menuitem', { name: 'Rename' })).toBeVisible()
    expect(within(menu).queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument()
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('checkbox', { name: 'Select eula.txt' }))
    const bulk = screen.getByRole('toolbar', { name: 'Selected entries' })
    expect(within(bulk).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument()
  })

  it('explains a folder that does not exist', async () => {
    await renderApp({ signedInAs: 'demo', route: `${FILES}#/no/such/folder` })
    expect(
      await screen.findByText("This folder doesn't exist, or the node couldn't read it."),
    ).toBeVisible()
  })
})
