import { createHash } from 'node:crypto'

import { afterEach, describe, expect, it } from 'vitest'

import { createClock } from '../clock'
import { createDemoPanel, type DemoPanelInstance } from '../index'
import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { startDemoPanel, type StartedDemoPanel } from '../serve'
import { ATOM, errorBody, expectShape, loggedIn, START, UUID, validationError } from '../test-kit'
import { BACKUP_MS, RESTORE_MS } from './wings-backups'

type Frame = { event: string; args?: string[] }
type Item = { object: string; attributes: Record<string, unknown> & { uuid: string; name: string } }
type List = { data: Item[]; meta: { pagination: Record<string, unknown>; backup_count: number } }

function setup(): { panel: DemoPanelInstance; advance: (ms: number) => void } {
  const clock = createClock({ manual: true, start: START })
  const panel = createDemoPanel({ adminServers: 40, clock, faults: true })
  return { panel, advance: (ms) => clock.advance(ms) }
}

const base = (identifier: string) => `/api/client/servers/${identifier}/backups`

/** An in-process socket to a server, authenticated with the user's real token. */
async function listen(
  panel: DemoPanelInstance,
  browser: Awaited<ReturnType<typeof loggedIn>>,
  id: string,
) {
  const frames: Frame[] = []
  const server = panel.wings.findServerByIdentifier(id)
  if (!server) throw new Error(id)
  const session = panel.wings.openSession(server, {
    send: (text) => frames.push(JSON.parse(text) as Frame),
    close: () => undefined,
  })
  const token = (
    (await browser.get(`/api/client/servers/${id}/websocket`)).body as {
      data: { token: string }
    }
  ).data.token
  session.receive(JSON.stringify({ event: 'auth', args: [token] }))
  frames.splice(0)
  return { frames, session }
}

describe('backups: list and create', { timeout: 20_000 }, () => {
  it('lists the seeded backups with the transformer shape and backup_count', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const res = await demo.get(base(IDS.running))
    expect(res.status).toBe(200)
    const list = res.body as List
    expect(list.data.map((b) => b.attributes.name)).toEqual([
      'Before the 1.20 update',
      'Weekly world',
      'Nightly',
    ])
    expect(list.meta.backup_count).toBe(2)
    expect(list.meta.pagination).toMatchObject({ total: 3, per_page: 20, current_page: 1 })
    expectShape(list.data[0], {
      object: 'backup',
      attributes: {
        uuid: UUID,
        is_successful: true,
        is_locked: true,
        name: 'Before the 1.20 update',
        ignored_files: [],
        checksum: /^sha1:[0-9a-f]{40}$/,
        bytes: Number,
        created_at: ATOM,
        completed_at: ATOM,
      },
    })
    // A failed backup: unlocked, no checksum, no size, but completed.
    expect(list.data[1]?.attributes).toMatchObject({
      is_successful: false,
      is_locked: false,
      checksum: null,
      bytes: 0,
    })
    expect(list.data[1]?.attributes.completed_at).toMatch(ATOM)
    // per_page is capped at 50.
    const capped = (await demo.get(`${base(IDS.running)}?per_page=80`)).body as List
    expect(capped.meta.pagination.per_page).toBe(50)
  })

  it('creates a running backup, then Wings finishes it on the clock and tells the socket', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const socket = await listen(panel, demo, IDS.running)
    const res = await demo.post(base(IDS.running), {
      name: '  Before wipe ',
      ignored: 'logs/\n\ncache/',
      is_locked: true,
    })
    expect(res.status).toBe(200)
    const created = (res.body as Item).attributes
    expect(created).toMatchObject({
      name: 'Before wipe',
      is_successful: false,
      is_locked: true,
      ignored_files: ['logs/', 'cache/'],
      checksum: null,
      bytes: 0,
      completed_at: null,
    })
    expect(((await demo.get(base(IDS.running))).body as List).meta.backup_count).toBe(3)

    advance(BACKUP_MS - 1)
    expect(socket.frames.filter((f) => f.event === 'backup completed')).toEqual([])
    advance(1)
    const done = socket.frames.filter((f) => f.event === 'backup completed')
    expect(done).toHaveLength(1)
    const payload = JSON.parse(done[0]?.args?.[0] ?? '{}') as Record<string, unknown>
    expect(Object.keys(payload)).toEqual([
      'checksum',
      'checksum_type',
      'file_size',
      'is_successful',
      'uuid',
    ])
    expect(payload).toMatchObject({
      uuid: created.uuid,
      is_successful: true,
      checksum_type: 'sha1',
    })
    const view = (await demo.get(`${base(IDS.running)}/${created.uuid}`)).body as Item
    expect(view.attributes).toMatchObject({
      is_successful: true,
      is_locked: true,
      checksum: `sha1:${String(payload.checksum)}`,
      bytes: payload.file_size,
    })
    expect(view.attributes.completed_at).toMatch(ATOM)
  })

  it('announces completion only to sockets whose token carries backup.read', async () => {
    const { panel, advance } = setup()
    const mira = await loggedIn(panel, 'mira', 'mira-password')
    const demo = await loggedIn(panel)
    const owner = await listen(panel, mira, IDS.subuser)
    const subuser = await listen(panel, demo, IDS.subuser)
    expect((await mira.post(base(IDS.subuser), { name: 'shared' })).status).toBe(200)
    advance(BACKUP_MS)
    expect(owner.frames.filter((f) => f.event === 'backup completed')).toHaveLength(1)
    expect(subuser.frames.filter((f) => f.event === 'backup completed')).toHaveLength(0)
  })

  it('names an unnamed backup after the time it was made', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const res = await demo.post(base(IDS.running), { name: '' })
    expect((res.body as Item).attributes.name).toBe('Backup at 2024-10-24 12:00:00')
  })

  it('validates the body like StoreBackupRequest', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const res = await demo.post(base(IDS.running), {
      name: 'x'.repeat(192),
      is_locked: 'yes',
      ignored: ['a'],
    })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      errors: [
        validationError('name', 'The name may not be greater than 191 characters.', 'max'),
        validationError('is_locked', 'The is locked field must be true or false.', 'boolean'),
        validationError('ignored', 'The ignored must be a string.', 'string'),
      ],
    })
  })

  it('throttles creation to 2 per 600 s (failed ones do not count, deleted ones do)', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const first = (await demo.post(base(IDS.running), { name: 'one' })).body as Item
    advance(60_000)
    await demo.post(base(IDS.running), { name: 'two' })
    advance(60_000)
    // Deleting does not give the slot back.
    expect((await demo.delete(`${base(IDS.running)}/${first.attributes.uuid}`)).status).toBe(204)
    const refused = await demo.post(base(IDS.running), { name: 'three' })
    expect(refused.status).toBe(429)
    expect(refused.body).toEqual(
      errorBody(
        'TooManyRequestsHttpException',
        429,
        'Only 2 backups may be generated within a 600 second span of time.',
      ),
    )
    // Counted from the newest of the two: 600 - 60 s.
    expect(refused.headers.get('Retry-After')).toBe('540')
    advance(540_000)
    expect((await demo.post(base(IDS.running), { name: 'three' })).status).toBe(200)
  })

  it('does not count failed backups against the throttle', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    await demo.post('/__demo/wings/backup-failure', { server: IDS.running })
    expect((await demo.post(base(IDS.running), { name: 'fails' })).status).toBe(200)
    advance(BACKUP_MS)
    expect((await demo.post(base(IDS.running), { name: 'one' })).status).toBe(200)
    expect((await demo.post(base(IDS.running), { name: 'two' })).status).toBe(200)
    expect((await demo.post(base(IDS.running), { name: 'three' })).status).toBe(429)
  })

  it("refuses a backup past the server's limit, and every backup at a limit of 0", async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const full = await demo.post(base(IDS.offline), {})
    expect(full.status).toBe(400)
    expect(full.body).toEqual(
      errorBody(
        'TooManyBackupsException',
        400,
        'Cannot create a new backup, this server has reached its limit of 5 backups.',
      ),
    )
    const none = await demo.post(base(IDS.unlimited), {})
    expect(none.body).toEqual(
      errorBody(
        'TooManyBackupsException',
        400,
        'Cannot create a new backup, this server has reached its limit of 0 backups.',
      ),
    )
  })

  it('answers 403 to a subuser without backup permissions, 404 for a foreign backup', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    expect((await demo.get(base(IDS.subuser))).status).toBe(403)
    expect((await demo.post(base(IDS.subuser), {})).status).toBe(403)
    const seeded = ((await demo.get(base(IDS.running))).body as List).data[0]?.attributes.uuid
    const foreign = await demo.get(`${base(IDS.offline)}/${seeded}`)
    expect(foreign.body).toEqual(
      errorBody(
        'NotFoundHttpException',
        404,
        'The requested resource was not found for this server.',
      ),
    )
    expect(
      (await demo.get(`${base(IDS.running)}/00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(404)
    // 409 states first: an installing server's backups are closed.
    expect((await demo.get(base(IDS.installing))).status).toBe(409)
  })
})

describe('backups: failure, lock, delete, download', { timeout: 20_000 }, () => {
  it('a forced failure ends the backup failed, unlocked, announced at once', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const socket = await listen(panel, demo, IDS.running)
    const armed = await demo.post('/__demo/wings/backup-failure', { server: IDS.running })
    expect(armed.status).toBe(204)
    const created = ((await demo.post(base(IDS.running), { is_locked: true })).body as Item)
      .attributes
    advance(BACKUP_MS)
    const frame = socket.frames.find((f) => f.event === 'backup completed')
    expect(JSON.parse(frame?.args?.[0] ?? '{}')).toEqual({
      checksum: '',
      checksum_type: 'sha1',
      file_size: 0,
      is_successful: false,
      uuid: created.uuid,
    })
    const view = ((await demo.get(`${base(IDS.running)}/${created.uuid}`)).body as Item).attributes
    expect(view).toMatchObject({ is_successful: false, is_locked: false, checksum: null, bytes: 0 })
    expect(view.completed_at).toMatch(ATOM)
    // Failed ones no longer count against the limit; the next backup succeeds again.
    expect(((await demo.get(base(IDS.running))).body as List).meta.backup_count).toBe(2)
    const next = ((await demo.post(base(IDS.running), {})).body as Item).attributes
    advance(BACKUP_MS)
    const after = ((await demo.get(`${base(IDS.running)}/${next.uuid}`)).body as Item).attributes
    expect(after.is_successful).toBe(true)
    // The control route is there only with faults on, and checks its body.
    expect((await demo.post('/__demo/wings/backup-failure', { server: 'nope' })).status).toBe(422)
  })

  it('toggles the lock and refuses to delete a locked backup', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const locked = ((await demo.get(base(IDS.running))).body as List).data[0]?.attributes.uuid ?? ''
    const refused = await demo.delete(`${base(IDS.running)}/${locked}`)
    expect(refused.body).toEqual(
      errorBody('BackupLockedException', 400, 'Cannot delete a backup that is marked as locked.'),
    )
    const unlocked = await demo.post(`${base(IDS.running)}/${locked}/lock`)
    expect((unlocked.body as Item).attributes.is_locked).toBe(false)
    expect((await demo.delete(`${base(IDS.running)}/${locked}`)).status).toBe(204)
    expect((await demo.get(`${base(IDS.running)}/${locked}`)).status).toBe(404)
    const list = (await demo.get(base(IDS.running))).body as List
    expect(list.data).toHaveLength(2)
    expect(list.meta.backup_count).toBe(1)
    const activity = (await demo.get(`/api/client/servers/${IDS.running}/activity?sort=-timestamp`))
      .body as { data: Array<{ attributes: { event: string; properties: unknown } }> }
    expect(activity.data.slice(0, 2).map((e) => e.attributes.event)).toEqual([
      'server:backup.delete',
      'server:backup.unlock',
    ])
    expect(activity.data[0]?.attributes.properties).toEqual({
      name: 'Before the 1.20 update',
      failed: false,
    })
  })

  it('hands out a signed Wings URL for a download', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const uuid = ((await demo.get(base(IDS.running))).body as List).data[2]?.attributes.uuid ?? ''
    const res = await demo.get(`${base(IDS.running)}/${uuid}/download`)
    expect(res.status).toBe(200)
    const { object, attributes } = res.body as { object: string; attributes: { url: string } }
    expect(object).toBe('signed_url')
    const url = new URL(attributes.url)
    expect(url.pathname).toBe('/download/backup')
    const claims = JSON.parse(
      Buffer.from(url.searchParams.get('token')?.split('.')[1] ?? '', 'base64url').toString(),
    ) as Record<string, unknown>
    expect(claims).toMatchObject({ backup_uuid: uuid, user_id: 2 })
    expect(Number(claims.exp) - Number(claims.iat)).toBe(900)
  })
})

describe('backups: restore', { timeout: 20_000 }, () => {
  it('flips the status to restoring_backup (409 elsewhere) and back, with the socket event', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const socket = await listen(panel, demo, IDS.offline)
    const uuid = ((await demo.get(base(IDS.offline))).body as List).data[1]?.attributes.uuid ?? ''
    // truncate is required and boolean.
    const invalid = await demo.post(`${base(IDS.offline)}/${uuid}/restore`, {})
    expect(invalid.body).toEqual({
      errors: [validationError('truncate', 'The truncate field is required.', 'required')],
    })
    expect(
      (await demo.post(`${base(IDS.offline)}/${uuid}/restore`, { truncate: true })).status,
    ).toBe(204)
    const view = (await demo.get(`/api/client/servers/${IDS.offline}`)).body as {
      attributes: { status: string | null }
    }
    expect(view.attributes.status).toBe('restoring_backup')
    const conflict = await demo.get(base(IDS.offline))
    expect(conflict.body).toEqual(
      errorBody(
        'ServerStateConflictException',
        409,
        'This server is currently restoring from a backup, please try again later.',
      ),
    )
    advance(RESTORE_MS - 1)
    expect(socket.frames.some((f) => f.event === 'backup restore completed')).toBe(false)
    expect(
      socket.frames.filter((f) => f.event === 'daemon message').map((f) => f.args?.[0]),
    ).toContain('(restoring): world/level.dat')
    advance(1)
    expect(socket.frames.at(-1)).toEqual({ event: 'backup restore completed', args: [''] })
    expect(socket.frames.at(-2)).toEqual({
      event: 'daemon message',
      args: ['Completed server restoration from local backup.'],
    })
    expect((await demo.get(base(IDS.offline))).status).toBe(200)
  })

  it('stops a running server first; a failed backup passes the panel and fails on Wings (500)', async () => {
    const { panel, advance } = setup()
    const demo = await loggedIn(panel)
    const list = ((await demo.get(base(IDS.running))).body as List).data
    const failed = list[1]?.attributes.uuid ?? ''
    const res = await demo.post(`${base(IDS.running)}/${failed}/restore`, { truncate: false })
    expect(res.status).toBe(500)
    expect(
      (res.body as { errors: Array<{ code: string; detail: string }> }).errors[0],
    ).toMatchObject({
      code: 'DaemonConnectionException',
      detail: expect.stringContaining('(code: 500)') as unknown,
    })
    // Rolled back: the server is usable.
    expect((await demo.get(base(IDS.running))).status).toBe(200)

    const ok = list[2]?.attributes.uuid ?? ''
    expect(
      (await demo.post(`${base(IDS.running)}/${ok}/restore`, { truncate: false })).status,
    ).toBe(204)
    const server = panel.wings.findServerByIdentifier(IDS.running)
    if (!server) throw new Error('no server')
    expect(panel.wings.process(server).currentState()).toBe('stopping')
    advance(3_000 + RESTORE_MS)
    expect(panel.wings.process(server).currentState()).toBe('offline')
    expect(server.status).toBeNull()
  })

  it('refuses to restore an unfinished backup', async () => {
    const { panel } = setup()
    const demo = await loggedIn(panel)
    const running = ((await demo.post(base(IDS.running), {})).body as Item).attributes.uuid
    const res = await demo.post(`${base(IDS.running)}/${running}/restore`, { truncate: false })
    expect(res.body).toEqual(
      errorBody(
        'BadRequestHttpException',
        400,
        'This backup cannot be restored at this time: not completed or failed.',
      ),
    )
  })
})

describe('backups: the node listener', { timeout: 20_000 }, () => {
  let started: StartedDemoPanel | undefined
  afterEach(async () => {
    await started?.close()
    started = undefined
  })

  it('streams the archive once for a token, matching the checksum', async () => {
    started = await startDemoPanel({ port: 0, adminServers: 20 })
    const demo = await loggedIn(started.panel)
    const list = (await demo.get(base(IDS.running))).body as List
    const backup = list.data[2]?.attributes
    const { attributes } = (await demo.get(`${base(IDS.running)}/${backup?.uuid}/download`))
      .body as { attributes: { url: string } }
    const res = await fetch(attributes.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${backup?.uuid}.tar.gz"`,
    )
    const data = Buffer.from(await res.arrayBuffer())
    expect(data.length).toBe(backup?.bytes)
    expect(`sha1:${createHash('sha1').update(data).digest('hex')}`).toBe(backup?.checksum)
    expect([...data.subarray(0, 2)]).toEqual([0x1f, 0x8b]) // gzip
    // Single use.
    const again = await fetch(attributes.url)
    expect(again.status).toBe(404)
    expect(await again.json()).toEqual({
      error: 'The requested resource was not found on this server.',
    })
    // A forged token is Wings' generic 500.
    const forged = await fetch(attributes.url.replace(/token=.*/, 'token=a.b.c'))
    expect(forged.status).toBe(500)
  })
})
