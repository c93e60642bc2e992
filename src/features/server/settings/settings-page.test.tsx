import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const SETTINGS = '/server/1a7ce997/settings'

describe('server settings', () => {
  it('shows the SFTP details built from the account and the server', async () => {
    await renderApp({ signedInAs: 'demo', route: SETTINGS })
    const sftp = await screen.findByRole('region', { name: 'SFTP' })
    expect(await within(sftp).findByText('demo.1a7ce997')).toBeVisible()
    expect(within(sftp).getByText('sftp://fra1.nodes.demo-panel.test:2022')).toBeVisible()
    expect(within(sftp).getByRole('link', { name: 'Open in SFTP client' })).toHaveAttribute(
      'href',
      'sftp://demo.1a7ce997@fra1.nodes.demo-panel.test:2022',
    )
    expect(within(sftp).getByText(/Your panel password/)).toBeVisible()
    const support = screen.getByRole('region', { name: 'For support' })
    expect(within(support).getByText('de-fra-1')).toBeVisible()
    expect(within(support).getByRole('button', { name: 'Copy server ID' })).toBeVisible()
  })

  it('renames the server', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: SETTINGS })
    const name = await screen.findByRole('textbox', { name: 'Server name' })
    await user.clear(name)
    await user.type(name, 'Survival SMP 2')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Saved.')).toBeVisible()
    // The panel has the new name: the header (re-read from it) shows it.
    expect(await screen.findByRole('heading', { level: 1, name: 'Survival SMP 2' })).toBeVisible()
  })

  it('refuses an empty or over-long name before asking the panel', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: SETTINGS })
    const name = await screen.findByRole('textbox', { name: 'Server name' })
    await user.clear(name)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Enter a name.')).toBeVisible()
    await user.type(name, 'x'.repeat(192))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Use at most 191 characters.')).toBeVisible()
    expect(screen.getByRole('heading', { level: 1, name: 'Survival SMP' })).toBeVisible()
  })

  it("puts the panel's 422 on the field and keeps what was typed", async () => {
    server.use(
      http.post('*/api/client/servers/:id/settings/rename', () =>
        HttpResponse.json(
          {
            errors: [
              {
                code: 'ValidationException',
                status: '422',
                detail: 'The name format is invalid.',
                meta: { source_field: 'name', rule: 'regex' },
              },
            ],
          },
          { status: 422 },
        ),
      ),
    )
    const { user } = await renderApp({ signedInAs: 'demo', route: SETTINGS })
    const name = await screen.findByRole('textbox', { name: 'Server name' })
    await user.clear(name)
    await user.type(name, 'Weird ✨ name')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('The name format is invalid.')).toBeVisible()
    expect(name).toHaveValue('Weird ✨ name')
    expect(name).toHaveAttribute('aria-invalid', 'true')
  })

  it('reinstalls only after the server name is typed', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: SETTINGS })
    await user.click(await screen.findByRole('button', { name: 'Reinstall server' }))
    const dialog = await screen.findByRole('dialog', { name: 'Reinstall this server?' })
    expect(within(dialog).getByText(/for panel administrators only/)).toBeVisible()
    const confirm = within(dialog).getByRole('button', { name: 'Reinstall' })
    await user.click(confirm)
    expect(await within(dialog).findByText('The name does not match.')).toBeVisible()
    expect(screen.queryByText('This server is being installed')).not.toBeInTheDocument()
    await user.type(within(dialog).getByRole('textbox'), 'Survival SMP')
    await user.click(confirm)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    // The panel now says `installing`: the shell explains it instead of the settings.
    expect(
      await screen.findByRole('heading', { name: 'This server is being installed' }),
    ).toBeVisible()
  })
})
