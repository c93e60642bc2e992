import { describe, expect, it } from 'vitest'

import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { errorBody, loggedIn, makePanel, validationError } from '../test-kit'

type Allocation = {
  object: 'allocation'
  attributes: {
    id: number
    ip: string
    ip_alias: string | null
    port: number
    notes: string | null
    is_default: boolean
  }
}
type List = { data: Allocation[] }

const SURVIVAL = `/api/client/servers/${IDS.running}/network/allocations`
const CREATIVE = `/api/client/servers/${IDS.offline}/network/allocations`

async function demo() {
  const { panel } = makePanel()
  return loggedIn(panel)
}

const list = async (browser: Awaited<ReturnType<typeof demo>>, path = SURVIVAL) =>
  ((await browser.get(path)).body as List).data.map((a) => a.attributes)

describe('network allocations', () => {
  it('lists the allocations with the primary marked', async () => {
    const browser = await demo()
    const items = await list(browser)
    expect(items).toHaveLength(2)
    expect(items.map((a) => a.is_default)).toEqual([true, false])
    expect(items[1]).toMatchObject({ notes: 'Query port', ip_alias: null })
  })

  it('updates notes (≤ 256, "" clears them) and logs the change', async () => {
    const browser = await demo()
    const [, second] = await list(browser)
    const path = `${SURVIVAL}/${second?.id}`
    const saved = await browser.post(path, { notes: 'Dynmap' })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ object: 'allocation', attributes: { notes: 'Dynmap' } })
    const tooLong = await browser.post(path, { notes: 'x'.repeat(257) })
    expect(tooLong.body).toEqual({
      errors: [
        validationError('notes', 'The notes may not be greater than 256 characters.', 'max'),
      ],
    })
    expect((await browser.post(path, {})).body).toEqual({
      errors: [validationError('notes', 'The notes field must be present.', 'present')],
    })
    await browser.post(path, { notes: '' })
    expect((await list(browser))[1]?.notes).toBeNull()
    const feed = (await browser.get(`/api/client/servers/${IDS.running}/activity`)).body as {
      data: { attributes: { event: string; properties: object } }[]
    }
    expect(feed.data.map((e) => e.attributes)).toContainEqual(
      expect.objectContaining({
        event: 'server:allocation.notes',
        properties: {
          allocation: `${second?.ip}:${second?.port}`,
          old: 'Query port',
          new: 'Dynmap',
        },
      }),
    )
  })

  it('makes another allocation primary; the old primary can then be deleted', async () => {
    const browser = await demo()
    const [first, second] = await list(browser)
    const primary = await browser.post(`${SURVIVAL}/${second?.id}/primary`)
    expect(primary.body).toMatchObject({ attributes: { id: second?.id, is_default: true } })
    expect((await list(browser)).map((a) => a.is_default)).toEqual([false, true])
    expect((await browser.delete(`${SURVIVAL}/${second?.id}`)).body).toEqual(
      errorBody(
        'DisplayException',
        400,
        'You cannot delete the primary allocation for this server.',
      ),
    )
    expect((await browser.delete(`${SURVIVAL}/${first?.id}`)).status).toBe(204)
    expect(await list(browser)).toHaveLength(1)
  })

  it('assigns new allocations from the range up to the limit', async () => {
    const browser = await demo()
    const created = await browser.post(SURVIVAL)
    expect(created.status).toBe(200)
    expect(created.body).toMatchObject({
      object: 'allocation',
      attributes: { port: 25570, notes: null, is_default: false },
    })
    expect(await list(browser)).toHaveLength(3)
    expect((await browser.post(SURVIVAL)).body).toEqual(
      errorBody(
        'DisplayException',
        400,
        'Cannot assign additional allocations to this server: limit has been reached.',
      ),
    )
  })

  it('reuses a deleted allocation before creating a port', async () => {
    const browser = await demo()
    const [, second] = await list(browser)
    await browser.delete(`${SURVIVAL}/${second?.id}`)
    const again = await browser.post(SURVIVAL)
    expect(again.body).toMatchObject({
      attributes: { id: second?.id, port: second?.port, notes: null },
    })
  })

  it('answers "not enabled" where auto-allocation is off', async () => {
    const browser = await demo()
    expect((await browser.post(CREATIVE)).body).toEqual(
      errorBody(
        'DisplayException',
        400,
        'Server auto-allocation is not enabled for this instance.',
      ),
    )
  })

  it('a demo control switches auto-allocation per server (faults mode only)', async () => {
    const { panel } = makePanel({ faults: true })
    const browser = await loggedIn(panel)
    const control = (body: unknown) => browser.post('/__demo/client-allocations', body)
    expect(
      (await control({ server: IDS.offline, rangeStart: 30000, rangeEnd: 30001 })).status,
    ).toBe(204)
    expect((await browser.post(CREATIVE)).body).toMatchObject({ attributes: { port: 30000 } })
    expect((await control({ server: IDS.running, enabled: false })).status).toBe(204)
    expect((await browser.post(SURVIVAL)).body).toEqual(
      errorBody(
        'DisplayException',
        400,
        'Server auto-allocation is not enabled for this instance.',
      ),
    )
    expect((await control({ server: IDS.running, rangeStart: 9, rangeEnd: 1 })).status).toBe(422)
  })

  it("404s an allocation of another server and checks the caller's permissions", async () => {
    const browser = await demo()
    const [creative] = await list(browser, CREATIVE)
    expect((await browser.post(`${SURVIVAL}/${creative?.id}`, { notes: 'x' })).body).toEqual(
      errorBody(
        'NotFoundHttpException',
        404,
        'The requested resource was not found for this server.',
      ),
    )
    const shared = `/api/client/servers/${IDS.subuser}/network/allocations`
    expect((await browser.get(shared)).status).toBe(403)
    expect((await browser.post(shared)).status).toBe(403)
  })
})
