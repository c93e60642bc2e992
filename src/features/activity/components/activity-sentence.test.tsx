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
// English sentence (resources/lang/en/activity.php) it must read as, except that Talon says
// "sign in" where the panel says "log in" (issue 19, item 13: one verb everywhere).
const CONTRACT_EVENTS: [string, Record<string, unknown>, string][] = [
  ['auth:success', { ip: '203.0.113.24', useragent: 'Mozilla/5.0' }, 'Signed in'],
  ['auth:fail', { ip: '[hidden]', useragent: 'Mozilla/5.0', username: 'jane' }, 'Failed sign-in'],
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
  ['auth:sftp.fail', { method: 'password' }, 'Failed SFTP sign-in'],
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
    // Talon shows the fingerprint as ssh-keygen prints it (issue 19, item 13).
    'Added SSH key SHA256:T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M to account',
  ],
  [
    'user:ssh-key.delete',
    { fingerprint: 'T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M' },
    'Removed SSH key SHA256:T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M from account',
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
  // The server feed (contract §2.10): one entry per `server:*` event of the panel's language file.
  ['server:reinstall', {}, 'Reinstalled server'],
  ['server:console.command', { command: 'say hello' }, 'Executed "say hello" on the server'],
  ['server:power.start', {}, 'Started the server'],
  ['server:power.stop', {}, 'Stopped the server'],
  ['server:power.restart', {}, 'Restarted the server'],
  ['server:power.kill', {}, 'Killed the server process'],
  ['server:backup.download', { name: 'nightly' }, 'Downloaded the nightly backup'],
  ['server:backup.delete', { name: 'nightly' }, 'Deleted the nightly backup'],
  [
    'server:backup.restore',
    { name: 'nightly', truncate: true },
    'Restored the nightly backup (deleted files: yes)',
  ],
  [
    'server:backup.restore-complete',
    { name: 'nightly' },
    'Completed restoration of the nightly backup',
  ],
  [
    'server:backup.restore-failed',
    { name: 'nightly' },
    'Failed to complete restoration of the nightly backup',
  ],
  ['server:backup.start', { name: 'nightly' }, 'Started a new backup nightly'],
  ['server:backup.complete', { name: 'nightly' }, 'Marked the nightly backup as complete'],
  ['server:backup.fail', { name: 'nightly' }, 'Marked the nightly backup as failed'],
  ['server:backup.lock', { name: 'nightly' }, 'Locked the nightly backup'],
  ['server:backup.unlock', { name: 'nightly' }, 'Unlocked the nightly backup'],
  ['server:database.create', { name: 'nightly' }, 'Created new database nightly'],
  ['server:database.rotate-password', { name: 'nightly' }, 'Password rotated for database nightly'],
  ['server:database.delete', { name: 'nightly', count: 1 }, 'Deleted database nightly'],
  [
    'server:file.compress',
    { directory: '/plugins/', file: 'config.yml', count: 1 },
    'Compressed /plugins/config.yml',
  ],
  ['server:file.read', { file: 'config.yml' }, 'Viewed the contents of config.yml'],
  ['server:file.copy', { file: 'config.yml', count: 1 }, 'Created a copy of config.yml'],
  [
    'server:file.create-directory',
    { directory: '/plugins/', name: 'nightly', count: 1 },
    'Created directory /plugins/nightly',
  ],
  [
    'server:file.decompress',
    { files: ['a.zip'], directory: '/plugins/', count: 1 },
    'Decompressed a.zip in /plugins/',
  ],
  [
    'server:file.delete',
    { files: ['old.txt'], directory: '/plugins/', count: 1 },
    'Deleted /plugins/old.txt',
  ],
  ['server:file.download', { file: 'config.yml' }, 'Downloaded config.yml'],
  [
    'server:file.pull',
    { url: 'https://example.com/x.jar', directory: '/plugins/' },
    'Downloaded a remote file from https://example.com/x.jar to /plugins/',
  ],
  [
    'server:file.rename',
    { files: [{ from: 'old.txt', to: 'new.txt' }], directory: '/plugins/', count: 1 },
    'Renamed /plugins/old.txt to /plugins/new.txt',
  ],
  ['server:file.write', { file: 'config.yml' }, 'Wrote new content to config.yml'],
  ['server:file.upload', {}, 'Began a file upload'],
  [
    'server:file.uploaded',
    { directory: '/plugins/', file: 'config.yml' },
    'Uploaded /plugins/config.yml',
  ],
  ['server:sftp.denied', {}, 'Blocked SFTP access due to permissions'],
  ['server:sftp.create', { files: ['old.txt'], count: 1 }, 'Created old.txt'],
  ['server:sftp.write', { files: ['old.txt'], count: 1 }, 'Modified the contents of old.txt'],
  ['server:sftp.delete', { files: ['old.txt'], count: 1 }, 'Deleted old.txt'],
  [
    'server:sftp.create-directory',
    { files: ['old.txt'], count: 1 },
    'Created the old.txt directory',
  ],
  [
    'server:sftp.rename',
    { files: [{ from: 'old.txt', to: 'new.txt' }], count: 1 },
    'Renamed old.txt to new.txt',
  ],
  [
    'server:allocation.create',
    { allocation: '203.0.113.5:25565' },
    'Added 203.0.113.5:25565 to the server',
  ],
  [
    'server:allocation.notes',
    { allocation: '203.0.113.5:25565', old: 'Old', new: 'New' },
    'Updated the notes for 203.0.113.5:25565 from "Old" to "New"',
  ],
  [
    'server:allocation.primary',
    { allocation: '203.0.113.5:25565' },
    'Set 203.0.113.5:25565 as the primary server allocation',
  ],
  [
    'server:allocation.delete',
    { allocation: '203.0.113.5:25565' },
    'Deleted the 203.0.113.5:25565 allocation',
  ],
  ['server:schedule.create', { name: 'nightly' }, 'Created the nightly schedule'],
  ['server:schedule.update', { name: 'nightly' }, 'Updated the nightly schedule'],
  ['server:schedule.execute', { name: 'nightly' }, 'Manually executed the nightly schedule'],
  ['server:schedule.delete', { name: 'nightly' }, 'Deleted the nightly schedule'],
  [
    'server:task.create',
    { action: 'command', name: 'nightly' },
    'Created a new "command" task for the nightly schedule',
  ],
  [
    'server:task.update',
    { action: 'command', name: 'nightly' },
    'Updated the "command" task for the nightly schedule',
  ],
  ['server:task.delete', { name: 'nightly' }, 'Deleted a task for the nightly schedule'],
  ['server:settings.rename', { old: 'Old', new: 'New' }, 'Renamed the server from Old to New'],
  [
    'server:settings.description',
    { old: 'Old', new: 'New' },
    'Changed the server description from Old to New',
  ],
  [
    'server:startup.edit',
    { variable: 'SERVER_JARFILE', old: 'Old', new: 'New' },
    'Changed the SERVER_JARFILE variable from "Old" to "New"',
  ],
  [
    'server:startup.image',
    { old: 'Old', new: 'New' },
    'Updated the Docker Image for the server from Old to New',
  ],
]

describe('ActivitySentence', () => {
  it.each(CONTRACT_EVENTS)('%s reads as the panel sentence', (event, properties, expected) => {
    const { text } = sentence(event, properties)
    expect(text).toBe(expected)
    expect(text).not.toMatch(/(^|\s):[a-z_]/i)
  })

  it('covers every catalogued user:*, auth:* and server:* event of the contract', () => {
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
    const { text, strong } = sentence('plugin:power.start', {
      ip: '203.0.113.24',
      useragent: 'Mozilla/5.0',
      signal: 'start',
      files: ['a.txt', 'b.txt'],
      files_count: 2,
    })
    expect(text).toBe('plugin:power.start (signal start, files a.txt and b.txt, files_count 2)')
    // Counts are not emphasised (as in the panel).
    expect(strong).toEqual(['start', 'a.txt and b.txt'])
  })

  it('picks the plural sentence by `count`, as the panel does', () => {
    expect(
      sentence('server:file.delete', { directory: '/logs/', files: ['a', 'b'], count: 2 }).text,
    ).toBe('Deleted 2 files in /logs/')
    expect(sentence('server:sftp.create', { files: ['a.txt'], count: 1 }).text).toBe(
      'Created a.txt',
    )
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
