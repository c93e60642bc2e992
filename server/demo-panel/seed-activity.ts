import type { Prng } from './random'
import type { ActivityEntry, ApiKey, SshKey } from './store'

// The account activity: demo's storyline and random sign-ins, a few events for secure and admin.

const DAY = 86_400_000

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
]
const HOME_IPS = ['203.0.113.24', '203.0.113.87', '2001:db8:85a3::8a2e:370:7334']
const STRANGER_IPS = ['198.51.100.200', '192.0.2.66', '198.51.100.13']

/** About 120 account events for `demo` over the past six weeks, plus a few for the others. */
export function seedActivity(
  prng: Prng,
  now: number,
  apiKeys: ApiKey[],
  sshKeys: SshKey[],
): ActivityEntry[] {
  const drafts: Array<Omit<ActivityEntry, 'id'>> = []
  const add = (
    userId: number,
    event: string,
    at: number,
    opts: {
      actor?: number | null
      ip?: string
      isApi?: boolean
      properties?: Record<string, unknown>
    } = {},
  ): void => {
    drafts.push({
      batch: null,
      event,
      ip: opts.ip ?? prng.pick(HOME_IPS),
      // The only account event the panel logs with a description (ForgotPasswordController).
      description: event === 'auth:reset-password' ? 'sending password reset email' : null,
      actorId: opts.actor === undefined ? userId : opts.actor,
      isApi: opts.isApi ?? false,
      properties: opts.properties ?? {},
      timestamp: at,
      subjects: [{ type: 'user', id: userId }],
    })
  }
  const meta = (ip: string): Record<string, unknown> => ({ ip, useragent: prng.pick(USER_AGENTS) })
  const start = now - 42 * DAY
  const pastKeys = Array.from({ length: 4 }, () => `ptlc_${prng.string(11)}`)
  const pastFingerprints = Array.from({ length: 2 }, () =>
    prng.string(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
  )
  // A scripted storyline first, so the feed reads like a real account's history.
  const story: Array<[number, () => void]> = [
    [
      41,
      () =>
        add(2, 'user:account.email-changed', 0, {
          properties: { old: 'demo.user@example.net', new: 'demo@example.com' },
        }),
    ],
    [
      40,
      () =>
        add(2, 'user:api-key.create', 0, { properties: { identifier: apiKeys[0]?.identifier } }),
    ],
    [35, () => add(2, 'user:two-factor.create', 0)],
    [33, () => add(2, 'auth:checkpoint', 0, { actor: null, properties: meta(HOME_IPS[0] ?? '') })],
    [
      30,
      () =>
        add(2, 'user:ssh-key.create', 0, { properties: { fingerprint: sshKeys[0]?.fingerprint } }),
    ],
    [28, () => add(2, 'user:api-key.create', 0, { properties: { identifier: pastKeys[0] } })],
    [
      27,
      () =>
        add(2, 'user:api-key.delete', 0, { isApi: true, properties: { identifier: pastKeys[0] } }),
    ],
    [25, () => add(2, 'user:two-factor.delete', 0)],
    [22, () => add(2, 'user:account.password-changed', 0)],
    [
      21,
      () =>
        add(2, 'user:api-key.create', 0, { properties: { identifier: apiKeys[1]?.identifier } }),
    ],
    [
      19,
      () =>
        add(2, 'auth:ip-blocked', 0, {
          isApi: true,
          ip: STRANGER_IPS[0],
          properties: { identifier: apiKeys[0]?.identifier },
        }),
    ],
    [
      18,
      () => add(2, 'user:ssh-key.create', 0, { properties: { fingerprint: pastFingerprints[0] } }),
    ],
    [
      16,
      () => add(2, 'user:ssh-key.delete', 0, { properties: { fingerprint: pastFingerprints[0] } }),
    ],
    [
      12,
      () =>
        add(2, 'user:ssh-key.create', 0, {
          isApi: true,
          properties: { fingerprint: sshKeys[1]?.fingerprint },
        }),
    ],
    [
      9,
      () =>
        add(2, 'user:api-key.create', 0, { properties: { identifier: apiKeys[2]?.identifier } }),
    ],
    [
      6,
      () =>
        add(2, 'user:api-key.create', 0, { isApi: true, properties: { identifier: pastKeys[1] } }),
    ],
    [5, () => add(2, 'user:api-key.delete', 0, { properties: { identifier: pastKeys[1] } })],
    [
      2,
      () => add(2, 'auth:reset-password', 0, { actor: null, properties: meta(HOME_IPS[1] ?? '') }),
    ],
  ]
  for (const [daysAgo, make] of story) {
    make()
    const last = drafts[drafts.length - 1]
    if (last)
      last.timestamp = now - daysAgo * DAY - prng.int(0, 20) * 3600_000 - prng.int(0, 3599) * 1000
  }
  while (drafts.length < 118) {
    const at = start + prng.int(0, 42 * 24 * 60) * 60_000
    const roll = prng.next()
    if (roll < 0.7) {
      const ip = prng.pick(HOME_IPS)
      add(2, 'auth:success', at, { ip, properties: meta(ip) })
    } else {
      const ip = prng.pick(STRANGER_IPS)
      const typed = prng.next() < 0.5 ? { username: 'demo' } : { email: 'demo@example.com' }
      add(2, 'auth:fail', at, { actor: null, ip, properties: { ...meta(ip), ...typed } })
    }
  }
  const secureLogin = now - 3 * DAY
  add(3, 'auth:checkpoint', secureLogin, { actor: null, properties: meta('203.0.113.50') })
  add(3, 'auth:success', secureLogin + 20_000, {
    ip: '203.0.113.50',
    properties: meta('203.0.113.50'),
  })
  add(3, 'user:two-factor.create', now - 30 * DAY)
  add(1, 'auth:success', now - 5 * 3600_000, { ip: '192.0.2.10', properties: meta('192.0.2.10') })
  drafts.sort((a, b) => a.timestamp - b.timestamp)
  return drafts.map((draft, index) => ({ ...draft, id: index + 1 }))
}
