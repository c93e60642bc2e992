import { act, screen, waitFor, within } from '@testing-library/react'

import { createApiKey, deleteApiKey } from '@/api/api-keys'
import {
  clearFailures,
  dropConnections,
  failRequests,
  fault,
  holdRequests,
  refuseNext,
} from '@/test-kit/faults'
import type { Failure } from '@/test-kit/faults'
import { recordRequests } from '@/test-kit/recorder'
import { NOTICE_MS } from '@/lib/use-transient-message'
import { renderApp, signIn } from '@/test-kit/render'

const KEYS_PATH = '/api/client/account/api-keys'
const CREATE_BUTTON = { name: 'Create API key' } as const

type App = Awaited<ReturnType<typeof renderApp>>

async function openPage(who: 'demo' | 'admin' = 'demo') {
  const app = await renderApp({ route: '/account/api', signedInAs: who })
  expect(await screen.findByRole('heading', { level: 1, name: 'API keys' })).toBeInTheDocument()
  return app
}

async function fillForm(app: App, description: string, ips: string) {
  if (description) await app.user.type(screen.getByLabelText('Description'), description)
  if (ips) {
    await app.user.click(screen.getByLabelText('Allowed IPs'))
    await app.user.paste(ips)
  }
}

const region = () => screen.getByLabelText('API key list')

describe('API keys page', () => {
  it('lists the keys with identifier, allowed IPs, last used and created times', async () => {
    await openPage()
    const list = region()
    const deploy = (await within(list).findByText('Deploy bot (GitHub Actions)')).closest('li')!
    expect(within(deploy).getByText(/^ptlc_[A-Za-z0-9]{11}$/)).toBeInTheDocument()
    expect(within(deploy).getByText('203.0.113.0/24')).toBeInTheDocument()
    expect(within(deploy).getByText('2001:db8:85a3::/48')).toBeInTheDocument()
    // Relative time with the exact time available (title + screen-reader text).
    const lastUsed = deploy.querySelectorAll('time')
    expect(lastUsed).toHaveLength(2)
    expect(lastUsed[0]).toHaveTextContent('2 days ago')
    expect(lastUsed[0]).toHaveAttribute('title')
    expect(lastUsed[1]).toHaveTextContent(/last month|\d+ weeks ago/)

    const old = within(list).getByText('Old laptop script').closest('li')!
    expect(within(old).getByText('Never')).toBeInTheDocument()
    expect(within(old).getByText('Any address')).toBeInTheDocument()
    expect(screen.getByText('3 / 25')).toBeInTheDocument()
    expect(screen.getByText('3 of 25 keys used')).toBeInTheDocument()
  })

  it('explains what a client key is when there are none', async () => {
    await openPage('admin') // admin holds only an application key, which is not listed
    expect(await screen.findByText('No API keys yet')).toBeInTheDocument()
    const empty = screen.getByText(/lets a script or tool act on your account/)
    expect(empty).toHaveTextContent('It can do everything you can')
    expect(empty).toHaveTextContent('Client keys start with ptlc_')
    expect(empty).toHaveTextContent('they are not application keys (ptla_)')
    expect(screen.getByText('0 / 25')).toBeInTheDocument()
  })

  it('shows a skeleton while loading, then an error with a working retry', async () => {
    await fault({ method: 'GET', path: `${KEYS_PATH}$`, status: 502 })
    const release = holdRequests('GET', KEYS_PATH)
    const app = await openPage()
    expect(screen.getByText('Loading API keys…')).toBeInTheDocument()
    release()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Couldn’t load your API keys')
    expect(alert).toHaveTextContent("Can't reach the panel right now. Try again in a moment.")
    await clearFailures() // the panel is back
    await app.user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Deploy bot (GitHub Actions)')).toBeInTheDocument()
  })

  it('creates a key with addresses and a CIDR, shows the full token once and keeps it out of the cache', async () => {
    const posts = recordRequests({ method: 'POST', path: KEYS_PATH })
    const app = await openPage()
    await screen.findByText('3 / 25')
    await fillForm(app, 'CI deploy', '127.0.0.1\n::1, 10.0.0.0/8')
    expect(screen.getByText('3 / 50 entries')).toBeInTheDocument()
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))

    const dialog = await screen.findByRole('dialog', { name: 'Copy your new API key' })
    await waitFor(() =>
      expect(posts.bodies).toEqual([
        { description: 'CI deploy', allowed_ips: ['127.0.0.1', '::1', '10.0.0.0/8'] },
      ]),
    )
    const tokenEl = within(dialog).getByText(/^ptlc_/)
    const token = tokenEl.textContent
    expect(token).toMatch(/^ptlc_[A-Za-z0-9]{11}[A-Za-z0-9]{32}$/) // identifier + secret = 48
    const identifier = token.slice(0, 16)
    expect(within(dialog).getByText('API key for “CI deploy”')).toBeInTheDocument()

    // The new key is in the list (without its secret) and counted.
    expect(await within(region()).findByText('CI deploy')).toBeInTheDocument()
    expect(within(region()).getByText(identifier)).toBeInTheDocument()
    expect(screen.getByText('4 / 25')).toBeInTheDocument()

    // Can't be dismissed by accident.
    await app.user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Copy your new API key' })).toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument()

    // Copy feedback never echoes the secret.
    await app.user.click(within(dialog).getByRole('button', { name: 'Copy API key' }))
    expect(await navigator.clipboard.readText()).toBe(token)
    const copied = within(dialog).getByText('Copied', { selector: '[role="status"]' })
    expect(copied.textContent).not.toContain(token.slice(16))

    const secret = token.slice(16)
    const cached = JSON.stringify([
      app.queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
      app.queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
    ])
    expect(cached).toContain(identifier)
    expect(cached).not.toContain(secret)
    expect(JSON.stringify({ ...localStorage })).not.toContain(secret)
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(secret)

    await app.user.click(within(dialog).getByRole('button', { name: 'I’ve copied it' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.queryByText(token)).not.toBeInTheDocument()
    expect(document.body.textContent).not.toContain(secret)
    // The form is ready for the next key.
    expect(screen.getByLabelText('Description')).toHaveValue('')
    expect(screen.getByLabelText('Allowed IPs')).toHaveValue('')
  })

  it('flags each bad entry by its line before sending, including prefixes past /32', async () => {
    const posts = recordRequests({ method: 'POST', path: KEYS_PATH })
    const app = await openPage()
    await fillForm(app, 'CI deploy', '127.0.0.1\nhodor\n10.0.0.0/33, hodor/24')
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))

    const field = screen.getByLabelText('Allowed IPs')
    expect(
      await screen.findByText('3 entries are not valid IP addresses or CIDR ranges.'),
    ).toBeInTheDocument()
    const items = screen
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.startsWith('Line '))
    expect(items.map((li) => li.textContent)).toEqual([
      'Line 2: "hodor" is not a valid IP address or CIDR range.',
      'Line 3: "10.0.0.0/33" has a prefix longer than /32; IPv4 prefixes go from /0 to /32.',
      'Line 3: "hodor/24" is not a valid IP address or CIDR range.',
    ])
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/Line 2: "hodor" is not a valid IP address/)
    expect(field).toHaveFocus()
    expect(posts.count).toBe(0)

    // Fixing the entries clears the list as you type.
    await app.user.clear(field)
    await app.user.type(field, '127.0.0.1')
    await waitFor(() => expect(screen.queryByText(/^Line \d/)).not.toBeInTheDocument())
  })

  it('requires a description and caps it at 500 characters, like the panel', async () => {
    const posts = recordRequests({ method: 'POST', path: KEYS_PATH })
    const app = await openPage()
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    const description = screen.getByLabelText('Description')
    expect(
      await screen.findByText('Enter a description, so you can tell this key apart later.'),
    ).toBeInTheDocument()
    expect(description).toHaveFocus()
    expect(description).toHaveAttribute('aria-invalid', 'true')

    await app.user.click(description)
    await app.user.paste('x'.repeat(501))
    expect(
      await screen.findByText('Keep the description to 500 characters or fewer.'),
    ).toBeInTheDocument()
    expect(posts.count).toBe(0)
    // Four characters are fine: the panel has no minimum.
    await app.user.clear(description)
    await app.user.type(description, 'abc')
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    expect(await screen.findByRole('dialog', { name: 'Copy your new API key' })).toBeInTheDocument()
  })

  it('allows at most 50 entries', async () => {
    const app = await openPage()
    const ips = Array.from({ length: 51 }, (_, i) => `192.0.2.${i + 1}`).join('\n')
    await fillForm(app, 'Many', ips)
    expect(screen.getByText('51 / 50 entries')).toBeInTheDocument()
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    expect(await screen.findByText('Enter at most 50 entries (you have 51).')).toBeInTheDocument()
  })

  it('puts the panel’s allowed_ips.N errors on the entries that were sent at N', async () => {
    // Sent in order: 203.0.113.0/24, 2001:db8::1, 198.51.100.7 (the blank line is not sent).
    refuseNext('POST', KEYS_PATH, [
      { field: 'description', detail: 'The description field is required.', rule: 'required' },
      ...[
        [0, '203.0.113.0/24'],
        [2, '198.51.100.7'],
      ].map(([i, ip]) => ({
        field: `allowed_ips.${i}`,
        detail: `"${ip}" is not a valid IP address or CIDR range.`,
        rule: '',
      })),
    ])
    const app = await openPage()
    await fillForm(app, 'CI deploy', '203.0.113.0/24\n2001:db8::1\n\n198.51.100.7')
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    expect(await screen.findByText('The description field is required.')).toBeInTheDocument()
    expect(screen.getByText('The panel refused 2 entries.')).toBeInTheDocument()
    expect(
      screen.getByText('Line 1: "203.0.113.0/24" is not a valid IP address or CIDR range.'),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Line 4: "198.51.100.7" is not a valid IP address or CIDR range.'),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Description')).toHaveFocus()
    // Nothing typed is lost.
    expect(screen.getByLabelText('Description')).toHaveValue('CI deploy')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('shows the panel’s other allowed_ips messages on the field', async () => {
    refuseNext('POST', KEYS_PATH, [
      {
        field: 'allowed_ips',
        detail: 'The allowed ips may not have more than 50 items.',
        rule: 'max',
      },
    ])
    const app = await openPage()
    await fillForm(app, 'CI deploy', '127.0.0.1')
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    expect(
      await screen.findByText('The allowed ips may not have more than 50 items.'),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Allowed IPs')).toHaveAttribute('aria-invalid', 'true')
  })

  it.each<[Failure, string]>([
    ['500', 'The panel ran into a problem. Try again in a moment.'],
    ['502', "Can't reach the panel right now. Try again in a moment."],
    ['419', 'Your security token expired. Try again; if it keeps happening, reload the page.'],
    ['429', 'Too many attempts. Try again in 30 seconds.'],
  ])('keeps the input when the panel answers %s', async (failure, message) => {
    await failRequests('POST', KEYS_PATH, failure)
    const app = await openPage()
    await fillForm(app, 'CI deploy', '127.0.0.1\n::1')
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.getByLabelText('Description')).toHaveValue('CI deploy')
    expect(screen.getByLabelText('Allowed IPs')).toHaveValue('127.0.0.1\n::1')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', CREATE_BUTTON)).toBeEnabled()
  })

  it('keeps the input when the panel is unreachable', async () => {
    dropConnections('POST', KEYS_PATH)
    const app = await openPage()
    await fillForm(app, 'CI deploy', '127.0.0.1')
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Can't reach the panel. Check your connection and try again.",
    )
    expect(screen.getByLabelText('Description')).toHaveValue('CI deploy')
  })

  it('disables Create at 25 keys and says why; the panel’s own limit message is shown too', async () => {
    await signIn('demo')
    for (let i = 0; i < 22; i++) await createApiKey({ description: `Bot ${i}`, allowedIps: [] })
    const app = await renderApp({ route: '/account/api' })
    expect(await screen.findByText('25 / 25')).toBeInTheDocument()
    const create = screen.getByRole('button', CREATE_BUTTON)
    expect(create).toBeDisabled()
    expect(create).toHaveAccessibleDescription(
      'You have 25 keys, the most the panel allows. Delete one to create another.',
    )

    // Delete one: Create comes back; a 26th key from elsewhere → the panel's 400 is shown.
    await app.user.click(screen.getByRole('button', { name: 'Delete API key “Bot 0”' }))
    await app.user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete key' }),
    )
    await waitFor(() => expect(screen.getByRole('button', CREATE_BUTTON)).toBeEnabled())
    await screen.findByText('24 / 25')
    await createApiKey({ description: 'Sneaky', allowedIps: [] })
    await fillForm(app, 'One more', '')
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have reached the account limit for number of API keys.',
    )
  })

  it('deletes a key after a confirmation naming it; the row goes at once', async () => {
    const app = await openPage()
    await app.user.click(
      await screen.findByRole('button', { name: 'Delete API key “Old laptop script”' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Old laptop script”?' })
    expect(dialog).toHaveTextContent(/Anything using the key ptlc_\w{11} will stop working/)
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete key' }))
    expect(screen.queryByText('Old laptop script')).not.toBeInTheDocument()
    expect(region()).toHaveFocus()
    expect(await screen.findByText('Deleted API key “Old laptop script”.')).toBeInTheDocument()
    expect(screen.getByText('2 / 25')).toBeInTheDocument()
  })

  // Issue 19, item 15: the notice shows, is replaced (not stacked) by the next, and leaves.
  it('shows one delete notice at a time, and it leaves after a while', async () => {
    // Fake timeouts that still run with real time, so the panel double and user-event work.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
    try {
      const app = await openPage()
      const remove = async (name: string) => {
        await app.user.click(
          await screen.findByRole('button', { name: `Delete API key “${name}”` }),
        )
        const dialog = await screen.findByRole('dialog')
        await app.user.click(within(dialog).getByRole('button', { name: 'Delete key' }))
        return screen.findByText(`Deleted API key “${name}”.`)
      }
      await remove('Old laptop script')
      const second = await remove('Home Assistant power buttons')
      expect(screen.queryByText('Deleted API key “Old laptop script”.')).not.toBeInTheDocument()
      expect(screen.getAllByText(/^Deleted API key/)).toHaveLength(1)
      expect(second).toBeVisible()

      await act(() => vi.advanceTimersByTimeAsync(NOTICE_MS))
      expect(screen.queryByText(/^Deleted API key/)).not.toBeInTheDocument()
    } finally {
      vi.useRealTimers()
    }
  })

  it('cancelling a delete keeps the key', async () => {
    const app = await openPage()
    await app.user.click(
      await screen.findByRole('button', { name: 'Delete API key “Old laptop script”' }),
    )
    await app.user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByText('Old laptop script')).toBeInTheDocument()
  })

  it.each([
    ['fails', 'The panel ran into a problem. Try again in a moment.'],
    ['finds it already gone', 'The requested resource could not be found on the server.'],
  ])(
    'says why when the delete %s (and puts back a key that still exists)',
    async (what, message) => {
      const app = await openPage()
      await app.user.click(
        await screen.findByRole('button', { name: 'Delete API key “Old laptop script”' }),
      )
      const identifier = /ptlc_\w{11}/.exec((await screen.findByRole('dialog')).textContent ?? '')
      if (!identifier) throw new Error('no key identifier in the dialog')
      if (what === 'fails') {
        await fault({ method: 'DELETE', path: `${KEYS_PATH}/`, status: 500 })
      } else {
        await deleteApiKey(identifier[0]) // from another tab: the panel answers 404
      }
      await app.user.click(
        within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete key' }),
      )
      expect(await screen.findByRole('alert')).toHaveTextContent(
        `Couldn’t delete “Old laptop script”. ${message}`,
      )
      // A failed delete puts the row back; one already gone elsewhere stays gone.
      if (what === 'fails') expect(await screen.findByText('Old laptop script')).toBeInTheDocument()
    },
  )
})

describe('new API key on screen', () => {
  function unloadIsQuestioned() {
    const event = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(event)
    return event.defaultPrevented
  }

  it('refuses Back/links and questions a reload until “I’ve copied it”', async () => {
    const app = await openPage()
    await fillForm(app, 'Backup job', '')
    expect(unloadIsQuestioned()).toBe(false)
    await app.user.click(screen.getByRole('button', CREATE_BUTTON))
    const dialog = await screen.findByRole('dialog', { name: 'Copy your new API key' })

    // The guard's blocker registers in effects after the dialog paints: let them run first.
    await waitFor(() => expect(unloadIsQuestioned()).toBe(true))
    await act(async () => {})
    await act(() => app.router.navigate('/account'))
    expect(app.path()).toBe('/account/api')
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "You're still here: this key can't be shown again.",
    )
    expect(within(dialog).getByText(/^ptlc_/)).toBeInTheDocument()
    expect(unloadIsQuestioned()).toBe(true)

    await app.user.click(within(dialog).getByRole('button', { name: 'I’ve copied it' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(unloadIsQuestioned()).toBe(false)
    await act(() => app.router.navigate('/account'))
    expect(app.path()).toBe('/account')
  })
})
