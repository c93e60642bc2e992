import { randomString, type Prng } from './random'
import { loadPublicKey, toOpenSshLine } from './ssh-keys'
import { seedPublicKeys } from './seed-keys'
import type { ApiKey, SshKey } from './store'

// The seeded API keys (demo's three, admin's application key) and demo's two SSH keys.

const DAY = 86_400_000

/** Each key's identifier takes one PRNG string, in id order; its secret is really random. */
export function seedApiKeys(prng: Prng, now: number): ApiKey[] {
  return [
    {
      id: 1,
      userId: 2,
      keyType: 1,
      identifier: `ptlc_${prng.string(11)}`,
      secret: randomString(32),
      memo: 'Deploy bot (GitHub Actions)',
      allowedIps: ['203.0.113.0/24', '2001:db8:85a3::/48'],
      lastUsedAt: now - 2 * DAY,
      createdAt: now - 40 * DAY,
    },
    {
      id: 2,
      userId: 2,
      keyType: 1,
      identifier: `ptlc_${prng.string(11)}`,
      secret: randomString(32),
      memo: 'Home Assistant power buttons',
      allowedIps: ['198.51.100.23'],
      lastUsedAt: now - 3 * 3600_000,
      createdAt: now - 21 * DAY,
    },
    {
      id: 3,
      userId: 2,
      keyType: 1,
      identifier: `ptlc_${prng.string(11)}`,
      secret: randomString(32),
      memo: 'Old laptop script',
      allowedIps: [],
      lastUsedAt: null,
      createdAt: now - 9 * DAY,
    },
    // An application key, to exercise the client API's "application key" refusal.
    {
      id: 4,
      userId: 1,
      keyType: 2,
      identifier: `ptla_${prng.string(11)}`,
      secret: randomString(32),
      memo: 'Billing integration',
      allowedIps: [],
      lastUsedAt: null,
      createdAt: now - 60 * DAY,
    },
  ]
}

export function seedSshKeys(now: number): SshKey[] {
  const sshKeys: SshKey[] = []
  const { ed, rsa } = seedPublicKeys
  for (const [name, key, comment, age] of [
    ['MacBook Pro', ed, 'demo@macbook', 30],
    ['CI runner', rsa, 'ci@runner-01', 12],
  ] as const) {
    const loaded = loadPublicKey(toOpenSshLine(key, comment))
    if (loaded && loaded.kind !== 'dsa') {
      sshKeys.push({
        id: sshKeys.length + 1,
        userId: 2,
        name,
        fingerprint: loaded.fingerprint,
        publicKey: loaded.pem,
        createdAt: now - age * DAY,
      })
    }
  }
  return sshKeys
}
