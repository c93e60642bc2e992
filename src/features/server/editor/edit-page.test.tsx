import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { readFileBytes, writeFile } from '@/api/file-contents'
import { clearFailures, FAILURE_MESSAGES, failRequests, holdRequests } from '@/test-kit/faults'
import { panelFetch, server } from '@/test-kit/msw'
import { recordRequests } from '@/test-kit/recorder'
import { renderApp, signIn } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'
import { fakeRangeGeometry, findEditor, replaceText } from './test-kit'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => {
  installFakeWings()
  fakeRangeGeometry()
})
afterEach(() => uninstallFakeWings())

const SERVER = '1a7ce997' // Survival SMP, owned by demo
const EDIT = `/server/${SERVER}/files/edit#/server.properties`
const LABEL = 'Contents of server.properties'

const panelText = async (file: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFileBytes(SERVER, file))

const pressSave = (user: { keyboard: (keys: string) => Promise<void> }) =>
  user.keyboard('{Control>}s{/Control}')

describe('the file editor', () => {
  it("opens a file by its URL: text, breadcrumbs and highlighting from the file's name", async () => {
    await renderApp({ signedInAs: 'demo', route: EDIT })
    const view = await findEditor(LABEL)
    expect(view.state.doc.toString()).toContain('max-players=40')
    expect(screen.getByRole('heading', { level: 2, name: 'server.properties' })).toBeVisible()
    const path = screen.getByRole('navigation', { name: 'Path' })
    expect(within(path).getByRole('link', { name: 'Files' })).toHaveAttribute(
      'href',
      `/server/${SERVER}/files`,
    )
    expect(screen.getByRole('combobox', { name: 'Highlighting' })).toHaveDisplayValue(
      'Properties / INI',
    )
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument()
  })

  it('Ctrl+S saves once, however often it is pressed while the save runs', async () => {
    const writes = recordRequests({ method: 'POST', path: '/files/write' })
    const release = holdRequests('POST', '/files/write')
    const { user } = await renderApp({ signedInAs: 'demo', route: EDIT })
    const view = await findEditor(LABEL)
    replaceText(view, 'max-players=40', 'max-players=42')
    expect(await screen.findByText('Unsaved changes')).toBeVisible()

    await pressSave(user)
    await pressSave(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Saving…')).toBeVisible()
    expect(writes.count).toBe(1)
    release()

    expect(await screen.findByText('Saved.')).toBeVisible()
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument()
    expect(writes.count).toBe(1)
    expect(writes.requests[0]?.url.searchParams.get('file')).toBe('/server.properties')
    expect(await panelText('/server.properties')).toContain('max-players=42')

    // Nothing changed since: nothing is sent.
    await pressSave(user)
    expect(await screen.findByText(/Nothing to save/)).toBeVisible()
    expect(writes.count).toBe(1)
  })

  it('the dirty marker follows the text: typing back what was saved is clean again', async () => {
    await renderApp({ signedInAs: 'demo', route: EDIT })
    const view = await findEditor(LABEL)
    replaceText(view, 'max-players=40', 'max-players=4')
    expect(await screen.findByText('Unsaved changes')).toBeVisible()
    replaceText(view, 'max-players=4', 'max-players=40')
    await waitFor(() => expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument())
  })

  it('asks before unsaved edits are left behind; Stay keeps them', async () => {
    const { user, router } = await renderApp({ signedInAs: 'demo', route: EDIT })
    const view = await findEditor(LABEL)
    replaceText(view, 'max-players=40', 'max-players=42')
    const files = within(screen.getByRole('navigation', { name: 'Path' })).getByRole('link', {
      name: 'Files',
    })

    await user.click(files)
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    expect(ask).toHaveTextContent("Your changes to server.properties haven't been saved.")
    await user.click(within(ask).getByRole('button', { name: 'Stay' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.pathname).toBe(`/server/${SERVER}/files/edit`)
    expect((await findEditor(LABEL)).state.doc.toString()).toContain('max-players=42')

    await user.click(files)
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Leave without saving',
      }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe(`/server/${SERVER}/files`))
    expect(await panelText('/server.properties')).toContain('max-players=40')
  })

  it('asks before the tab is closed or reloaded with unsaved edits, not after saving', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: EDIT })
    const view = await findEditor(LABEL)
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(unload()).toBe(false)
    replaceText(view, 'max-players=40', 'max-players=42')
    expect(unload()).toBe(true)
    await pressSave(user)
    expect(await screen.findByText('Saved.')).toBeVisible()
    expect(unload()).toBe(false)
  })

  it('leaves without asking once the edits are saved', async () => {
    const { user, router } = await renderApp({ signedInAs: 'demo', route: EDIT })
    replaceText(await findEditor(LABEL), 'max-players=40', 'max-players=42')
    await pressSave(user)
    expect(await screen.findByText('Saved.')).toBeVisible()
    await user.click(
      within(screen.getByRole('navigation', { name: 'Path' })).getByRole('link', { name: 'Files' }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe(`/server/${SERVER}/files`))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('a failed save keeps the text, says why, and the retry saves it', async () => {
    await failRequests('POST', '/files/write', '500')
    const { user } = await renderApp({ signedInAs: 'demo', route: EDIT })
    const view = await findEditor(LABEL)
    replaceText(view, 'max-players=40', 'max-players=42')
    await pressSave(user)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't save server.properties")
    expect(alert).toHaveTextContent(FAILURE_MESSAGES['500'])
    expect(alert).toHaveTextContent('Your text is still here.')
    expect(view.state.doc.toString()).toContain('max-players=42')
    expect(screen.getByText('Unsaved changes')).toBeVisible()

    await clearFailures()
    await user.click(within(alert).getByRole('button', { name: 'Try saving again' }))
    expect(await screen.findByText('Saved.')).toBeVisible()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(await panelText('/server.properties')).toContain('max-players=42')
  })

  it('saves a Windows-made file with its CRLF line breaks as they were', async () => {
    await signIn('demo')
    await writeFile(SERVER, '/config/bans.txt', 'Steve\r\nAlex\r\n')
    const { user } = await renderApp({ route: `/server/${SERVER}/files/edit#/config/bans.txt` })
    const view = await findEditor('Contents of bans.txt')
    expect(view.state.doc.lines).toBe(3)
    replaceText(view, 'Alex', 'Alex\r\nHerobrine')
    await pressSave(user)
    expect(await screen.findByText('Saved.')).toBeVisible()
    expect(await panelText('/config/bans.txt')).toBe('Steve\r\nAlex\r\nHerobrine\r\n')
  })

  it('refuses a binary file with the reason, and offers it as a download instead', async () => {
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.getAttribute('href') ?? '')
    })
    const downloads = recordRequests({ method: 'GET', path: '/files/download' })
    const { user } = await renderApp({
      signedInAs: 'demo',
      route: `/server/${SERVER}/files/edit#/plugins/Vault.jar`,
    })
    const refusal = await screen.findByRole('alert')
    expect(refusal).toHaveTextContent("This file isn't text")
    expect(refusal).toHaveTextContent('Editing it as text would damage it.')
    expect(screen.queryByRole('textbox', { name: /Contents of/ })).not.toBeInTheDocument()

    await user.click(within(refusal).getByRole('button', { name: 'Download' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(downloads.requests[0]?.url.searchParams.get('file')).toBe('/plugins/Vault.jar')
    // The signed link is followed at once and kept nowhere: not in the URL, not on the page.
    expect(clicked[0]).toMatch(/token=/)
    expect(window.location.href).not.toContain('token=')
    expect(document.body.innerHTML).not.toContain(clicked[0])
  })

  it("refuses a file over the panel's 4 MiB edit limit and offers a download", async () => {
    await signIn('demo')
    await writeFile(SERVER, '/huge.log', 'x'.repeat(4 * 1024 * 1024 + 1))
    // Signed in already (the session cookie is kept).
    const { router } = await renderApp({ route: `/server/${SERVER}/files/edit#/huge.log` })
    const refusal = await screen.findByRole('alert')
    expect(refusal).toHaveTextContent('Too large to edit here')
    expect(refusal).toHaveTextContent('The panel opens files of up to 4 MB in the editor.')
    expect(within(refusal).getByRole('button', { name: 'Download' })).toBeVisible()
    expect(within(refusal).getByRole('link', { name: 'Back to the folder' })).toHaveAttribute(
      'href',
      `/server/${SERVER}/files`,
    )
    expect(router.state.location.hash).toBe('#/huge.log')
  })

  it('explains a file that is not there (Wings answers 500) and links back to its folder', async () => {
    await renderApp({ signedInAs: 'demo', route: `/server/${SERVER}/files/edit#/plugins/gone.yml` })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't open this file")
    expect(alert).toHaveTextContent('it may have been moved, renamed or deleted')
    expect(within(alert).getByRole('link', { name: 'Back to the folder' })).toHaveAttribute(
      'href',
      `/server/${SERVER}/files#/plugins`,
    )
  })

  it('opens read-only for a subuser who may read files but not create them', async () => {
    // The panel's own answer for demo, as a subuser holding only these keys.
    server.use(
      http.get('*/api/client/servers/:id', async ({ request }) => {
        const answer = (await (await panelFetch(request)).json()) as Record<string, unknown>
        return HttpResponse.json({
          ...answer,
          meta: {
            is_server_owner: false,
            user_permissions: ['websocket.connect', 'file.read', 'file.read-content'],
          },
        })
      }),
    )
    const writes = recordRequests({ method: 'POST', path: '/files/write' })
    const { user } = await renderApp({ signedInAs: 'demo', route: EDIT })
    const view = await findEditor(LABEL)
    expect(view.state.readOnly).toBe(true)
    expect(screen.getByText(/You can read this file but not save changes/)).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download' })).toBeVisible()
    await pressSave(user)
    expect(writes.count).toBe(0)
  })

  it('is closed to a subuser without file access', async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/e6a19d08/files/edit#/server.properties' })
    expect(await screen.findByText("You can't open files on this server")).toBeVisible()
  })
})
