import { act, render, screen } from '@testing-library/react'

import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { setLanguage } from '@/i18n/language'

import { ACTIVITY_EVENTS, templatePlaceholders } from '../event-templates'

import { ActivitySentence } from './activity-sentence'

function sentence(event: string, properties: Record<string, unknown>, locale = 'en') {
  const { container, unmount } = render(
    <p data-testid="sentence">
      <ActivitySentence event={event} properties={properties} locale={locale} />
    </p>,
  )
  const p = screen.getByTestId('sentence')
  const result = {
    text: p.textContent,
    strong: [...p.querySelectorAll('strong')].map((s) => s.textContent),
    container,
  }
  unmount()
  return result
}

// Every account-feed event of contract §4.3, with the properties the panel logs and the exact
// English sentence (resources/lang/en/activity.php) it must read as.
const CONTRACT_EVENTS: [string, Record<string, unknown>, string][] = [
  ['auth:success', { ip: '203.0.113.24', useragent: 'Mozilla/5.0' }, 'Logged in'],
  ['auth:fail', { ip: '[hidden]', useragent: 'Mozilla/5.0', username: 'jane' }, 'Failed log in'],
  [
    'auth:checkpoint',
    { ip: '[hidden]', useragent: 'Mozilla/5.0' },
    'Two-factor authentication requested',
  ],
  ['auth:token', { ip: '203.0.113.24', useragent: 'Mozilla/5.0' }, 'Solved two-factor challenge'],
  [
    'auth:recovery-token',
    { ip: '203.0.113.24', useragent: 'Mozilla/5.0' },
    'Used two-factor recovery token',
  ],
  [
    'auth:ip-blocked',
    { identifier: 'ptlc_Xk3mPq9Ztw1' },
    'Blocked request from unlisted IP address for ptlc_Xk3mPq9Ztw1',
  ],
  [
    'auth:reset-password',
    { ip: '203.0.113.24', useragent: 'Mozilla/5.0' },
    'Requested password reset',
  ],
  ['event:password-reset', { ip: '203.0.113.24', useragent: 'Mozilla/5.0' }, 'Password reset'],
  ['auth:sftp.fail', { method: 'password' }, 'Failed SFTP log in'],
  [
    'user:account.email-changed',
    { old: 'jane@example.com', new: 'jane.new@example.com' },
    'Changed email from jane@example.com to jane.new@example.com',
  ],
  ['user:account.password-changed', {}, 'Changed password'],
  [
    'user:api-key.create',
    { identifier: 'ptlc_Xk3mPq9Ztw1' },
    'Created new API key ptlc_Xk3mPq9Ztw1',
  ],
  ['user:api-key.delete', { identifier: 'ptlc_Xk3mPq9Ztw1' }, 'Deleted API key ptlc_Xk3mPq9Ztw1'],
  [
    'user:ssh-key.create',
    { fingerprint: 'T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M' },
    'Added SSH key T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M to account',
  ],
  [
    'user:ssh-key.delete',
    { fingerprint: 'T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M' },
    'Removed SSH key T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M from account',
  ],
  ['user:two-factor.create', {}, 'Enabled two-factor auth'],
  ['user:two-factor.delete', {}, 'Disabled two-factor auth'],
  [
    'server:subuser.create',
    { email: 'sam@example.com', permissions: ['control.console'], count: 1 },
    'Added sam@example.com as a subuser',
  ],
  [
    'server:subuser.update',
    { email: 'sam@example.com', permissions: ['control.start'], revoked: [], count: 1 },
    'Updated the subuser permissions for sam@example.com',
  ],
  ['server:subuser.delete', { email: 'sam@example.com' }, 'Removed sam@example.com as a subuser'],
]

describe('ActivitySentence', () => {
  it.each(CONTRACT_EVENTS)('%s reads as the panel sentence', (event, properties, expected) => {
    const { text } = sentence(event, properties)
    expect(text).toBe(expected)
    expect(text).not.toMatch(/(^|\s):[a-z_]/i)
  })

  it('covers every catalogued user:*, auth:* and server:subuser.* event of the contract', () => {
    const tested = new Set(CONTRACT_EVENTS.map(([event]) => event))
    const catalogued = Object.entries(ACTIVITY_EVENTS)
      .filter(([, info]) => info.filterable)
      .map(([event]) => event)
    expect([...tested].sort()).toEqual([...catalogued].sort())
  })

  it('emphasises property values with <strong>', () => {
    const { strong } = sentence('user:account.email-changed', {
      old: 'a@example.com',
      new: 'b@example.com',
    })
    expect(strong).toEqual(['a@example.com', 'b@example.com'])
  })

  it('renders a missing property as a readable fallback, never a raw :placeholder', () => {
    const { text } = sentence('user:api-key.create', {})
    expect(text).toBe('Created new API key unknown')
    expect(sentence('user:account.email-changed', { new: 'b@example.com', old: null }).text).toBe(
      'Changed email from unknown to b@example.com',
    )
    expect(sentence('user:ssh-key.delete', { fingerprint: '  ' }).text).toBe(
      'Removed SSH key unknown from account',
    )
  })

  it('renders markup in a property value as text, never as HTML', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { text, container, strong } = sentence('user:api-key.create', { identifier: evil })
    expect(text).toBe(`Created new API key ${evil}`)
    expect(strong).toEqual([evil])
    expect(container.querySelector('img')).toBeNull()
  })

  it('renders markup in an unknown event and its properties as text', () => {
    const { container, text } = sentence('<b>x</b>:evil', { note: '<img src=x onerror=alert(1)>' })
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('b')).toBeNull()
    expect(text).toContain('<b>x</b>:evil')
  })

  it('shows an event it does not know by name, with its properties', () => {
    const { text, strong } = sentence('server:power.start', {
      ip: '203.0.113.24',
      useragent: 'Mozilla/5.0',
      signal: 'start',
      files: ['a.txt', 'b.txt'],
      files_count: 2,
    })
    expect(text).toBe('server:power.start (signal start, files a.txt and b.txt, files_count 2)')
    // Counts are not emphasised (as in the panel).
    expect(strong).toEqual(['start', 'a.txt and b.txt'])
  })

  it('shows an unknown event without properties as just its name', () => {
    expect(sentence('plugin:thing.happened', {}).text).toBe('plugin:thing.happened')
  })

  it('does not look up templates through the prototype chain', () => {
    expect(sentence('constructor', {}).text).toBe('constructor')
    expect(sentence('__proto__', {}).text).toBe('__proto__')
  })

  it("leaves request metadata (ip, useragent) out of an unknown event's summary", () => {
    expect(
      sentence('custom:ip-event', { ip: '[hidden]', useragent: 'curl/8', who: 'x' }).text,
    ).toBe('custom:ip-event (who x)')
  })

  it('formats numbers for the account language', () => {
    expect(sentence('plugin:bulk', { rows: 1234567 }, 'de').text).toBe(
      'plugin:bulk (rows 1.234.567)',
    )
    expect(sentence('plugin:bulk', { rows: 1234567 }, 'en').text).toBe(
      'plugin:bulk (rows 1,234,567)',
    )
  })
})

describe('ActivitySentence in German', () => {
  it('keeps the placeholders of every English sentence in the German one', () => {
    for (const [key, { sentence: english }] of Object.entries(en.activity.events)) {
      const german = de.activity.events[key as keyof typeof de.activity.events].sentence
      expect(templatePlaceholders(german).sort(), key).toEqual(templatePlaceholders(english).sort())
      expect(german, key).not.toBe(english)
    }
  })

  it('reads the German sentence with its placeholders filled', async () => {
    await act(() => setLanguage('de'))
    expect(sentence('auth:success', { ip: '203.0.113.24' }, 'de').text).toBe(
      de.activity.events.signedIn.sentence,
    )
    const { text, strong } = sentence(
      'user:account.email-changed',
      { old: 'a@example.com', new: 'b@example.com' },
      'de',
    )
    expect(text).toBe('E-Mail-Adresse von a@example.com in b@example.com geändert')
    expect(strong).toEqual(['a@example.com', 'b@example.com'])
    expect(sentence('user:api-key.create', {}, 'de').text).toBe(
      de.activity.events.apiKeyCreated.sentence.replace(':identifier', de.activity.values.missing),
    )
  })

  it('formats values of unknown events in German', async () => {
    await act(() => setLanguage('de'))
    expect(
      sentence('plugin:bulk', { rows: 1234567, files: ['a.txt', 'b.txt'], dry: false }, 'de').text,
    ).toBe(`plugin:bulk (rows 1.234.567, files a.txt und b.txt, dry ${de.activity.values.no})`)
  })
})
