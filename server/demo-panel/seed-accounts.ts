import { hashSeedSecret } from './hashing'
import type { Prng } from './random'
import type { User } from './store'

// The demo accounts, their sign-in secrets (printed by main.ts, used by tests) and the seven users.

export const DEMO_ACCOUNTS = [
  {
    username: 'demo',
    email: 'demo@example.com',
    password: 'demo-password',
    note: 'regular user, 2FA off',
  },
  {
    username: 'secure',
    email: 'secure@example.com',
    password: 'secure-password',
    note: 'TOTP on, secret JBSWY3DPEHPK3PXP',
  },
  { username: 'admin', email: 'admin@example.com', password: 'admin-password', note: 'root admin' },
  {
    username: 'lena',
    email: 'lena@example.org',
    password: 'lena-password',
    note: 'German interface: account language de',
  },
] as const

export const SECURE_TOTP_SECRET = 'JBSWY3DPEHPK3PXP'

/** The `secure` account's recovery tokens (each works once per panel start/reset). */
export const SECURE_RECOVERY_TOKENS = [
  'q7Rk2mXw9P',
  'Lt4Vn8Zc1B',
  'Hs6Yd3Jf0M',
  'Wa9Ue5Kp2N',
  'Ct1Xg7Rb4Q',
  'Pm8Ls2Dv6T',
  'Ez3Nh9Fy5K',
  'Bj5Qw1Mr8C',
  'Vu2Ta6Ge0L',
  'Ko4Zi7Sx3D',
] as const

const DAY = 86_400_000

function makeUser(
  id: number,
  prng: Prng,
  fields: Partial<User> & Pick<User, 'username' | 'email' | 'nameFirst' | 'nameLast'>,
  password: string,
  createdAt: number,
): User {
  return {
    id,
    uuid: prng.uuid(),
    language: 'en',
    rootAdmin: false,
    useTotp: false,
    totpSecret: null,
    passwordHash: hashSeedSecret(password),
    recoveryTokens: [],
    rememberToken: null,
    gravatar: true,
    createdAt,
    updatedAt: createdAt + 37 * DAY,
    ...fields,
  }
}

/** Users 1–7 (admin, demo, secure, mira, oscar, lena, tomas): one PRNG uuid each, in id order. */
export function seedUsers(prng: Prng): User[] {
  const t0 = Date.UTC(2024, 0, 2, 3, 4, 5)
  const users: User[] = [
    makeUser(
      1,
      prng,
      {
        username: 'admin',
        email: 'admin@example.com',
        nameFirst: 'Alex',
        nameLast: 'Morgan',
        rootAdmin: true,
      },
      'admin-password',
      t0,
    ),
    makeUser(
      2,
      prng,
      { username: 'demo', email: 'demo@example.com', nameFirst: 'Demo', nameLast: 'User' },
      'demo-password',
      t0 + 12 * DAY,
    ),
    makeUser(
      3,
      prng,
      {
        username: 'secure',
        email: 'secure@example.com',
        nameFirst: 'Sam',
        nameLast: 'Secure',
        useTotp: true,
        totpSecret: SECURE_TOTP_SECRET,
        recoveryTokens: SECURE_RECOVERY_TOKENS.map((t) => hashSeedSecret(t)),
      },
      'secure-password',
      t0 + 30 * DAY,
    ),
  ]
  const others: Array<[string, string, string]> = [
    ['mira', 'Mira', 'Okafor'],
    ['oscar', 'Oscar', 'Lindqvist'],
    ['lena', 'Lena', 'Fischer'],
    ['tomas', 'Tomás', 'Ruiz'],
  ]
  for (const [index, [username, first, last]] of others.entries()) {
    users.push(
      makeUser(
        4 + index,
        prng,
        {
          username,
          email: `${username}@example.org`,
          nameFirst: first,
          nameLast: last,
          // An admin-set account language (contract §3.1): Lena's Talon speaks German.
          ...(username === 'lena' && { language: 'de' }),
        },
        `${username}-password`,
        t0 + (40 + index) * DAY,
      ),
    )
  }
  return users
}
