import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'

import { de } from '@/i18n/de'
import { clearFailures, fault } from '@/test-kit/faults'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { recordRequests } from '@/test-kit/recorder'
import { renderApp } from '@/test-kit/render'

// The demo panel seeds ~118 account events for `demo` (server/demo-panel/seed-activity.ts); signing in
// for the test adds one more `auth:success`, so the feed holds 119 entries.

const ACTIVITY_PATH = '/api/client/account/activity'

/** URLs of the activity requests the app sends to the panel during this test. */
function recordActivityRequests() {
  return recordRequests({ method: 'GET', path: ACTIVITY_PATH }).requests
}

async function entries() {
  const list = await screen.findByRole('list', { name: 'Activity entries' })
  return within(list).getAllByRole('listitem')
}

function listStatus() {
  return screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Showing'))
}

describe('activity page', () => {
  it('shows the newest entries first with sentence, actor, IP and time', async () => {
    const requests = recordActivityRequests()
    const { user } = await renderApp({ route: '/account/activity', signedInAs: 'demo' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument()

    const rows = await entries()
    expect(rows).toHaveLength(25)
    // The newest entry is this test's own sign-in.
    const first = rows[0]!
    expect(within(first).getByText('Signed in')).toBeInTheDocument()
    expect(within(first).getByText('demo')).toHaveAttribute('title', 'demo@example.com')
    expect(within(first).getByText('127.0.0.1')).toBeInTheDocument()
    const time = first.querySelector('time')!
    expect(time).toHaveTextContent(/^(now|\d+ seconds? ago) \(/)
    expect(time).toHaveAttribute('title', expect.stringMatching(/\d{4}/))
    await user.click(within(first).getByText('Details'))
    expect(within(first).getByRole('link', { name: 'Show only auth:success events' })).toBeVisible()

    expect(listStatus()).toHaveTextContent('Showing 1–25 of 119 entries')
    expect(screen.getByRole('navigation', { name: 'Activity pages' })).toHaveTextContent(
      'Page 1 of 5',
    )

    const sent = requests.at(-1)!.url
    expect(sent.searchParams.get('sort')).toBe('-timestamp')
    expect(sent.searchParams.get('include')).toBe('actor')
    expect(sent.searchParams.get('page')).toBe('1')
    expect(sent.searchParams.get('per_page')).toBe('25')
    expect(sent.searchParams.has('filter[event]')).toBe(false)
  })

  it('marks API-key requests and shows the raw properties on demand', async () => {
    const { user } = await renderApp({
      route: '/account/activity?event=user:api-key.create',
      signedInAs: 'demo',
    })
    const rows = await entries()
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      expect(row.querySelector('p')).toHaveTextContent(/^Created new API key ptlc_\w{11}$/)
    }
    const viaApi = rows.filter((row) => within(row).queryByText('via API key'))
    expect(viaApi).toHaveLength(1)

    const row = rows[0]!
    const details = within(row).getByText('Details')
    await user.click(details)
    const identifier = within(row).getByText(/^ptlc_\w{11}$/, { selector: 'strong' }).textContent
    expect(row.querySelector('pre')).toHaveTextContent(`{ "identifier": "${identifier}" }`)
  })

  it('shows "System", the hidden IP and highlighted metadata for failed sign-ins', async () => {
    const { user } = await renderApp({
      route: '/account/activity?event=auth:fail',
      signedInAs: 'demo',
    })
    const rows = await entries()
    expect(rows.length).toBeGreaterThan(0)
    const row = rows[0]!
    expect(within(row).getByText('Failed sign-in')).toBeInTheDocument()
    expect(within(row).getByText('System')).toBeInTheDocument()
    expect(within(row).getByText('IP hidden')).toBeInTheDocument()
    // auth:fail carries the typed username/email: more than the sentence shows.
    await user.click(within(row).getByText('More details'))
    expect(row.querySelector('pre')).toHaveTextContent('"ip": "[hidden]"')
  })

  it('pages through the feed with the place kept in the URL', async () => {
    const requests = recordActivityRequests()
    const { user, path, router } = await renderApp({
      route: '/account/activity?page=2&per_page=10',
      signedInAs: 'demo',
    })
    await entries()
    expect(listStatus()).toHaveTextContent('Showing 11–20 of 119 entries')
    const nav = screen.getByRole('navigation', { name: 'Activity pages' })
    expect(nav).toHaveTextContent('Page 2 of 12')
    expect(requests.at(-1)!.url.searchParams.get('page')).toBe('2')
    expect(requests.at(-1)!.url.searchParams.get('per_page')).toBe('10')

    await user.click(within(nav).getByRole('link', { name: 'Next' }))
    expect(path()).toBe('/account/activity?page=3&per_page=10')
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 21–30 of 119 entries'))
    expect(requests.at(-1)!.url.searchParams.get('page')).toBe('3')
    // Focus moves to the top of the list after paging.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'All activity' })).toHaveFocus(),
    )

    await user.click(screen.getByRole('link', { name: 'Previous' }))
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 11–20 of 119 entries'))
    await user.click(screen.getByRole('link', { name: 'Previous' }))
    expect(path()).toBe('/account/activity?per_page=10')
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 1–10 of 119 entries'))
    expect(
      within(screen.getByRole('navigation', { name: 'Activity pages' })).getByRole('button', {
        name: 'Previous',
      }),
    ).toBeDisabled()

    // Back goes to the previous page of the feed.
    await router.navigate(-1)
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 11–20 of 119 entries'))
    expect(path()).toBe('/account/activity?page=2&per_page=10')
  })

  it('changes the page size and keeps the first visible entry in view', async () => {
    const { user, path } = await renderApp({
      route: '/account/activity?page=3&per_page=10',
      signedInAs: 'demo',
    })
    await entries()
    await user.selectOptions(screen.getByLabelText('Per page'), '25')
    // Entry 21 is on page 1 at 25 per page.
    expect(path()).toBe('/account/activity')
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 1–25 of 119 entries'))
    await user.selectOptions(screen.getByLabelText('Per page'), '100')
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 1–100 of 119 entries'))
    expect(await entries()).toHaveLength(100)
  })

  it('filters by event on the panel, across all pages, and clears the filter', async () => {
    const requests = recordActivityRequests()
    const { user, path } = await renderApp({
      route: '/account/activity?page=2',
      signedInAs: 'demo',
    })
    await entries()
    await user.selectOptions(screen.getByLabelText('Event'), 'user:api-key.create')
    // The page resets to 1 and the filter lives in the URL.
    expect(path()).toBe('/account/activity?event=user%3Aapi-key.create')
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 1–5 of 5 entries'))
    const sent = requests.at(-1)!.url
    expect(sent.searchParams.get('filter[event]')).toBe('user:api-key.create')
    expect(sent.searchParams.get('page')).toBe('1')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('API key created')
    for (const row of await entries()) expect(row).toHaveTextContent('Created new API key')
    // One page of results: no pager.
    expect(screen.queryByRole('navigation', { name: 'Activity pages' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear filter' }))
    expect(path()).toBe('/account/activity')
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 1–25 of 119 entries'))
    expect(requests.at(-1)!.url.searchParams.has('filter[event]')).toBe(false)
    expect(screen.getByLabelText('Event')).toHaveValue('')
  })

  it('filters by clicking an event name in a row', async () => {
    const { user, path } = await renderApp({ route: '/account/activity', signedInAs: 'demo' })
    const [first] = await entries()
    await user.click(within(first!).getByText('Details'))
    await user.click(within(first!).getByRole('link', { name: 'Show only auth:success events' }))
    expect(path()).toBe('/account/activity?event=auth%3Asuccess')
    await waitFor(() => expect(listStatus()).not.toHaveTextContent('of 119 entries'))
    expect(listStatus()).toHaveTextContent(/^Showing 1–25 of \d+ entries$/)
    for (const row of await entries()) expect(row.querySelector('p')).toHaveTextContent('Signed in')
    expect(screen.getByLabelText('Event')).toHaveValue('auth:success')
  })

  it('says so when nothing matches the filter', async () => {
    const { user, path } = await renderApp({
      route: '/account/activity?event=user:nothing-like-this',
      signedInAs: 'demo',
    })
    expect(await screen.findByText('No entries match this filter')).toBeInTheDocument()
    expect(screen.getByText('user:nothing-like-this', { selector: 'span' })).toBeInTheDocument()
    // An event Talon doesn't list is still shown as the current choice.
    expect(screen.getByLabelText('Event')).toHaveValue('user:nothing-like-this')
    await user.click(screen.getByRole('button', { name: 'Show all events' }))
    expect(path()).toBe('/account/activity')
    expect(await entries()).toHaveLength(25)
  })

  it('offers the last page when the URL points past the end', async () => {
    const { user, path } = await renderApp({
      route: '/account/activity?page=99',
      signedInAs: 'demo',
    })
    expect(await screen.findByText('There is no page 99')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Go to the last page' }))
    expect(path()).toBe('/account/activity?page=5')
    await waitFor(() => expect(listStatus()).toHaveTextContent('Showing 101–119 of 119 entries'))
  })

  it('shows an error with a retry that recovers', async () => {
    await fault({ method: 'GET', path: `${ACTIVITY_PATH}$`, status: 500 })
    const { user } = await renderApp({ route: '/account/activity', signedInAs: 'demo' })
    const alert = (await screen.findByText("Couldn't load your activity")).closest('[role=alert]')
    if (!(alert instanceof HTMLElement)) throw new Error('no alert')
    expect(alert).toHaveTextContent('The panel ran into a problem.')
    await clearFailures() // the panel is back
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await entries()).toHaveLength(25)
    expect(screen.queryByText("Couldn't load your activity")).not.toBeInTheDocument()
  })

  it('falls back to defaults for invalid URL params and corrects the URL', async () => {
    const requests = recordActivityRequests()
    const { path } = await renderApp({
      route: '/account/activity?page=abc&per_page=7&event=',
      signedInAs: 'demo',
    })
    expect(await entries()).toHaveLength(25)
    const sent = requests.at(-1)!.url
    expect(sent.searchParams.get('page')).toBe('1')
    expect(sent.searchParams.get('per_page')).toBe('25')
    expect(sent.searchParams.has('filter[event]')).toBe(false)
    await waitFor(() => expect(path()).toBe('/account/activity'))
  })

  it('caps a larger page size at 100, like the panel', async () => {
    const requests = recordActivityRequests()
    const { path } = await renderApp({
      route: '/account/activity?per_page=500&page=-2',
      signedInAs: 'demo',
    })
    expect(await entries()).toHaveLength(100)
    expect(requests.at(-1)!.url.searchParams.get('per_page')).toBe('100')
    expect(requests.at(-1)!.url.searchParams.get('page')).toBe('1')
    await waitFor(() => expect(path()).toBe('/account/activity?per_page=100'))
    expect(screen.getByLabelText('Per page')).toHaveValue('100')
  })

  it('formats times in the account language, with English for languages without a catalogue', async () => {
    let language = 'de'
    server.use(http.get('*/api/client/account', () => demoAccountAnswer({ language })))
    const first = await renderApp({ route: '/account/activity', signedInAs: 'demo' })
    const list = await screen.findByRole('list', { name: de.activity.page.entriesLabel })
    const row = within(list).getAllByRole('listitem')[0]!
    // German text and German dates together.
    expect(row.querySelector('p')).toHaveTextContent(de.activity.events.signedIn.sentence)
    expect(row.querySelector('time')).toHaveTextContent(/^(jetzt|vor \d+ Sekunden?) \(/)
    first.unmount()

    // No catalogue → English throughout, dates included (even where Intl knows the language).
    for (const other of ['xx', 'fr']) {
      language = other
      const again = await renderApp({ route: '/account/activity' })
      const [englishRow] = await entries()
      expect(englishRow!.querySelector('p')).toHaveTextContent('Signed in')
      expect(englishRow!.querySelector('time')).toHaveTextContent(/^(now|\d+ seconds? ago) \(/)
      expect(englishRow!.querySelector('time')).toHaveAttribute(
        'title',
        expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, /),
      )
      again.unmount()
    }
  })
})
