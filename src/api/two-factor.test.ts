import { http, HttpResponse } from 'msw'

import { server } from '@/test-kit/msw'

import { getTwoFactorStatus } from './two-factor'

const me = { username: 'demo', email: 'demo@example.com' }

function entry(actor: unknown) {
  return {
    object: 'activity_log',
    attributes: { event: 'auth:success', relationships: { actor } },
  }
}

function serveActivity(...entries: unknown[]) {
  server.use(
    http.get('*/api/client/account/activity', () =>
      HttpResponse.json({
        object: 'list',
        data: entries,
        meta: {
          pagination: {
            total: entries.length,
            count: entries.length,
            per_page: 10,
            current_page: 1,
            total_pages: 1,
            links: {},
          },
        },
      }),
    ),
  )
}

describe('getTwoFactorStatus', () => {
  it("reads the state from the account's own user actor", async () => {
    serveActivity(
      entry({ object: 'api_key', attributes: { identifier: 'ptlc_x' } }),
      entry({ object: 'user', attributes: { ...me, '2fa_enabled': true } }),
    )
    await expect(getTwoFactorStatus(me)).resolves.toEqual({ state: 'on', required: false })
  })

  it('treats a malformed user actor as saying nothing, not as a crash', async () => {
    serveActivity(
      entry({ object: 'user', attributes: 'not an object' }),
      entry({ object: 'user', attributes: { username: 7 } }),
    )
    await expect(getTwoFactorStatus(me)).resolves.toEqual({ state: 'unknown', required: false })
  })
})
