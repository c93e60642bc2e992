import { createHash } from 'node:crypto'

import type { RequestContext } from './context'
import { panelError } from './panel-errors'
import { filters, filterTerms, invalidFilter, paginate } from './pagination'
import { client, json, type Panel, type RouteFn } from './panel'
import { findUser, type ActivityEntry, type User } from './store'
import { atom } from './time'

// ActivityLogController + ActivityLogTransformer. Property post-processing follows the
// transformer: `ip` hidden unless the requester is the actor, arrays gain `<key>_count` (a lone
// one renamed `count`), and has_additional_metadata is computed against the English templates.

const DISABLED_EVENTS = new Set(['server:file.upload'])

/** resources/lang/en/activity.php, for the events this double can produce or seeds. */
const TEMPLATES: Record<string, string> = {
  'auth:fail': 'Failed log in',
  'auth:success': 'Logged in',
  'auth:password-reset': 'Password reset',
  'auth:reset-password': 'Requested password reset',
  'auth:checkpoint': 'Two-factor authentication requested',
  'auth:recovery-token': 'Used two-factor recovery token',
  'auth:token': 'Solved two-factor challenge',
  'auth:ip-blocked': 'Blocked request from unlisted IP address for :identifier',
  'auth:sftp.fail': 'Failed SFTP log in',
  'user:account.email-changed': 'Changed email from :old to :new',
  'user:account.password-changed': 'Changed password',
  'user:api-key.create': 'Created new API key :identifier',
  'user:api-key.delete': 'Deleted API key :identifier',
  'user:ssh-key.create': 'Added SSH key :fingerprint to account',
  'user:ssh-key.delete': 'Removed SSH key :fingerprint from account',
  'user:two-factor.create': 'Enabled two-factor auth',
  'user:two-factor.delete': 'Disabled two-factor auth',
  'server:power.start': 'Started the server',
  'server:power.stop': 'Stopped the server',
  'server:power.restart': 'Restarted the server',
  'server:power.kill': 'Killed the server process',
  'server:database.create': 'Created new database :name',
  'server:database.rotate-password': 'Password rotated for database :name',
  'server:database.delete': 'Deleted database :name',
  'server:subuser.create': 'Added :email as a subuser',
  'server:subuser.update': 'Updated the subuser permissions for :email',
  'server:subuser.delete': 'Removed :email as a subuser',
}

const hasAdditionalMetadata = (entry: ActivityEntry): boolean => {
  const keys = Object.keys(entry.properties)
  if (keys.length === 0) return false
  const template = TEMPLATES[entry.event] ?? ''
  const placeholders = [...template.matchAll(/:(?<key>[\w.-]+\w)(?:[^\w:]?|$)/g)].map(
    (m) => m.groups?.key ?? '',
  )
  const exclude = new Set([...placeholders, 'ip', 'useragent', 'using_sftp'])
  return keys.some((key) => !exclude.has(key))
}

function transformProperties(entry: ActivityEntry, requester: User): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(entry.properties)) {
    if (key === 'ip' && entry.actorId !== requester.id) {
      out[key] = '[hidden]'
    } else if (Array.isArray(value)) {
      out[key] = value
      out[`${key}_count`] = value.length
    } else if (key === 'directory' && typeof value === 'string') {
      out[key] = `/${value.split('/').filter(Boolean).join('/')}/`.replace('//', '/')
    } else {
      out[key] = value
    }
  }
  const counts = Object.keys(out).filter((k) => k.endsWith('_count'))
  if (counts.length === 1 && counts[0] !== undefined) {
    const [only] = counts
    const value = out[only]
    delete out[only]
    out.count = value
  }
  return out
}

const gravatar = (email: string): string =>
  `https://gravatar.com/avatar/${createHash('md5').update(email.toLowerCase()).digest('hex')}`

export function actorItem(user: User | undefined): {
  object: string
  attributes: Record<string, unknown> | null
} {
  if (!user) return { object: 'null_resource', attributes: null }
  return {
    object: 'user',
    attributes: {
      uuid: user.uuid,
      username: user.username,
      email: user.email,
      image: gravatar(user.email),
      '2fa_enabled': user.useTotp,
      created_at: atom(user.createdAt),
    },
  }
}

function activityItem(
  panel: Panel,
  entry: ActivityEntry,
  requester: User,
  withActor: boolean,
): Record<string, unknown> {
  const canViewIp = entry.actorId === requester.id || requester.rootAdmin
  const attributes: Record<string, unknown> = {
    id: createHash('sha1').update(String(entry.id)).digest('hex'),
    batch: entry.batch,
    event: entry.event,
    is_api: entry.isApi,
    ip: canViewIp ? entry.ip : null,
    description: entry.description,
    properties: transformProperties(entry, requester),
    has_additional_metadata: hasAdditionalMetadata(entry),
    timestamp: atom(entry.timestamp),
  }
  if (withActor) {
    attributes.relationships = { actor: actorItem(findUser(panel.store, entry.actorId)) }
  }
  return { object: 'activity_log', attributes }
}

/** `include=actor`, `include[]=actor` or `include=actor,foo`: Fractal ignores unknown includes. */
const includes = (rc: RequestContext): string[] => {
  const raw = rc.query.include
  if (typeof raw === 'string') return raw.split(',').map((s) => s.trim())
  if (Array.isArray(raw)) return raw.filter((v): v is string => typeof v === 'string')
  return []
}

export function listActivity(
  panel: Panel,
  rc: RequestContext,
  requester: User,
  source: ActivityEntry[],
): Response {
  const bag = filters(rc)
  const unknown = Object.keys(bag).filter((k) => k !== 'event')
  if (unknown.length > 0)
    throw panelError(400, 'InvalidFilterQuery', invalidFilter(unknown, ['event']))
  let entries = source.filter((e) => !DISABLED_EVENTS.has(e.event))
  const terms = bag.event === undefined ? [] : filterTerms(bag.event)
  if (terms.length > 0) {
    entries = entries.filter((e) =>
      terms.some((t) => e.event.toLowerCase().includes(t.toLowerCase())),
    )
  }
  const sort = rc.query.sort
  if (typeof sort === 'string' && sort !== '') {
    const fields = sort.split(',')
    const bad = fields.filter((f) => f.replace(/^-/, '') !== 'timestamp')
    if (bad.length > 0) {
      throw panelError(
        400,
        'InvalidSortQuery',
        `Requested sort(s) \`${bad.join(', ')}\` is not allowed. Allowed sort(s) are \`timestamp\`.`,
      )
    }
    const direction = fields[0]?.startsWith('-') ? -1 : 1
    entries = [...entries].sort((a, b) => direction * (a.timestamp - b.timestamp || a.id - b.id))
  }
  const page = paginate(entries, rc, 25, 100)
  const withActor = includes(rc).includes('actor')
  return json({
    object: 'list',
    data: page.items.map((e) => activityItem(panel, e, requester, withActor)),
    meta: page.meta,
  })
}

export function registerActivityRoutes(panel: Panel, route: RouteFn): void {
  route(
    'GET',
    '/api/client/account/activity',
    client(panel, (rc, { user }) =>
      listActivity(
        panel,
        rc,
        user,
        panel.store.activity.filter((e) =>
          e.subjects.some((s) => s.type === 'user' && s.id === user.id),
        ),
      ),
    ),
  )
}
