import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'

import { activityLogSchema } from '@/api/activity'
import { de } from '@/i18n/de'
import { setLanguage } from '@/i18n/language'

import { ActivityEntryRow } from './activity-entry-row'

// Items shaped exactly as the panel sends them (contract §10 activity vector).
const JANE = {
  object: 'user',
  attributes: {
    uuid: '4f5b1c1e-2a7d-4c8e-9b1a-6d2f0e3c5a71',
    username: 'jane',
    email: 'jane@example.com',
    image: 'https://gravatar.com/avatar/9e26471d35a78862c17e467d87cddedf',
    '2fa_enabled': true,
    created_at: '2024-01-02T03:04:05+00:00',
  },
}

function item(attributes: Record<string, unknown>) {
  return activityLogSchema.parse({
    object: 'activity_log',
    attributes: {
      id: '92cfceb39d57d914ed8b14d0e37643de0797ae56',
      batch: null,
      is_api: false,
      ip: null,
      description: null,
      properties: {},
      has_additional_metadata: false,
      timestamp: '2024-10-24T12:00:00+00:00',
      ...attributes,
    },
  })
}

function renderRow(entry: ReturnType<typeof item>, locale = 'en') {
  render(
    <MemoryRouter>
      <ol>
        <ActivityEntryRow
          entry={entry}
          locale={locale}
          filterHref={(event) => `/account/activity?event=${encodeURIComponent(event)}`}
        />
      </ol>
    </MemoryRouter>,
  )
  return screen.getByRole('listitem')
}

describe('ActivityEntryRow', () => {
  it('renders the contract vector: sentence, actor with email, IP, filter link, time', async () => {
    const row = renderRow(
      item({
        event: 'user:api-key.create',
        ip: '198.51.100.7',
        properties: { identifier: 'ptlc_Xk3mPq9Ztw1' },
        relationships: { actor: JANE },
      }),
    )
    expect(row.querySelector('p')).toHaveTextContent('Created new API key ptlc_Xk3mPq9Ztw1')
    expect(within(row).getByText('jane')).toHaveAttribute('title', 'jane@example.com')
    expect(within(row).getByText('198.51.100.7')).toBeInTheDocument()
    await userEvent.click(within(row).getByText('Details'))
    expect(
      within(row).getByRole('link', { name: 'Show only user:api-key.create events' }),
    ).toHaveAttribute('href', '/account/activity?event=user%3Aapi-key.create')
    expect(row.querySelector('time')).toHaveAttribute('datetime', '2024-10-24T12:00:00.000Z')
    expect(row.querySelector('time')).toHaveAttribute(
      'title',
      // The exact time in the viewer's time zone, in English.
      expect.stringMatching(/^Oct 2[345], 2024, \d{1,2}:00:00\s[AP]M$/),
    )
    expect(within(row).queryByText('via API key')).not.toBeInTheDocument()
    expect(within(row).getByText('Details')).toBeInTheDocument()
  })

  it('shows "System", "IP hidden" and highlighted metadata for a guest failure', async () => {
    const row = renderRow(
      item({
        event: 'auth:fail',
        properties: {
          ip: '[hidden]',
          useragent: 'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
          username: 'jane',
        },
        has_additional_metadata: true,
        relationships: { actor: { object: 'null_resource', attributes: null } },
      }),
    )
    expect(row.querySelector('p')).toHaveTextContent('Failed sign-in')
    expect(within(row).getByText('System')).toBeInTheDocument()
    expect(within(row).getByText('IP hidden')).toBeInTheDocument()
    expect(within(row).getByText('Firefox on Linux')).toHaveAttribute(
      'title',
      expect.stringContaining('Firefox/131.0'),
    )
    // The raw marker only appears in the raw properties.
    expect(within(row).queryByText(/\[hidden\]/, { selector: 'span, p, strong' })).toBeNull()
    const summary = within(row).getByText('More details')
    await userEvent.click(summary)
    expect(row.querySelector('details')).toHaveAttribute('open')
    expect(row.querySelector('pre')).toHaveTextContent('"username": "jane"')
  })

  it('marks requests made with an API key', () => {
    const row = renderRow(
      item({
        event: 'user:ssh-key.delete',
        is_api: true,
        ip: '203.0.113.24',
        properties: { fingerprint: 'abc' },
        relationships: { actor: JANE },
      }),
    )
    expect(within(row).getByText('via API key')).toBeVisible()
  })

  it('renders an unknown event with markup in it as text, with its raw properties', async () => {
    const row = renderRow(
      item({
        event: 'plugin:<img src=x onerror=alert(1)>',
        properties: { note: '<script>alert(1)</script>' },
        has_additional_metadata: true,
        relationships: { actor: JANE },
      }),
    )
    expect(row.querySelector('img')).toBeNull()
    expect(row.querySelector('script')).toBeNull()
    expect(row.querySelector('p')).toHaveTextContent(
      'plugin:<img src=x onerror=alert(1)> (note <script>alert(1)</script>)',
    )
    await userEvent.click(within(row).getByText('More details'))
    expect(row.querySelector('pre')).toHaveTextContent('"note": "<script>alert(1)</script>"')
  })

  // Issue 19, item 11: a row is one Tab stop (its details), not three (time, event link, details).
  it('costs one Tab stop per row; the filter link and exact time are in its details', async () => {
    const user = userEvent.setup()
    render(
      <MemoryRouter>
        <ol>
          {['auth:success', 'user:api-key.create'].map((event, i) => (
            <ActivityEntryRow
              key={event}
              entry={item({ id: `id${i}`, event, relationships: { actor: JANE } })}
              locale="en"
              filterHref={(name) => `/account/activity?event=${name}`}
            />
          ))}
        </ol>
      </MemoryRouter>,
    )
    const [first, second] = screen.getAllByRole('listitem') as [HTMLElement, HTMLElement]
    await user.tab()
    expect(first.querySelector('summary')).toHaveFocus()
    await user.tab()
    expect(second.querySelector('summary')).toHaveFocus()
    await user.tab()
    expect(document.body).toHaveFocus()

    await user.click(second.querySelector('summary')!)
    expect(
      within(second).getByRole('link', { name: 'Show only user:api-key.create events' }),
    ).toBeVisible()
    expect(second.querySelector('details')).toHaveTextContent(/Oct 2[345], 2024/)
  })

  it('keeps relative times ticking: seconds each second, not once a minute', () => {
    vi.useFakeTimers({
      now: new Date('2024-10-24T12:00:05Z'),
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
    })
    try {
      const row = renderRow(item({ event: 'auth:success', relationships: { actor: JANE } }))
      const time = row.querySelector('time')!
      expect(time).toHaveTextContent(/^5 seconds ago/)
      // A second at a time, as a browser's timers would fire (each render sets the next one).
      const advance = (seconds: number) => {
        for (let i = 0; i < seconds; i++) {
          act(() => {
            vi.advanceTimersByTime(1_000)
          })
        }
      }
      advance(10)
      expect(time).toHaveTextContent(/^15 seconds ago/)
      advance(60)
      expect(time).toHaveTextContent(/^1 minute ago/)
    } finally {
      vi.useRealTimers()
    }
  })

  // Issue 19, item 13: SSH key events show the fingerprint as ssh-keygen does, and the key's name.
  it('shows an SSH key event with SHA256: and the key name from the key list', () => {
    render(
      <MemoryRouter>
        <ol>
          <ActivityEntryRow
            entry={item({
              event: 'user:ssh-key.create',
              properties: { fingerprint: 'T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M' },
              relationships: { actor: JANE },
            })}
            locale="en"
            filterHref={() => '/'}
            sshKeyName={(fp) => (fp.endsWith('V8M') ? 'MacBook Pro' : undefined)}
          />
        </ol>
      </MemoryRouter>,
    )
    const sentence = screen.getByRole('listitem').querySelector('p')
    expect(sentence).toHaveTextContent(
      'Added SSH key SHA256:T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M to account (MacBook Pro)',
    )
    expect(screen.getByText('(MacBook Pro)')).toHaveAttribute('title', 'MacBook Pro')
  })

  it('copes with `[]` properties and a missing actor relationship', () => {
    const row = renderRow(item({ event: 'user:two-factor.create', properties: [] }))
    expect(row.querySelector('p')).toHaveTextContent('Enabled two-factor auth')
    expect(within(row).getByText('Unknown user')).toBeInTheDocument()
  })
})

describe('ActivityEntryRow in German', () => {
  it('labels the row in German, with a German date', async () => {
    await act(() => setLanguage('de'))
    const t = de.activity
    const row = renderRow(
      item({
        event: 'auth:fail',
        is_api: true,
        description: 'Beispiel',
        properties: {
          ip: '[hidden]',
          useragent: 'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
          username: 'jane',
        },
        has_additional_metadata: true,
        relationships: { actor: { object: 'null_resource', attributes: null } },
      }),
      'de',
    )
    expect(row.querySelector('p')).toHaveTextContent(t.events.signInFailed.sentence)
    expect(within(row).getByText(t.entry.system)).toBeInTheDocument()
    expect(within(row).getByText(t.entry.ipHidden)).toHaveAttribute('title', t.entry.ipHiddenHint)
    expect(within(row).getByText(t.device.browserOnSystem('Firefox', 'Linux'))).toBeInTheDocument()
    expect(within(row).getByText(t.entry.viaApiKey)).toBeInTheDocument()
    await userEvent.click(within(row).getByText(t.entry.moreDetails))
    expect(
      within(row).getByRole('link', { name: t.entry.filterByEvent('auth:fail') }),
    ).toBeInTheDocument()
    expect(within(row).getByText(t.entry.moreDetails)).toBeInTheDocument()
    expect(within(row).getByText(t.entry.properties)).toBeInTheDocument()
    expect(within(row).getByText(t.entry.descriptionLabel.trim())).toBeInTheDocument()
    expect(row.querySelector('time')).toHaveAttribute(
      'title',
      expect.stringMatching(/^2[345]\.10\.2024, \d{2}:00:00$/),
    )
  })

  it('names a missing actor in German', async () => {
    await act(() => setLanguage('de'))
    const row = renderRow(item({ event: 'user:two-factor.create', properties: [] }), 'de')
    expect(row.querySelector('p')).toHaveTextContent(de.activity.events.twoFactorEnabled.sentence)
    expect(within(row).getByText(de.activity.entry.unknownUser)).toBeInTheDocument()
  })
})
