import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { server } from '@/test/msw'
import { renderApp } from '@/test/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

// TEMPORARY MSW HANDLERS — drop once the demo panel has POST /settings/rename and
// /settings/reinstall (being added on the `wings` branch). They answer as the panel does
// (RenameServerRequest: name required|string|min:1|max:191, description nullable|string → 204;
// reinstall → 202) and record what was sent.
const sent: { path: string; body: unknown }[] = []
const temporarySettingsRoutes = [
  http.post('*/api/client/servers/:id/settings/rename', async ({ request, params }) => {
    const body = (await request.json()) as { name?: string; description?: string }
    sent.push({ path: `rename:${String(params.id)}`, body })
    return new HttpResponse(null, { status: 204 })
  }),
  http.post('*/api/client/servers/:id/settings/reinstall', ({ params }) => {
    sent.push({ path: `reinstall:${String(params.id)}`, body: null })
    return new HttpResponse(null, { status: 202 })
  }),
]

beforeEach(() => {
  sent.length = 0
  installFakeWings()
  server.use(...temporarySettingsRoutes)
})
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
    expect(sent).toEqual([
      {
        path: 'rename:1a7ce997',
        body: { name: 'Survival SMP 2', description: 'Main survival world — whitelist on' },
      },
    ])
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
    expect(sent).toEqual([])
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
    expect(sent).toEqual([])
    await user.type(within(dialog).getByRole('textbox'), 'Survival SMP')
    await user.click(confirm)
    await waitFor(() => expect(sent).toEqual([{ path: 'reinstall:1a7ce997', body: null }]))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
