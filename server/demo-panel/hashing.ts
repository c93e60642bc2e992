import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

// The panel stores passwords and recovery tokens as bcrypt hashes; scrypt from node:crypto is the
// dependency-free equivalent. Cost is kept low because seeding hashes a few dozen values on every start.
const PARAMS = { N: 1024, r: 8, p: 1 } as const
const KEY_LENGTH = 32

export function hashSecret(plain: string): string {
  const salt = randomBytes(16)
  const hash = scryptSync(plain, salt, KEY_LENGTH, PARAMS)
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`
}

export function verifySecret(plain: string, stored: string): boolean {
  const [scheme, saltB64, hashB64] = stored.split('$')
  if (scheme !== 'scrypt' || saltB64 === undefined || hashB64 === undefined) return false
  const expected = Buffer.from(hashB64, 'base64')
  const actual = scryptSync(plain, Buffer.from(saltB64, 'base64'), expected.length, PARAMS)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const seedHashes = new Map<string, string>()

/**
 * hashSecret for seed data: the same few passwords and recovery tokens are hashed on every
 * reset, so each is hashed once per process (about 33 ms of scrypt per seed otherwise, paid by
 * every unit test that uses the panel). A shared salt across resets of one process is harmless.
 */
export function hashSeedSecret(plain: string): string {
  let hash = seedHashes.get(plain)
  if (hash === undefined) {
    hash = hashSecret(plain)
    seedHashes.set(plain, hash)
  }
  return hash
}
