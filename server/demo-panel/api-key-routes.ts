import { allInput, input } from './context'
import { displayError, notFound, serverError } from './panel-errors'
import { INVALID_FORMAT, IpToolsError, parseRange } from './ip-range'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from './panel'
import { randomString } from './random'
import type { ApiKey } from './store'
import { atom } from './time'
import { validate, type Validator } from './validation'

// ApiKeyController + StoreApiKeyRequest. Only account keys (key_type 1) are listed, counted and
// deletable. The Bearer token a user needs is `identifier + meta.secret_token`.

export const MAX_API_KEYS = 25

export const apiKeyItem = (key: ApiKey): Record<string, unknown> => ({
  object: 'api_key',
  attributes: {
    identifier: key.identifier,
    description: key.memo,
    allowed_ips: key.allowedIps,
    last_used_at: key.lastUsedAt === null ? null : atom(key.lastUsedAt),
    created_at: atom(key.createdAt),
  },
})

/** The request's after-hook: every entry must survive IPTools' Range::parse(). */
function checkAllowedIps(validator: Validator, ips: unknown): void {
  if (!Array.isArray(ips)) return
  for (const [index, ip] of ips.entries()) {
    if (ip !== null && typeof ip === 'object') throw serverError('TypeError')
    const text = ip === null || ip === undefined ? '' : String(ip)
    let valid = false
    try {
      parseRange(text)
      valid = true
    } catch (error) {
      // Only "Invalid IP address format" is turned into a message; e.g. `/33` escapes as a 500.
      if (!(error instanceof IpToolsError) || error.message !== INVALID_FORMAT)
        throw serverError('Exception')
    }
    if (!valid)
      validator.addError(
        `allowed_ips.${index}`,
        `"${text}" is not a valid IP address or CIDR range.`,
      )
  }
}

export function registerApiKeyRoutes(panel: Panel, route: RouteFn): void {
  const { store } = panel
  const accountKeys = (userId: number): ApiKey[] =>
    store.apiKeys.filter((k) => k.userId === userId && k.keyType === 1)

  route(
    'GET',
    '/api/client/account/api-keys',
    client(panel, (_rc, { user }) =>
      json({ object: 'list', data: accountKeys(user.id).map(apiKeyItem) }),
    ),
  )

  route(
    'POST',
    '/api/client/account/api-keys',
    client(panel, (rc, { user }) => {
      const data = allInput(rc)
      const validator = validate(data, {
        description: ['required', 'nullable', 'string', 'max:500'],
        allowed_ips: ['nullable', 'array', 'max:50'],
        'allowed_ips.*': ['string'],
      })
      checkAllowedIps(validator, data.allowed_ips)
      validator.throwIfFailed()
      if (accountKeys(user.id).length >= MAX_API_KEYS) {
        throw displayError('You have reached the account limit for number of API keys.')
      }
      const now = panel.now()
      const ips = input(rc, 'allowed_ips')
      const key: ApiKey = {
        id: store.nextId.apiKey++,
        userId: user.id,
        keyType: 1,
        identifier: `ptlc_${randomString(11)}`,
        secret: randomString(32),
        memo: String(input(rc, 'description')),
        allowedIps: Array.isArray(ips) ? ips.map((ip) => String(ip)) : [],
        lastUsedAt: null,
        createdAt: now,
      }
      store.apiKeys.push(key)
      logActivity(panel, rc, {
        event: 'user:api-key.create',
        subjects: [
          { type: 'user', id: user.id },
          { type: 'api_key', id: key.id },
        ],
        properties: { identifier: key.identifier },
      })
      return json({ ...apiKeyItem(key), meta: { secret_token: key.secret } })
    }),
  )

  route(
    'DELETE',
    '/api/client/account/api-keys/:identifier',
    client(panel, (rc, { user }, c) => {
      const identifier = c.req.param('identifier') ?? ''
      const key = accountKeys(user.id).find(
        (k) => k.identifier.toLowerCase() === identifier.toLowerCase(),
      )
      if (!key) throw notFound()
      logActivity(panel, rc, {
        event: 'user:api-key.delete',
        subjects: [{ type: 'user', id: user.id }],
        properties: { identifier: key.identifier },
      })
      store.apiKeys.splice(store.apiKeys.indexOf(key), 1)
      return noContent()
    }),
  )
}
