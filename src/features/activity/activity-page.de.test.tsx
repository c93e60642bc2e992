import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'

import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { parseTemplate } from './event-templates'

// The activity page for an account whose `language` is `de`: German sentences, filters, pager,
// numbers and dates. Expected texts come from the `de` catalogue (the demo panel seeds 118
// events for `demo`; signing in adds one more `auth:success`).

const t = de.activity

function serveGermanAccount() {
  server.use(http.get('*/api/client/account', () => demoAccountAnswer({ language: 'de' })))
}

async function entries() {
  const list = await screen.findByRole('list', { name: t.page.entriesLabel })
  return within(list).getAllByRole('listitem')
}

function listStatus() {
  return screen.getAllByRole('status').find((el) => /\d+–\d+/.test(el.textContent ?? ''))
}

/** A catalogue sentence as a pattern, its `:placeholders` matching `value`. */
function sentencePattern(template: string, value: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const body = parseTemplate(template)
    .map((part) => ('text' in part ? escape(part.text) : value))
    .join('')
  return new RegExp(`^${body}$`)
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot)

describe('activity page in German', () => {
  it('shows German sentences, labels, pager text and dates', async () => {
    serveGermanAccount()
    await renderApp({ route: '/account/activity?per_page=10', signedInAs: 'demo' })
    expect(await screen.findByRole('heading', { level: 1, name: t.page.title })).toBeVisible()
    expect(screen.getByText(t.page.description)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: t.page.allActivity })).toBeVisible()

    const rows = await entries()
    expect(rows).toHaveLength(10)
    // The newest entry is this test's own sign-in (auth:success).
    const first = rows[0]!
    expect(first.querySelector('p')).toHaveTextContent(t.events.signedIn.sentence)
    expect(first.querySelector('p')).not.toHaveTextContent(en.activity.events.signedIn.sentence)
    expect(within(first).getByText('auth:success')).toBeInTheDocument()
    fireEvent.click(within(first).getByText(t.entry.details))
    expect(
      await within(first).findByRole('link', { name: t.entry.filterByEvent('auth:success') }),
    ).toBeInTheDocument()
    // German dates: relative text and the exact time as 24.10.2024, 14:05:09.
    const time = first.querySelector('time')!
    expect(time).toHaveTextContent(/^(jetzt|vor \d+ Sekunden?) \(/)
    expect(time).toHaveAttribute(
      'title',
      expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/),
    )

    expect(listStatus()).toHaveTextContent(t.status.showing(1, 10, 119))
    const nav = screen.getByRole('navigation', { name: t.pagination.label })
    expect(nav).toHaveTextContent(fill(t.pagination.position, { page: '1', total: '12' }))
    expect(within(nav).getByRole('button', { name: t.pagination.previous })).toBeDisabled()
    expect(within(nav).getByRole('link', { name: t.pagination.next })).toBeVisible()

    // Filters: German labels and German group names, in picker order.
    expect(screen.getByRole('search', { name: t.filters.label })).toBeInTheDocument()
    const picker = screen.getByLabelText(t.filters.event)
    expect(within(picker).getByRole('option', { name: t.filters.allEvents })).toHaveValue('')
    const groups = [...picker.querySelectorAll('optgroup')].map((g) => g.label)
    expect(groups).toEqual([
      t.groups.signIn,
      t.groups.account,
      t.groups.apiKeys,
      t.groups.sshKeys,
      t.groups.twoFactor,
      t.groups.subusers,
    ])
    expect(within(picker).getByRole('option', { name: t.events.apiKeyCreated.label })).toHaveValue(
      'user:api-key.create',
    )
    expect(screen.getByLabelText(t.filters.perPage)).toHaveValue('10')
  })

  it('fills placeholders of German sentences and filters with German names', async () => {
    serveGermanAccount()
    const { user } = await renderApp({ route: '/account/activity', signedInAs: 'demo' })
    await entries()
    await user.selectOptions(screen.getByLabelText(t.filters.event), 'user:api-key.create')
    await waitFor(() => expect(listStatus()).toHaveTextContent(t.status.showing(1, 5, 5)))
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      `${t.page.filteredPrefix}${t.events.apiKeyCreated.label}`,
    )
    const pattern = sentencePattern(t.events.apiKeyCreated.sentence, 'ptlc_\\w{11}')
    const rows = await entries()
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      expect(row.querySelector('p')?.textContent).toMatch(pattern)
      expect(within(row).getByText(/^ptlc_\w{11}$/, { selector: 'strong' })).toBeInTheDocument()
    }
    expect(rows.filter((row) => within(row).queryByText(t.entry.viaApiKey))).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: t.filters.clear }))
    await waitFor(() => expect(listStatus()).toHaveTextContent(t.status.showing(1, 25, 119)))
  })

  it('speaks German for a failed sign-in by the system', async () => {
    serveGermanAccount()
    await renderApp({ route: '/account/activity?event=auth:fail', signedInAs: 'demo' })
    const [row] = await entries()
    expect(row!.querySelector('p')).toHaveTextContent(t.events.signInFailed.sentence)
    expect(within(row!).getByText(t.entry.system)).toBeInTheDocument()
    expect(within(row!).getByText(t.entry.ipHidden)).toHaveAttribute('title', t.entry.ipHiddenHint)
    expect(within(row!).getByText(t.entry.moreDetails)).toBeInTheDocument()
  })

  it('formats page numbers the German way when the URL points past the end', async () => {
    serveGermanAccount()
    const { user, path } = await renderApp({
      route: '/account/activity?page=12345',
      signedInAs: 'demo',
    })
    const title = t.empty.noSuchPage.title(12345)
    expect(title).toContain('12.345')
    expect(await screen.findByText(title)).toBeInTheDocument()
    expect(screen.getByText(t.empty.noSuchPage.description(5))).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: t.empty.noSuchPage.action }))
    expect(path()).toBe('/account/activity?page=5')
    await waitFor(() => expect(listStatus()).toHaveTextContent(t.status.showing(101, 119, 119)))
  })

  it('says so in German when nothing matches the filter', async () => {
    serveGermanAccount()
    await renderApp({ route: '/account/activity?event=user:nothing-like-this', signedInAs: 'demo' })
    expect(await screen.findByText(t.empty.noMatch.title)).toBeInTheDocument()
    const description = screen.getByText('user:nothing-like-this', {
      selector: 'span',
    }).parentElement!
    expect(description).toHaveTextContent(
      fill(t.empty.noMatch.description, { event: 'user:nothing-like-this' }),
    )
    expect(screen.getByRole('button', { name: t.empty.noMatch.action })).toBeInTheDocument()
    const picker = screen.getByLabelText(t.filters.event)
    expect(picker.querySelector('optgroup:last-of-type')).toHaveAttribute(
      'label',
      t.filters.otherGroup,
    )
  })
})
