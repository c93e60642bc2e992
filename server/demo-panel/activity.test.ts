import { describe, expect, it } from 'vitest'

import { errorBody, loggedIn, makePanel, ORIGIN } from './test-kit'

type Entry = {
  attributes: {
    event: string
    timestamp: string
    relationships?: unknown
    properties: Record<string, unknown>
  }
}
type Feed = {
  data: Entry[]
  meta: {
    pagination: {
      total: number
      count: number
      per_page: number
      current_page: number
      total_pages: number
      links: Record<string, string>
    }
  }
}

describe('account activity', () => {
  it('paginates with absolute links that keep the query', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const first = (
      await demo.get('/api/client/account/activity?sort=-timestamp&filter[event]=auth&per_page=10')
    ).body as Feed
    const { pagination } = first.meta
    expect(pagination).toMatchObject({ per_page: 10, current_page: 1, count: 10 })
    expect(pagination.total).toBeGreaterThan(90)
    expect(pagination.links).toEqual({
      next: `${ORIGIN}/api/client/account/activity?sort=-timestamp&filter%5Bevent%5D=auth&per_page=10&page=2`,
    })
    const second = (
      await demo.get(
        '/api/client/account/activity?page=2&sort=-timestamp&filter[event]=auth&per_page=10',
      )
    ).body as Feed
    expect(second.meta.pagination.links).toEqual({
      previous: `${ORIGIN}/api/client/account/activity?page=1&sort=-timestamp&filter%5Bevent%5D=auth&per_page=10`,
      next: `${ORIGIN}/api/client/account/activity?page=3&sort=-timestamp&filter%5Bevent%5D=auth&per_page=10`,
    })
    const last = (
      await demo.get(`/api/client/account/activity?per_page=100&page=${pagination.total_pages}`)
    ).body as Feed
    expect(Object.keys(last.meta.pagination.links)).toEqual(['previous'])
    const capped = (await demo.get('/api/client/account/activity?per_page=500')).body as Feed
    expect(capped.meta.pagination.per_page).toBe(100)
    const zero = (await demo.get('/api/client/account/activity?per_page=0')).body as Feed
    expect(zero.meta.pagination.per_page).toBe(15)
    const beyond = (await demo.get('/api/client/account/activity?page=999')).body as Feed
    expect(beyond.data).toEqual([])
    expect(beyond.meta.pagination.current_page).toBe(999)
  })

  it('filters by partial event, sorts both ways, defaults to insertion order', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const keys = (await demo.get('/api/client/account/activity?filter[event]=API-KEY&per_page=100'))
      .body as Feed
    expect(keys.data.length).toBeGreaterThan(3)
    expect(keys.data.every((e) => e.attributes.event.includes('api-key'))).toBe(true)
    const asc = (
      (await demo.get('/api/client/account/activity?sort=timestamp&per_page=100')).body as Feed
    ).data.map((e) => e.attributes.timestamp)
    expect([...asc].sort()).toEqual(asc)
    const desc = (
      (await demo.get('/api/client/account/activity?sort=-timestamp&per_page=100')).body as Feed
    ).data.map((e) => e.attributes.timestamp)
    expect([...desc].sort().reverse()).toEqual(desc)
    const plain = (
      (await demo.get('/api/client/account/activity?per_page=100')).body as Feed
    ).data.map((e) => e.attributes.timestamp)
    expect(plain).toEqual(asc)
  })

  it('rejects unknown filters and sorts with spatie messages', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const sort = await demo.get('/api/client/account/activity?sort=-event')
    expect(sort.body).toEqual(
      errorBody(
        'InvalidSortQuery',
        400,
        'Requested sort(s) `-event` is not allowed. Allowed sort(s) are `timestamp`.',
      ),
    )
    const filter = await demo.get('/api/client/account/activity?filter[ip]=1&filter[batch]=2')
    expect(filter.body).toEqual(
      errorBody(
        'InvalidFilterQuery',
        400,
        'Requested filter(s) `ip, batch` are not allowed. Allowed filter(s) are `event`.',
      ),
    )
  })

  it('include[]=actor works like include=actor; without it there are no relationships', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    const withActor = (await demo.get('/api/client/account/activity?include[]=actor')).body as Feed
    expect(withActor.data[0]?.attributes.relationships).toBeDefined()
    const without = (await demo.get('/api/client/account/activity')).body as Feed
    expect(without.data[0]?.attributes.relationships).toBeUndefined()
  })

  it('power actions land on the server, not in the account feed', async () => {
    const { panel } = makePanel()
    const demo = await loggedIn(panel)
    await demo.post('/api/client/servers/1a7ce997/power', { signal: 'stop' })
    const account = (await demo.get('/api/client/account/activity?filter[event]=server:'))
      .body as Feed
    expect(account.data).toEqual([])
    const server = (await demo.get('/api/client/servers/1a7ce997/activity')).body as Feed
    expect(server.data.map((e) => e.attributes.event)).toEqual(['server:power.stop'])
  })

  it('admins see ip but still get [hidden] ip properties from other actors', async () => {
    const { panel } = makePanel()
    const admin = await loggedIn(panel, 'admin', 'admin-password')
    const failed = await loggedIn(panel, 'admin', 'admin-password')
    await failed.post('/auth/logout')
    await failed.login('admin', 'nope')
    const feed = (await admin.get('/api/client/account/activity?sort=-timestamp')).body as {
      data: Array<{ attributes: { ip: string | null; properties: Record<string, unknown> } }>
    }
    expect(feed.data[0]?.attributes).toMatchObject({
      ip: '198.51.100.7',
      properties: { ip: '[hidden]', username: 'admin' },
    })
  })
})
