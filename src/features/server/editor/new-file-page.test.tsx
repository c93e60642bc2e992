import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { readFileBytes } from '@/api/file-contents'
import { recordRequests } from '@/test-kit/recorder'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'
import { fakeRangeGeometry, findEditor, typeAtEnd } from './test-kit'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => {
  installFakeWings()
  fakeRangeGeometry()
})
afterEach(() => uninstallFakeWings())

const SERVER = '1a7ce997'
const NEW_IN_PLUGINS = `/server/${SERVER}/files/new#/plugins`

describe('a new file', () => {
  it('asks for a name and checks it before anything is written', async () => {
    const writes = recordRequests({ method: 'POST', path: '/files/write' })
    const { user } = await renderApp({ signedInAs: 'demo', route: NEW_IN_PLUGINS })
    const name = await screen.findByRole('textbox', { name: 'File name' })
    expect(screen.getByText(/Created in \/plugins\./)).toBeVisible()
    const create = screen.getByRole('button', { name: 'Create file' })

    await user.click(create)
    expect(await screen.findByText('Enter a name.')).toBeVisible()
    expect(name).toHaveFocus()

    await user.click(name)
    await user.paste('Essentials/config.yml')
    await user.click(create)
    expect(await screen.findByText(/A name can't contain \/ or \\/)).toBeVisible()

    await user.clear(name)
    await user.paste('x'.repeat(256))
    await user.click(create)
    expect(await screen.findByText(/Use at most 255 bytes/)).toBeVisible()

    // Already in /plugins on the panel: the write would have replaced it without a word.
    await user.clear(name)
    await user.paste('Vault.jar')
    await user.click(create)
    expect(await screen.findByText(/“Vault.jar” already exists in this folder/)).toBeVisible()
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(writes.count).toBe(0)
  })

  it('writes the file, then opens it in the editor with its highlighting', async () => {
    const { user, router } = await renderApp({ signedInAs: 'demo', route: NEW_IN_PLUGINS })
    const name = await screen.findByRole('textbox', { name: 'File name' })
    await user.type(name, 'motd.yml')
    expect(screen.getByRole('combobox', { name: 'Highlighting' })).toHaveDisplayValue('YAML')
    typeAtEnd(await findEditor('Contents of the new file'), 'motd: Welcome!\n')
    await user.keyboard('{Control>}s{/Control}')

    await waitFor(() => expect(router.state.location.pathname).toBe(`/server/${SERVER}/files/edit`))
    expect(router.state.location.hash).toBe('#/plugins/motd.yml')
    expect(await screen.findByText('File created.')).toBeVisible()
    const view = await findEditor('Contents of motd.yml')
    expect(view.state.doc.toString()).toBe('motd: Welcome!\n')
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await readFileBytes(SERVER, '/plugins/motd.yml'),
      ),
    ).toBe('motd: Welcome!\n')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('is closed to a subuser who may not create files', async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/e6a19d08/files/new#/' })
    expect(await screen.findByText("You can't create files on this server")).toBeVisible()
  })
})
