import { describe, expect, it } from 'vitest'

import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { SUBUSER_PERMISSIONS } from './permissions'
import {
  ATOM,
  errorBody,
  expectShape,
  loggedIn,
  makePanel,
  UUID,
  validationError,
} from '../test-kit'

type Item = {
  attributes: Record<string, unknown> & {
    identifier: string
    name: string
    relationships: { allocations: { data: unknown[] }; variables: unknown }
  }
}
type List = { data: Item[]; meta: { pagination: Record<string, unknown> } }
type Stats = { attributes: { current_state: string; resources: Record<string, number> } }

describe('server list', () => {
  it("demo sees its 7 servers and the shared one, with the panel's item shape", async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const list = (await demo.get('/api/client')).body as List
    expect(list.data.map((s) => s.attributes.identifier)).toEqual(Object.values(IDS))
    expect(list.meta.pagination).toEqual({
      total: 8,
      count: 8,
      per_page: 50,
      current_page: 1,
      total_pages: 1,
      links: {},
    })
    const allocation = {
      object: 'allocation',
      attributes: {
        id: Number,
        ip: String,
        ip_alias: null,
        port: Number,
        notes: null,
        is_default: true,
      },
    }
    expectShape(list.data[1], {
      object: 'server',
      attributes: {
        server_owner: true,
        identifier: IDS.offline,
        internal_id: 2,
        uuid: UUID,
        name: 'Creative Build',
        node: 'de-fra-1',
        is_node_under_maintenance: false,
        sftp_details: { ip: 'fra1.nodes.demo-panel.test', port: 2022 },
        description: '',
        limits: {
          memory: 4096,
          swap: 0,
          disk: 20480,
          io: 500,
          cpu: 200,
          threads: null,
          oom_disabled: true,
        },
        invocation: 'java -Xms128M -XX:MaxRAMPercentage=95.0 -jar server.jar',
        docker_image: 'ghcr.io/pterodactyl/yolks:java_21',
        egg_features: ['eula', 'java_version', 'pid_limit'],
        feature_limits: { databases: 2, allocations: 3, backups: 5 },
        status: null,
        is_suspended: false,
        is_installing: false,
        is_transferring: false,
        relationships: {
          allocations: { object: 'list', data: [allocation] },
          variables: {
            object: 'list',
            data: [
              {
                object: 'egg_variable',
                attributes: {
                  name: String,
                  description: String,
                  env_variable: 'SERVER_JARFILE',
                  default_value: 'server.jar',
                  server_value: String,
                  is_editable: true,
                  rules: String,
                },
              },
              {
                object: 'egg_variable',
                attributes: {
                  name: String,
                  description: String,
                  env_variable: 'MINECRAFT_VERSION',
                  default_value: 'latest',
                  server_value: String,
                  is_editable: true,
                  rules: String,
                },
              },
            ],
          },
        },
      },
    })
    const shared = list.data[7]?.attributes
    expect(shared).toMatchObject({
      server_owner: false,
      relationships: { variables: { object: 'null_resource', attributes: null } },
    })
    expect(String(shared?.invocation)).toContain('[hidden]')
    const owned = (await demo.get('/api/client?type=owner')).body as List
    expect(owned.data).toHaveLength(7)
    expect(((await demo.get('/api/client?type=admin-all')).body as List).data).toEqual([])
  })

  it('admin types, pagination and per_page cap', async () => {
    const { panel } = makePanel({ adminServers: 250 })
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    expect(((await admin.get('/api/client')).body as List).meta.pagination.total).toBe(2)
    const all = (await admin.get('/api/client?type=admin-all&per_page=100&page=3')).body as List
    expect(all.meta.pagination).toMatchObject({
      total: 250,
      count: 50,
      per_page: 100,
      current_page: 3,
      total_pages: 3,
    })
    expect(((await admin.get('/api/client?type=admin')).body as List).meta.pagination.total).toBe(
      248,
    )
    expect(
      ((await admin.get('/api/client?type=admin-all&per_page=1000')).body as List).meta.pagination
        .per_page,
    ).toBe(100)
  })

  it('filters: name/description partial, *, IP and port, unknown filter', async () => {
    const { panel } = makePanel({ adminServers: 250 })
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    const names = async (query: string) =>
      ((await admin.get(`/api/client?type=admin-all&per_page=100&${query}`)).body as List).data.map(
        (s) => s.attributes.name,
      )
    const survival = await names('filter[name]=survival')
    expect(survival.length).toBeGreaterThan(3)
    expect(survival.every((n) => n.toLowerCase().includes('survival'))).toBe(true)
    expect(await names('filter[*]=Survival SMP')).toEqual(['Survival SMP'])
    expect(await names(`filter[*]=${IDS.subuser}`)).toEqual(["Mira's Factorio"])
    expect(await names('filter[description]=quota')).toEqual(['Broken CS2'])
    const list = (await admin.get(`/api/client?filter[*]=${IDS.running}`)).body as List
    expect(list.data).toEqual([])
    const allocation = (
      (await admin.get(`/api/client?type=admin-all&filter[uuid]=${IDS.running}`)).body as List
    ).data[0]?.attributes.relationships.allocations.data[0] as {
      attributes: { ip: string; port: number }
    }
    expect(
      await names(`filter[*]=${allocation.attributes.ip}:${allocation.attributes.port}`),
    ).toContain('Survival SMP')
    expect(await names(`filter[*]=:${allocation.attributes.port}`)).toContain('Survival SMP')
    const bad = await admin.get('/api/client?filter[node]=x')
    expect(bad.body).toEqual(
      errorBody(
        'InvalidFilterQuery',
        400,
        'Requested filter(s) `node` are not allowed. Allowed filter(s) are `uuid, name, description, external_id, *`.',
      ),
    )
  })
})

describe('single server', () => {
  it('view by identifier or uuid with meta; strangers get 404', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const view = await demo.get(`/api/client/servers/${IDS.suspended}`)
    expect(view.status).toBe(200)
    expect((view.body as { meta: unknown }).meta).toEqual({
      is_server_owner: true,
      user_permissions: ['*'],
    })
    const uuid = (view.body as Item).attributes.uuid as string
    expect((await demo.get(`/api/client/servers/${uuid}`)).status).toBe(200)
    const shared = await demo.get(`/api/client/servers/${IDS.subuser}`)
    expect(
      (shared.body as { meta: { user_permissions: string[] } }).meta.user_permissions,
    ).toContain('control.start')
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    expect((await admin.get(`/api/client/servers/${IDS.running}`)).body).toMatchObject({
      meta: {
        is_server_owner: false,
        user_permissions: [
          '*',
          'admin.websocket.errors',
          'admin.websocket.install',
          'admin.websocket.transfer',
        ],
      },
    })
    const adminOwned =
      ((await admin.get('/api/client')).body as List).data[0]?.attributes.identifier ?? ''
    // Issue 19, item 16: AuthenticateServerAccess's own words for someone else's server; a
    // server that does not exist at all is the model-not-found text.
    const stranger = await demo.get(`/api/client/servers/${adminOwned}`)
    expect(stranger.body).toEqual(
      errorBody(
        'NotFoundHttpException',
        404,
        'The requested resource does not exist on this server.',
      ),
    )
    expect((await demo.get(`/api/client/servers/${adminOwned}/resources`)).body).toEqual(
      stranger.body,
    )
    expect((await demo.get('/api/client/servers/nope')).body).toEqual(
      errorBody(
        'NotFoundHttpException',
        404,
        'The requested resource could not be found on the server.',
      ),
    )
  })

  it('include=egg,subusers (§7.1): the egg, and subusers only for those who may read them', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    type Rel = Record<string, { object: string; attributes?: unknown; data?: unknown[] }>
    const rel = (body: unknown) =>
      (body as { attributes: { relationships: Rel } }).attributes.relationships

    // Not asked for: not there (allocations and variables always are).
    const plain = (await demo.get(`/api/client/servers/${IDS.subuser}`)).body
    expect(Object.keys(rel(plain))).toEqual(['allocations', 'variables'])

    const list = (await demo.get('/api/client?include=egg,subusers')).body as List
    for (const item of list.data) {
      const r = rel(item)
      expectShape(r.egg, { object: 'egg', attributes: { uuid: UUID, name: String } })
      expect(r.subusers).toBeDefined()
    }
    const shared = list.data.find((s) => s.attributes.identifier === IDS.subuser)!
    expect(rel(shared).egg?.attributes).toMatchObject({ name: 'Factorio' })
    // A subuser without user.read gets Fractal's null resource.
    expect(rel(shared).subusers).toEqual({ object: 'null_resource', attributes: null })
    // Survival SMP is shared with two seeded subusers (subusers/seed-subusers.ts).
    const own = list.data.find((s) => s.attributes.identifier === IDS.running)!
    const subusers = rel(own).subusers as {
      object: string
      data: { attributes: { username: string } }[]
    }
    expect(subusers.object).toBe('list')
    expect(subusers.data.map((d) => d.attributes.username).sort()).toEqual(['oscar', 'tomas'])

    // include[]=… works too; the owner's view (here a root admin's) lists the subuser.
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    const view = await admin.get(
      `/api/client/servers/${IDS.subuser}?include[]=subusers&include[]=nope`,
    )
    expect(rel(view.body).egg).toBeUndefined()
    expectShape(rel(view.body).subusers, {
      object: 'list',
      data: [
        {
          object: 'server_subuser',
          attributes: {
            uuid: UUID,
            username: 'demo',
            email: 'demo@example.com',
            image: /^https:\/\/gravatar\.com\/avatar\/[0-9a-f]{32}$/,
            '2fa_enabled': false,
            created_at: ATOM,
            permissions: SUBUSER_PERMISSIONS,
          },
        },
      ],
    })
  })

  it('409 for suspended, installing and install_failed servers (view still allowed)', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    expect((await demo.get(`/api/client/servers/${IDS.suspended}/resources`)).body).toEqual(
      errorBody(
        'ServerStateConflictException',
        409,
        'This server is currently suspended and the functionality requested is unavailable.',
      ),
    )
    for (const id of [IDS.installing, IDS.installFailed]) {
      expect(
        (await demo.post(`/api/client/servers/${id}/power`, { signal: 'start' })).body,
      ).toEqual(
        errorBody(
          'ServerStateConflictException',
          409,
          'This server has not yet completed its installation process, please try again later.',
        ),
      )
    }
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    expect((await admin.get(`/api/client/servers/${IDS.installing}/websocket`)).status).toBe(200)
    expect((await admin.get(`/api/client/servers/${IDS.suspended}/websocket`)).status).toBe(409)
  })

  it('resources are cached for 20 s and drift while running', async () => {
    const { panel, clock } = makePanel()
    const demo = await loggedIn(panel)
    const read = async () =>
      ((await demo.get(`/api/client/servers/${IDS.running}/resources`)).body as Stats).attributes
        .resources
    const first = await read()
    clock.advance(19_000)
    expect(await read()).toEqual(first)
    clock.advance(2_000)
    const later = await read()
    expect(later.uptime).toBe(first.uptime! + 21_000)
    expect(later.network_rx_bytes).toBeGreaterThan(first.network_rx_bytes!)
    expect(later.cpu_absolute).not.toBe(first.cpu_absolute)
    const offline = ((await demo.get(`/api/client/servers/${IDS.offline}/resources`)).body as Stats)
      .attributes
    expect(offline.current_state).toBe('offline')
    expect(offline.resources).toMatchObject({
      memory_bytes: 0,
      cpu_absolute: 0,
      network_rx_bytes: 0,
      network_tx_bytes: 0,
      uptime: 0,
    })
    const unlimited = (
      (await demo.get(`/api/client/servers/${IDS.unlimited}/resources`)).body as Stats
    ).attributes
    expect(unlimited.current_state).toBe('running')
    expect(
      ((await demo.get(`/api/client/servers/${IDS.starting}/resources`)).body as Stats).attributes
        .current_state,
    ).toBe('starting')
  })

  it('power transitions: start → starting → running, stop → stopping → offline, kill → offline', async () => {
    const { panel, clock } = makePanel()
    const demo = await loggedIn(panel)
    const state = async (id: string) => {
      clock.advance(20_001) // outlive the resources cache
      return ((await demo.get(`/api/client/servers/${id}/resources`)).body as Stats).attributes
        .current_state
    }
    const power = (id: string, signal: string) =>
      demo.post(`/api/client/servers/${id}/power`, { signal })
    expect((await power(IDS.offline, 'start')).status).toBe(204)
    expect((await demo.get(`/api/client/servers/${IDS.offline}/resources`)).body).toMatchObject({
      attributes: { current_state: 'starting' },
    })
    expect(await state(IDS.offline)).toBe('running')
    await power(IDS.offline, 'stop')
    expect((await demo.get(`/api/client/servers/${IDS.offline}/resources`)).body).toMatchObject({
      attributes: { current_state: 'running' },
    })
    expect(await state(IDS.offline)).toBe('offline')
    await power(IDS.running, 'kill')
    clock.advance(20_001)
    expect(
      ((await demo.get(`/api/client/servers/${IDS.running}/resources`)).body as Stats).attributes,
    ).toMatchObject({ current_state: 'offline' })
    expect((await power(IDS.running, '')).body).toEqual({
      errors: [validationError('signal', 'The signal field is required.', 'required')],
    })
  })

  it('subusers: missing permission → 403 before validation; power activity is logged on the server', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const denied = await demo.post(`/api/client/servers/${IDS.subuser}/power`, {
      signal: 'restart',
    })
    expect(denied.body).toEqual(
      errorBody('AccessDeniedHttpException', 403, 'This action is unauthorized.'),
    )
    expect(
      (await demo.post(`/api/client/servers/${IDS.subuser}/power`, { signal: 'reboot' })).status,
    ).toBe(403)
    expect(
      (await demo.post(`/api/client/servers/${IDS.subuser}/power`, { signal: 'stop' })).status,
    ).toBe(204)
    const feed = (await demo.get(`/api/client/servers/${IDS.subuser}/activity?include=actor`))
      .body as { data: Array<{ attributes: Record<string, unknown> }> }
    expect(feed.data[0]?.attributes).toMatchObject({
      event: 'server:power.stop',
      is_api: false,
      timestamp: expect.stringMatching(ATOM) as unknown,
    })
  })

  it('websocket returns a JWT and the node socket URL', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const res = await demo.get(`/api/client/servers/${IDS.running}/websocket`)
    const { token, socket } = (res.body as { data: { token: string; socket: string } }).data
    expect(token.split('.')).toHaveLength(3)
    const payload = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
    ) as Record<string, unknown>
    expect(payload).toMatchObject({ permissions: ['*'], user_id: 2 })
    expect(socket).toMatch(
      new RegExp(
        `^wss://fra1\\.nodes\\.demo-panel\\.test:8080/api/servers/${IDS.running}-[0-9a-f-]+/ws$`,
      ),
    )
    expect(payload.exp).toBe((payload.iat as number) + 600)
  })

  it('a small per-user rate limit: headers on every response, 429 with Retry-After', async () => {
    const { panel } = makePanel({ rateLimit: 3 })
    const demo = await loggedIn(panel)
    const remaining = []
    for (let i = 0; i < 3; i++)
      remaining.push((await demo.get('/api/client')).headers.get('x-ratelimit-remaining'))
    expect(remaining).toEqual(['2', '1', '0'])
    const limited = await demo.get(`/api/client/servers/${IDS.running}/resources`)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('60')
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    expect((await admin.get('/api/client')).status).toBe(200)
  })
})
