import { describe, expect, it } from 'vitest'

import { createClock } from '../clock'
import { createDemoPanel, type DemoPanelInstance } from '../index'
import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { Browser, errorBody, loggedIn, START, validationError } from '../test-kit'

type Subuser = {
  attributes: { uuid: string; email: string; username: string; permissions: string[] }
}
type Frame = { event: string; args?: string[] }
type Mail = { to: string; subject: string; action: { url: string } | null }

function setup(): DemoPanelInstance {
  return createDemoPanel({
    adminServers: 20,
    faults: true,
    clock: createClock({ manual: true, start: START }),
  })
}

const users = `/api/client/servers/${IDS.running}/users`

async function mailFor(panel: DemoPanelInstance, to: string): Promise<Mail[]> {
  const res = await panel.fetch(new Request(`http://127.0.0.1:8081/__demo/mail?to=${to}`))
  return ((await res.json()) as { data: Mail[] }).data
}

async function invite(demo: Browser, email: string, permissions: string[]): Promise<Subuser> {
  const res = await demo.post(users, { email, permissions })
  expect(res.status).toBe(200)
  return res.body as Subuser
}

describe('subusers', () => {
  it("serves the panel's permission catalogue to any signed-in user", async () => {
    const panel = setup()
    const demo = await loggedIn(panel)
    const res = await demo.get('/api/client/permissions')
    expect(res.status).toBe(200)
    const body = res.body as {
      object: string
      attributes: { permissions: Record<string, { description: string; keys: object }> }
    }
    expect(body.object).toBe('system_permissions')
    expect(Object.keys(body.attributes.permissions)).toEqual([
      'websocket',
      'control',
      'user',
      'file',
      'backup',
      'allocation',
      'startup',
      'database',
      'schedule',
      'settings',
      'activity',
    ])
    expect(body.attributes.permissions.database?.keys).toHaveProperty('view_password')
  })

  it('lists the seeded subusers; invites an unknown e-mail as a new account with a set-password mail', async () => {
    const panel = setup()
    const demo = await loggedIn(panel)
    const list = (await demo.get(users)).body as { data: Subuser[] }
    expect(list.data.map((s) => s.attributes.email)).toEqual([
      'oscar@example.org',
      'tomas@example.org',
    ])

    const created = await invite(demo, 'Friend.Person@example.net', [
      'control.console',
      'made.up',
      'control.console',
    ])
    // Unknown keys dropped, duplicates folded, websocket.connect always added.
    expect(created.attributes.permissions).toEqual(['control.console', 'websocket.connect'])
    expect(created.attributes.username).toMatch(/^friend\.person[a-z0-9]{3}$/)

    const mail = await mailFor(panel, 'friend.person@example.net')
    expect(mail.map((m) => m.subject)).toEqual(['Account Created', 'Added To Server'])
    const link = new URL(mail[0]?.action?.url ?? '')
    expect(link.pathname).toMatch(/^\/auth\/password\/reset\/[A-Za-z0-9]{64}$/)

    // The link sets a password; the friend then signs in and sees the shared server.
    const friend = new Browser(panel)
    await friend.get('/sanctum/csrf-cookie')
    const reset = await friend.post('/auth/password/reset', {
      token: link.pathname.split('/').pop(),
      email: link.searchParams.get('email'),
      password: 'friend-password',
      password_confirmation: 'friend-password',
    })
    expect(reset.status).toBe(200)
    const again = await loggedIn(panel, 'Friend.Person@example.net', 'friend-password')
    const view = await again.get(`/api/client/servers/${IDS.running}`)
    expect((view.body as { meta: { user_permissions: string[] } }).meta.user_permissions).toEqual([
      'control.console',
      'websocket.connect',
    ])
    // Without user.read the friend cannot list subusers.
    expect((await again.get(users)).status).toBe(403)

    const activity = (await demo.get(`/api/client/servers/${IDS.running}/activity?sort=-timestamp`))
      .body as {
      data: Array<{ attributes: { event: string; properties: Record<string, unknown> } }>
    }
    expect(activity.data[0]?.attributes).toMatchObject({
      event: 'server:subuser.create',
      properties: { email: 'Friend.Person@example.net' },
    })
  })

  it("refuses the owner, a duplicate, bad input, and a subuser's grant of keys they lack", async () => {
    const panel = setup()
    const demo = await loggedIn(panel)
    // An empty list fails `required`, as in Laravel.
    expect((await demo.post(users, { email: 'a@example.net', permissions: [] })).status).toBe(422)
    const consoleOnly = ['control.console']
    expect(
      (await demo.post(users, { email: 'demo@example.com', permissions: consoleOnly })).body,
    ).toEqual(
      errorBody(
        'UserIsServerOwnerException',
        400,
        'You cannot add the server owner as a subuser for this server.',
      ),
    )
    const dup = await demo.post(users, { email: 'OSCAR@example.org', permissions: consoleOnly })
    expect(dup.status).toBe(400)
    expect((await demo.post(users, { email: 'nope', permissions: 'x' })).body).toEqual({
      errors: [
        validationError('email', 'The email must be a valid email address.', 'email'),
        validationError('permissions', 'The permissions must be an array.', 'array'),
      ],
    })

    // demo is a subuser on Mira's server with console/start/stop/connect/activity: no user.*.
    const shared = `/api/client/servers/${IDS.subuser}/users`
    expect((await demo.get(shared)).status).toBe(403)
    // A subuser with user.create may grant only what they hold.
    const mira = await loggedIn(panel, 'mira', 'mira-password')
    const demoUuid = ((await mira.get(shared)).body as { data: Subuser[] }).data[0]?.attributes.uuid
    await mira.post(`${shared}/${demoUuid}`, {
      permissions: ['user.create', 'control.console', 'websocket.connect'],
    })
    const tooMuch = await demo.post(shared, {
      email: 'x@example.net',
      permissions: ['control.console', 'file.read'],
    })
    expect(tooMuch.body).toEqual(
      errorBody(
        'HttpForbiddenException',
        403,
        'Cannot assign permissions to a subuser that your account does not actively possess.',
      ),
    )
    expect(
      (await demo.post(shared, { email: 'x@example.net', permissions: ['control.console'] }))
        .status,
    ).toBe(200)
  })

  it('a subuser can never edit themselves; unknown uuids are 404', async () => {
    const panel = setup()
    const mira = await loggedIn(panel, 'mira', 'mira-password')
    const shared = `/api/client/servers/${IDS.subuser}/users`
    const demoUuid = ((await mira.get(shared)).body as { data: Subuser[] }).data[0]?.attributes.uuid
    await mira.post(`${shared}/${demoUuid}`, {
      permissions: ['user.read', 'user.update', 'control.console'],
    })
    const demo = await loggedIn(panel)
    expect((await demo.get(`${shared}/${demoUuid}`)).status).toBe(403)
    expect((await demo.post(`${shared}/${demoUuid}`, { permissions: ['user.read'] })).status).toBe(
      403,
    )
    expect((await mira.get(`${shared}/00000000-0000-4000-8000-000000000000`)).status).toBe(404)
  })

  it("changing a subuser's keys revokes their socket: the next frame is a denylist error, and a fresh token no longer sends commands", async () => {
    const panel = setup()
    const demo = await loggedIn(panel)
    const oscarUuid = ((await demo.get(users)).body as { data: Subuser[] }).data[0]?.attributes.uuid
    const oscar = await loggedIn(panel, 'oscar', 'oscar-password')
    const token = async () =>
      (
        (await oscar.get(`/api/client/servers/${IDS.running}/websocket`)).body as {
          data: { token: string }
        }
      ).data.token

    const server = panel.wings.findServerByIdentifier(IDS.running)
    if (!server) throw new Error('no server')
    const frames: Frame[] = []
    const session = panel.wings.openSession(server, {
      send: (text) => frames.push(JSON.parse(text) as Frame),
      close: () => undefined,
    })
    const send = (event: string, ...args: string[]) =>
      session.receive(JSON.stringify({ event, args }))
    send('auth', await token())
    expect(frames.map((f) => f.event)).toContain('auth success')
    frames.length = 0
    send('send command', 'say before')
    panel.clock.advance(1_000)
    expect(frames.some((f) => f.args?.[0]?.includes('before'))).toBe(true)

    // Same keys again: no change, no revocation.
    const same = await demo.post(`${users}/${oscarUuid}`, {
      permissions: [
        'control.console',
        'control.start',
        'control.stop',
        'control.restart',
        'file.read',
        'file.read-content',
        'file.update',
      ],
    })
    expect(same.status).toBe(200)
    panel.clock.advance(1_000)
    frames.length = 0
    // One second later: still the old token's world, still frames.
    panel.clock.advance(1_000)
    expect(frames.some((f) => f.event === 'jwt error')).toBe(false)

    // One second ahead so the fresh token's iat is after the revocation.
    const res = await demo.post(`${users}/${oscarUuid}`, { permissions: ['control.start'] })
    expect((res.body as Subuser).attributes.permissions).toEqual([
      'control.start',
      'websocket.connect',
    ])
    frames.length = 0
    panel.clock.advance(1_000)
    expect(frames.at(-1)).toEqual({
      event: 'jwt error',
      args: ['jwt: created too far in past (denylist)'],
    })
    frames.length = 0
    send('send command', 'say after')
    expect(frames).toEqual([
      { event: 'jwt error', args: ['jwt: created too far in past (denylist)'] },
    ])

    // The client fetches a fresh token (now without control.console) and re-auths.
    send('auth', await token())
    expect(frames.at(-1)?.event).toBe('auth success')
    frames.length = 0
    send('send command', 'say after')
    panel.clock.advance(1_000)
    expect(frames.some((f) => f.args?.[0]?.includes('after'))).toBe(false)
    expect(frames.some((f) => f.event === 'stats')).toBe(true)

    const activity = (await demo.get(`/api/client/servers/${IDS.running}/activity?sort=-timestamp`))
      .body as {
      data: Array<{ attributes: { event: string; properties: Record<string, unknown> } }>
    }
    const updates = activity.data.filter((e) => e.attributes.event === 'server:subuser.update')
    expect(updates).toHaveLength(1)
    expect(updates[0]?.attributes.properties).toMatchObject({
      email: 'oscar@example.org',
      new: ['control.start', 'websocket.connect'],
      revoked: true,
    })
  })

  it('removing a subuser revokes them and takes the server away', async () => {
    const panel = setup()
    const demo = await loggedIn(panel)
    const tomas = ((await demo.get(users)).body as { data: Subuser[] }).data[1]?.attributes
    expect(tomas?.email).toBe('tomas@example.org')
    expect((await demo.delete(`${users}/${tomas?.uuid}`)).status).toBe(204)
    const list = (await demo.get(users)).body as { data: Subuser[] }
    expect(list.data.map((s) => s.attributes.email)).toEqual(['oscar@example.org'])
    const removed = await loggedIn(panel, 'tomas', 'tomas-password')
    expect((await removed.get(`/api/client/servers/${IDS.running}`)).status).toBe(404)
    expect((await mailFor(panel, 'tomas@example.org')).map((m) => m.subject)).toEqual([
      'Removed From Server',
    ])
  })
})
