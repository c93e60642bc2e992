import { describe, expect, it } from 'vitest'

import { createClock } from '../clock'
import { createDemoPanel } from '../index'
import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { errorBody, loggedIn, START, validationError } from '../test-kit'
import { decodeDatabaseId, encodeDatabaseId, prefixedDatabaseName } from './database-store'

type Db = {
  object: string
  attributes: {
    id: string
    name: string
    username: string
    connections_from: string
    host: { address: string; port: number }
    relationships?: { password: { object: string; attributes: { password: string } | null } }
  }
}

const setup = () =>
  createDemoPanel({ adminServers: 20, clock: createClock({ manual: true, start: START }) })
const dbs = `/api/client/servers/${IDS.running}/databases`

describe('databases', () => {
  it('ids are opaque 8-character hashes that decode back; names get the s{id}_ prefix within 48', () => {
    for (const id of [1, 2, 99, 12345]) {
      const hash = encodeDatabaseId(id)
      expect(hash).toMatch(/^[A-Za-z0-9]{8}$/)
      expect(decodeDatabaseId(hash)).toBe(id)
    }
    expect(decodeDatabaseId('zzzzzzzz')).toBeNull()
    expect(prefixedDatabaseName('a'.repeat(48), 12)).toHaveLength(48)
    expect(prefixedDatabaseName('shop', 12)).toBe('s12_shop')
  })

  it('lists with the password only when asked for and allowed', async () => {
    const panel = setup()
    const demo = await loggedIn(panel)
    const plain = (await demo.get(dbs)).body as { data: Db[] }
    expect(plain.data).toHaveLength(1)
    expect(plain.data[0]).toMatchObject({
      object: 'server_database',
      attributes: {
        name: 's1_luckperms',
        connections_from: '%',
        host: { address: 'mysql.fra1.demo-panel.test', port: 3306 },
      },
    })
    expect(plain.data[0]?.attributes.relationships).toBeUndefined()
    const withPassword = (await demo.get(`${dbs}?include=password`)).body as { data: Db[] }
    expect(withPassword.data[0]?.attributes.relationships?.password.object).toBe(
      'database_password',
    )
    expect(
      withPassword.data[0]?.attributes.relationships?.password.attributes?.password,
    ).toHaveLength(24)

    // A subuser with database.read but not view_password gets a null resource.
    const mira = await loggedIn(panel, 'mira', 'mira-password')
    const shared = `/api/client/servers/${IDS.subuser}`
    const demoUuid = (
      (await mira.get(`${shared}/users`)).body as { data: Array<{ attributes: { uuid: string } }> }
    ).data[0]?.attributes.uuid
    await mira.post(`${shared}/users/${demoUuid}`, { permissions: ['database.read'] })
    const limited = (await demo.get(`${shared}/databases?include=password`)).body as { data: Db[] }
    expect(limited.data[0]?.attributes.relationships?.password).toEqual({
      object: 'null_resource',
      attributes: null,
    })
    expect((await demo.post(`${shared}/databases`, { database: 'abc', remote: '%' })).status).toBe(
      403,
    )
  })

  it('creates with the rules, refuses a duplicate and the limit; rotates; deletes', async () => {
    const panel = setup()
    const demo = await loggedIn(panel)
    expect((await demo.post(dbs, { database: 'a!', remote: 'bad host' })).body).toEqual({
      errors: [
        validationError(
          'database',
          'The database may only contain letters, numbers, and dashes.',
          'alpha_dash',
        ),
        validationError('database', 'The database must be at least 3 characters.', 'min'),
        validationError('remote', 'The remote format is invalid.', 'regex'),
      ],
    })
    expect((await demo.post(dbs, { database: 'luckperms', remote: '%' })).body).toEqual({
      errors: [
        validationError(
          'database',
          'The database name you have selected is already in use by this server.',
          'unique',
        ),
      ],
    })
    const created = await demo.post(dbs, { database: 'shop', remote: '192.168.1.%' })
    expect(created.status).toBe(200)
    const db = (created.body as Db).attributes
    expect(db.name).toBe('s1_shop')
    expect(db.username).toMatch(/^u1_[A-Za-z0-9]{10}$/)
    expect(db.relationships?.password.attributes?.password).toHaveLength(24)

    // Survival SMP allows 2 databases.
    expect((await demo.post(dbs, { database: 'third', remote: '%' })).body).toEqual(
      errorBody(
        'TooManyDatabasesException',
        400,
        'Operation aborted: creating a new database would put this server over the defined limit.',
      ),
    )

    panel.clock.advance(1_000)
    const rotated = await demo.post(`${dbs}/${db.id}/rotate-password`)
    panel.clock.advance(1_000)
    expect((rotated.body as Db).attributes.relationships?.password.attributes?.password).not.toBe(
      db.relationships?.password.attributes?.password,
    )
    // Another server's database is not this server's.
    const other = `/api/client/servers/${IDS.offline}/databases/${db.id}`
    expect((await demo.delete(other)).status).toBe(404)
    expect((await demo.delete(`${dbs}/nothing1`)).status).toBe(404)
    expect((await demo.delete(`${dbs}/${db.id}`)).status).toBe(204)
    expect(((await demo.get(dbs)).body as { data: Db[] }).data).toHaveLength(1)

    const activity = (await demo.get(`/api/client/servers/${IDS.running}/activity?sort=-timestamp`))
      .body as {
      data: Array<{ attributes: { event: string; properties: { name?: string } } }>
    }
    expect(activity.data.slice(0, 3).map((e) => e.attributes.event)).toEqual([
      'server:database.delete',
      'server:database.rotate-password',
      'server:database.create',
    ])
    expect(activity.data[0]?.attributes.properties.name).toBe('s1_shop')
  })
})
