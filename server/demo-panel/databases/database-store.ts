import { randomInt } from 'node:crypto'

import { randomString } from '../random'
import type { Server } from '../store'

// The panel's `database_hosts` and `databases` tables for the client API's database routes.
// Passwords are kept in clear here; the panel stores them encrypted, which the API never shows.

export interface DatabaseHost {
  id: number
  name: string
  host: string
  port: number
  /** The node this host is linked to (DeployServerDatabaseService prefers the server's node). */
  nodeId: number | null
}

export interface ServerDatabase {
  id: number
  serverId: number
  hostId: number
  /** Stored with its `s{serverId}_` prefix. */
  database: string
  username: string
  remote: string
  password: string
  maxConnections: number | null
  createdAt: number
}

export interface DatabaseStore {
  hosts: DatabaseHost[]
  items: ServerDatabase[]
  nextId: number
}

/** Utilities::randomStringWithSpecialCharacters: 24 letters/digits, 2–6 swapped for specials. */
export function databasePassword(length = 24): string {
  const chars = [...randomString(length)]
  const specials = ['!', '@', '=', '.', '+', '^']
  const swaps = randomInt(2, 7)
  for (let i = 0; i < swaps; i++) chars[randomInt(0, length)] = specials[randomInt(0, 6)] ?? '!'
  return chars.join('')
}

/** `u{serverId}_` + 10 random characters, as DatabaseManagementService names the MySQL user. */
export const databaseUsername = (serverId: number): string => `u${serverId}_${randomString(10)}`

/** generateUniqueDatabaseName: `s{id}_` + the name, cut so the whole stays within 48 characters. */
export function prefixedDatabaseName(name: string, serverId: number): string {
  const prefix = `s${serverId}_`
  return prefix + name.slice(0, 48 - prefix.length)
}

// Hashids (length 8, salted with the app key) in the panel: an opaque, reversible id. This is
// not the Hashids algorithm, only the same observable contract: 8 characters, decodes or 404s.
const ALPHABET = 'k3XbQ9mZrT7vWcP2sLdH8yFgJ5nB4xKqR6tVhM'
const MULTIPLIER = 7919
const OFFSET = 104_729

export function encodeDatabaseId(id: number): string {
  let value = id * MULTIPLIER + OFFSET
  let out = ''
  while (value > 0) {
    out = (ALPHABET[value % ALPHABET.length] ?? '') + out
    value = Math.floor(value / ALPHABET.length)
  }
  return out.padStart(8, ALPHABET[0])
}

export function decodeDatabaseId(hash: string): number | null {
  if (!/^[A-Za-z0-9]{8}$/.test(hash)) return null
  let value = 0
  for (const ch of hash) {
    const digit = ALPHABET.indexOf(ch)
    if (digit < 0) return null
    value = value * ALPHABET.length + digit
  }
  const id = (value - OFFSET) / MULTIPLIER
  return Number.isInteger(id) && id > 0 && encodeDatabaseId(id) === hash ? id : null
}

/** Two hosts (Frankfurt and New York) and a database on Survival SMP and on Mira's Factorio. */
export function seedDatabases(now: number, servers: readonly Server[]): DatabaseStore {
  const hosts: DatabaseHost[] = [
    { id: 1, name: 'fra1-mysql', host: 'mysql.fra1.demo-panel.test', port: 3306, nodeId: 1 },
    { id: 2, name: 'nyc1-mysql', host: 'mysql.nyc1.demo-panel.test', port: 3306, nodeId: 2 },
  ]
  const items: ServerDatabase[] = []
  const add = (serverId: number, name: string, remote: string, daysAgo: number): void => {
    const server = servers.find((s) => s.id === serverId)
    if (!server) return
    const host = hosts.find((h) => h.nodeId === server.nodeId) ?? hosts[0]
    if (!host) return
    items.push({
      id: items.length + 1,
      serverId,
      hostId: host.id,
      database: prefixedDatabaseName(name, serverId),
      username: databaseUsername(serverId),
      remote,
      password: databasePassword(),
      maxConnections: 0,
      createdAt: now - daysAgo * 86_400_000,
    })
  }
  add(1, 'luckperms', '%', 21)
  add(8, 'factorio_stats', '10.0.%', 5)
  return { hosts, items, nextId: items.length + 1 }
}
