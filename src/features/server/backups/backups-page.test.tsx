import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { afterThisTest } from '@/test-kit/cleanup'
import { advancePanelClock, fault, holdRequests } from '@/test-kit/faults'
import { panelFetch } from '@/test-kit/msw'
import { recordRequests } from '@/test-kit/recorder'
import { renderApp } from '@/test-kit/render'

import { FakeWingsSocket, installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

// The backups page against the demo panel; Wings' socket is the scripted FakeWingsSocket, fed the
// payload the fake Wings would send.

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const SURVIVAL = '/server/1a7ce997/backups'
const BACKUP_MS = 10_000

async function openBackups(route = SURVIVAL) {
  const app = await renderApp({ signedInAs: 'demo', route })
  await screen.findByRole('heading', { level: 2, name: 'Backups' })
  return app
}

const row = (name: string) => screen.getByRole('article', { name })
const findRow = (name: string) => screen.findByRole('article', { name })

/** The panel's own view of this server's backups (what Wings reported to it). */
async function panelBackups(identifier = '1a7ce997') {
  const res = await panelFetch(
    new Request(`${window.location.origin}/api/client/servers/${identifier}/backups`, {
      headers: { Accept: 'application/json' },
    }),
  )
  const body = (await res.json()) as {
    data: Array<{ attributes: { uuid: string; name: string; is_successful: boolean } }>
  }
  return body.data.map((b) => b.attributes)
}

async function armBackupFailure(identifier = '1a7ce997') {
  const res = await panelFetch(
    new Request(`${window.location.origin}/__demo/wings/backup-failure`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ server: identifier }),
    }),
  )
  expect(res.status).toBe(204)
}

describe('backups page', () => {
  it('shows each backup truthfully: completed, locked, failed; size and checksum; n of limit', async () => {
    await openBackups()
    expect(await screen.findByText('2 of 5 backups used')).toBeVisible()
    const locked = await findRow('Before the 1.20 update')
    expect(within(locked).getByText('Completed')).toBeVisible()
    expect(within(locked).getByText('Locked')).toBeVisible()
    expect(within(locked).getByText(/MB|kB/)).toBeVisible()
    expect(within(locked).getByText(/^[0-9a-f]{40}$/)).toBeVisible()
    // The panel refuses to delete it; the page says why instead of offering it.
    expect(
      within(locked).getByRole('button', { name: 'Delete Before the 1.20 update' }),
    ).toBeDisabled()
    expect(within(locked).getByText('Locked: unlock it to delete it.')).toBeVisible()
    const failed = row('Weekly world')
    expect(within(failed).getByText('Failed')).toBeVisible()
    expect(within(failed).getByText(/couldn't finish this backup/)).toBeVisible()
    // Nothing to download or restore in a failed backup.
    expect(within(failed).queryByRole('button', { name: /Download|Restore/ })).toBeNull()
    expect(within(row('Nightly')).getByText('2 paths left out')).toBeVisible()
  })

  it('copies the checksum', async () => {
    const { user } = await openBackups()
    const nightly = await findRow('Nightly')
    const sha1 = within(nightly).getByText(/^[0-9a-f]{40}$/).textContent
    await user.click(
      within(nightly).getByRole('button', { name: 'Copy the SHA-1 checksum of Nightly' }),
    )
    expect(await navigator.clipboard.readText()).toBe(sha1)
  })

  it('creates a backup that runs, and shows its failure from the socket at once', async () => {
    const { user } = await openBackups()
    const posts = recordRequests({ method: 'POST', path: /\/backups$/ })
    await user.click(await screen.findByRole('button', { name: 'Create backup' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create a backup' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Before wipe')
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Files to leave out' }),
      'logs/{Enter}cache/',
    )
    await user.click(within(dialog).getByRole('checkbox', { name: 'Lock this backup' }))
    await user.dblClick(within(dialog).getByRole('button', { name: 'Start backup' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(posts.count).toBe(1)
    await waitFor(() =>
      expect(posts.bodies).toEqual([
        { name: 'Before wipe', ignored: 'logs/\ncache/', is_locked: true },
      ]),
    )
    const running = await findRow('Before wipe')
    expect(within(running).getByText('In progress')).toBeVisible()
    expect(within(running).getByText(/Wings is writing the archive/)).toBeVisible()
    expect(screen.getByText('3 of 5 backups used')).toBeVisible()

    // Wings fails it (the panel records it first), and no list request may answer meanwhile:
    // the page must take the failure from the socket alone.
    await armBackupFailure()
    await advancePanelClock(BACKUP_MS)
    const uuid = (await panelBackups()).find((b) => b.name === 'Before wipe')?.uuid ?? ''
    const release = holdRequests('GET', '/servers/1a7ce997/backups')
    act(() =>
      FakeWingsSocket.last().emit(
        'backup completed',
        JSON.stringify({
          checksum: '',
          checksum_type: 'sha1',
          file_size: 0,
          is_successful: false,
          uuid,
        }),
      ),
    )
    expect(within(row('Before wipe')).getByText('Failed')).toBeVisible()
    // The panel unlocks failed backups; failed ones don't count towards the limit.
    expect(within(row('Before wipe')).queryByText('Locked')).toBeNull()
    expect(screen.getByText('2 of 5 backups used')).toBeVisible()
    expect(screen.getByText('Backup “Before wipe” failed.')).toBeInTheDocument()
    release()
    await waitFor(() => expect(within(row('Before wipe')).getByText('Failed')).toBeVisible())
  })

  it('marks a finished backup completed with its size and checksum from the socket', async () => {
    const { user } = await openBackups()
    await user.click(await screen.findByRole('button', { name: 'Create backup' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create a backup' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Quick')
    await user.click(within(dialog).getByRole('button', { name: 'Start backup' }))
    await findRow('Quick')
    await advancePanelClock(BACKUP_MS)
    const uuid = (await panelBackups()).find((b) => b.name === 'Quick')?.uuid ?? ''
    const release = holdRequests('GET', '/servers/1a7ce997/backups')
    act(() =>
      FakeWingsSocket.last().emit(
        'backup completed',
        JSON.stringify({
          checksum: 'a'.repeat(40),
          checksum_type: 'sha1',
          file_size: 5 * 1024 * 1024,
          is_successful: true,
          uuid,
        }),
      ),
    )
    const quick = row('Quick')
    expect(within(quick).getByText('Completed')).toBeVisible()
    expect(within(quick).getByText('5 MB')).toBeVisible()
    expect(within(quick).getByText('a'.repeat(40))).toBeVisible()
    release()
  })

  it('explains the throttle with its retry time when the panel answers 429', async () => {
    const { user } = await openBackups()
    for (const name of ['One', 'Two']) {
      await user.click(await screen.findByRole('button', { name: 'Create backup' }))
      const dialog = await screen.findByRole('dialog', { name: 'Create a backup' })
      await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), name)
      await user.click(within(dialog).getByRole('button', { name: 'Start backup' }))
      await findRow(name)
    }
    await user.click(screen.getByRole('button', { name: 'Create backup' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create a backup' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Three')
    await user.click(within(dialog).getByRole('button', { name: 'Start backup' }))
    expect(
      await within(dialog).findByText(
        /The panel allows 2 new backups every 10 minutes on each server\. You can start the next one in (9 minutes \d+ seconds|10 minutes)\./,
      ),
    ).toBeVisible()
    // What was typed stays; the submit waits for the throttle to pass.
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Three')
    expect(within(dialog).getByRole('button', { name: 'Start backup' })).toBeDisabled()
  })

  it('disables creation at the limit, with the reason', async () => {
    await openBackups('/server/b3f2c8d1/backups')
    expect(await screen.findByText('5 of 5 backups used')).toBeVisible()
    const create = screen.getByRole('button', { name: 'Create backup' })
    expect(create).toBeDisabled()
    expect(create).toHaveAccessibleDescription(
      'This server has reached its limit of 5 backups. Delete one to make room.',
    )
  })

  it('says so when the server may have no backups at all (limit 0)', async () => {
    await openBackups('/server/7b5c3f60/backups')
    expect(await screen.findByText('No backups yet')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Create backup' })).toHaveAccessibleDescription(
      /its backup limit is 0/,
    )
  })

  it('restores after two steps, with the "delete all files first" choice', async () => {
    const { user } = await openBackups()
    const restores = recordRequests({ method: 'POST', path: /\/restore$/ })
    await user.click(await screen.findByRole('button', { name: 'Restore Nightly' }))
    const first = await screen.findByRole('dialog', { name: 'Restore “Nightly”?' })
    await user.click(
      within(first).getByRole('checkbox', { name: 'Delete all files on the server first' }),
    )
    await user.click(within(first).getByRole('button', { name: 'Continue' }))
    expect(restores.count).toBe(0)
    const second = await screen.findByRole('dialog', { name: 'Restore now?' })
    expect(second).toHaveAccessibleDescription(/ALL its current files deleted/)
    await user.click(within(second).getByRole('button', { name: 'Delete files and restore' }))
    await waitFor(() => expect(restores.bodies).toEqual([{ truncate: true }]))
    // The panel now says `restoring_backup`: the shell explains it instead of the page.
    expect(await screen.findByRole('heading', { name: 'A backup is being restored' })).toBeVisible()
  })

  it('goes back from the confirmation without restoring', async () => {
    const { user } = await openBackups()
    const restores = recordRequests({ method: 'POST', path: /\/restore$/ })
    await user.click(await screen.findByRole('button', { name: 'Restore Nightly' }))
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    const second = await screen.findByRole('dialog', { name: 'Restore now?' })
    expect(second).toHaveAccessibleDescription(/Files that are not in the backup stay/)
    await user.click(within(second).getByRole('button', { name: 'Back' }))
    await user.click(await screen.findByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(restores.count).toBe(0)
  })

  it('unlocks, then deletes after confirmation', async () => {
    const { user } = await openBackups()
    await user.click(await screen.findByRole('button', { name: 'Unlock Before the 1.20 update' }))
    const del = await within(row('Before the 1.20 update')).findByRole('button', {
      name: 'Delete Before the 1.20 update',
    })
    await waitFor(() => expect(del).toBeEnabled())
    expect(within(row('Before the 1.20 update')).queryByText('Locked')).toBeNull()
    await user.click(del)
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Before the 1.20 update”?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete backup' }))
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Before the 1.20 update' })).toBeNull(),
    )
    expect(screen.getByText('Backup “Before the 1.20 update” deleted.')).toBeInTheDocument()
    expect(screen.getByText('1 of 5 backups used')).toBeVisible()
  })

  it('shows the panel refusing to delete a backup locked meanwhile', async () => {
    const { user } = await openBackups()
    await user.click(await screen.findByRole('button', { name: 'Delete Nightly' }))
    // Someone locks it in another tab.
    const uuid = (await panelBackups()).find((b) => b.name === 'Nightly')?.uuid ?? ''
    await panelFetch(
      new Request(`${window.location.origin}/api/client/servers/1a7ce997/backups/${uuid}/lock`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'X-XSRF-TOKEN': decodeURIComponent(/XSRF-TOKEN=([^;]+)/.exec(document.cookie)?.[1] ?? ''),
        },
      }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Nightly”?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete backup' }))
    expect(
      await within(dialog).findByText('Cannot delete a backup that is marked as locked.'),
    ).toBeVisible()
  })

  it('downloads through a signed URL used at once and kept nowhere', async () => {
    // The download is a click on a link that is gone at once: the click is where the URL shows.
    const clicked: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.href)
    })
    afterThisTest(() => click.mockRestore())
    const { user, queryClient } = await openBackups()
    await user.click(await screen.findByRole('button', { name: 'Download Nightly' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    const url = clicked[0] ?? ''
    expect(document.querySelector(`a[href="${url}"]`)).toBeNull()
    expect(url).toMatch(/\/download\/backup\?token=/)
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain(url.split('token=')[1])
    expect(screen.getByText('Downloading “Nightly”.')).toBeInTheDocument()
  })

  it('works by keyboard: open, type, Enter submits; Escape closes a dialog', async () => {
    const { user } = await openBackups()
    const create = await screen.findByRole('button', { name: 'Create backup' })
    await waitFor(() => expect(create).toBeEnabled())
    create.focus()
    await user.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog', { name: 'Create a backup' })
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus())
    await user.keyboard('By keyboard{Enter}')
    expect(await findRow('By keyboard')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Restore Nightly' }))
    await screen.findByRole('dialog', { name: 'Restore “Nightly”?' })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Restore Nightly' })).toHaveFocus()
  })

  it('shows an empty list plainly', async () => {
    await openBackups('/server/5e9a0c47/backups')
    expect(await screen.findByText('No backups yet')).toBeVisible()
    expect(screen.getByText('0 of 5 backups used')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Create backup' })).toBeEnabled()
  })

  it('explains a failed load and retries', async () => {
    await fault({ path: '/servers/1a7ce997/backups$', method: 'GET', status: 500, times: 1 })
    const { user } = await openBackups()
    expect(await screen.findByText("Couldn't load the backups")).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await findRow('Nightly')).toBeVisible()
  })

  it('is not offered to a subuser without backup permissions', async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/e6a19d08/backups' })
    expect(await screen.findByText("You can't open this page")).toBeVisible()
    expect(screen.queryByRole('link', { name: 'Backups' })).toBeNull()
  })
})
