import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { PermissionCatalogue } from '@/api/subusers'
import { server } from '@/test-kit/msw'
import { renderApp, renderInApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'
import { PermissionEditor } from './permission-editor'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const USERS = '/server/1a7ce997/users'

describe('users page', () => {
  it('lists subusers with 2FA state and permission count; the invite says what happens', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: USERS })
    const list = await screen.findByRole('group', { name: 'Subusers' })
    const oscar = (await within(list).findByText('oscar@example.org')).closest('li')!
    expect(within(oscar).getByText('7 permissions')).toBeVisible()
    expect(within(oscar).getByText('Two-factor authentication is off')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Invite someone' }))
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' })
    expect(within(dialog).getByText(/the panel creates one and e-mails a link/)).toBeVisible()
    // The panel's own description of each key.
    expect(
      await within(dialog).findByText(
        'Allows a user to send commands to the server instance via the console.',
      ),
    ).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }))
    expect(
      await within(dialog).findByText('Enter the e-mail address of the person to invite.'),
    ).toBeVisible()
  })

  it('an invite adds the row and announces it', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: USERS })
    const list = await screen.findByRole('group', { name: 'Subusers' })
    await user.click(screen.getByRole('button', { name: 'Invite someone' }))
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' })
    await user.type(within(dialog).getByLabelText('E-mail address'), 'new@example.net')
    await user.click(within(dialog).getByRole('checkbox', { name: 'control.console' }))
    await user.click(within(dialog).getByRole('checkbox', { name: 'file.read' }))
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const row = (await within(list).findByText('new@example.net')).closest('li')!
    expect(within(row).getByText('2 permissions')).toBeVisible()
    expect(within(list).getByText('Invited new@example.net.')).toBeInTheDocument()
  })

  it("puts the panel's refusal above the form and keeps what was typed", async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: USERS })
    await user.click(await screen.findByRole('button', { name: 'Invite someone' }))
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' })
    await user.type(within(dialog).getByLabelText('E-mail address'), 'oscar@example.org')
    await user.click(await within(dialog).findByRole('checkbox', { name: 'control.start' }))
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A user with that email address is already assigned as a subuser for this server.',
    )
    expect(within(dialog).getByLabelText('E-mail address')).toHaveValue('oscar@example.org')
    expect(within(dialog).getByRole('checkbox', { name: 'control.start' })).toBeChecked()
  })

  it('edits with whole-group toggles and removes after confirmation', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: USERS })
    const list = await screen.findByRole('group', { name: 'Subusers' })
    await user.click(
      await within(list).findByRole('button', { name: 'Edit permissions of tomas@example.org' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Permissions of tomas@example.org' })
    const save = within(dialog).getByRole('button', { name: 'Save permissions' })
    expect(save).toBeDisabled()
    const files = await within(dialog).findByRole('checkbox', { name: /All of Files/ })
    expect(files).not.toBeChecked()
    await user.click(files)
    expect(within(dialog).getByRole('checkbox', { name: 'file.sftp' })).toBeChecked()
    await user.click(save)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const tomas = (await within(list).findByText('tomas@example.org')).closest('li')!
    await waitFor(() => expect(within(tomas).getByText('10 permissions')).toBeVisible())

    await user.click(within(list).getByRole('button', { name: 'Remove tomas@example.org' }))
    const confirm = await screen.findByRole('dialog', { name: 'Remove tomas@example.org?' })
    await user.click(within(confirm).getByRole('button', { name: 'Remove access' }))
    await waitFor(() =>
      expect(within(list).queryByText('tomas@example.org')).not.toBeInTheDocument(),
    )
    expect(within(list).getByText('Removed tomas@example.org.')).toBeInTheDocument()
  })

  it('your own row cannot be edited, and says why', async () => {
    server.use(
      http.get('*/api/client/servers/:id/users', () =>
        HttpResponse.json({
          object: 'list',
          data: [
            {
              object: 'server_subuser',
              attributes: {
                uuid: '0b5d8f52-7e0e-4b8a-9d8e-3c1f2a6b7c8d',
                username: 'demo',
                email: 'demo@example.com',
                image: 'https://gravatar.com/avatar/x',
                '2fa_enabled': true,
                created_at: '2024-10-01T12:00:00+00:00',
                permissions: ['websocket.connect', 'user.read', 'user.update'],
              },
            },
          ],
        }),
      ),
    )
    await renderApp({ signedInAs: 'demo', route: USERS })
    const list = await screen.findByRole('group', { name: 'Subusers' })
    const row = (await within(list).findByText('demo@example.com')).closest('li')!
    expect(await within(row).findByText('You')).toBeVisible()
    expect(within(row).getByText(/can’t change or remove your own access/)).toBeVisible()
    expect(within(row).getByText('Two-factor authentication is on')).toBeInTheDocument()
    expect(within(row).queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('permission editor', () => {
  const catalogue: PermissionCatalogue = [
    {
      name: 'control',
      description: 'Power and console.',
      keys: ['console', 'start', 'stop'].map((k) => ({
        key: `control.${k}`,
        name: k,
        description: `The ${k} key.`,
      })),
    },
  ]

  it('disables keys the editor lacks, with the reason; a held key the editor lacks can only go', async () => {
    const onChange = vi.fn()
    await renderInApp(
      <PermissionEditor
        catalogue={catalogue}
        selected={new Set(['control.stop'])}
        editor={['websocket.connect', 'control.console']}
        onChange={onChange}
      />,
    )
    const start = await screen.findByRole('checkbox', { name: 'control.start' })
    expect(start).toBeDisabled()
    expect(start).toHaveAccessibleDescription(
      'The start key. You don’t have this permission yourself, so you can’t give it.',
    )
    const stop = screen.getByRole('checkbox', { name: 'control.stop' })
    expect(stop).toBeEnabled()
    expect(stop).toHaveAccessibleDescription(/you can take it away/)
    const all = screen.getByRole('checkbox', { name: /All of Console and power/ })
    expect(all).toHaveProperty('indeterminate', true)
  })
})
