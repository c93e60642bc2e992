import type { Messages } from '@/i18n/catalogue'

// The events that land in a user's own feed (contract §4.3), each with its catalogue entry
// (`t.activity.events[key]`: the panel's sentence with `:name` placeholders, filled from the
// entry's `properties` by the sentence renderer — as React text, never as HTML — and a short
// label) and its group in the event picker (`t.activity.groups[group]`).

type ActivityMessages = Messages['activity']

/** Stable id of a picker group; its name comes from `t.activity.groups`. */
export type ActivityEventGroup = keyof ActivityMessages['groups']

/** Catalogue key of an event's sentence and label in `t.activity.events`. */
export type ActivityEventKey = keyof ActivityMessages['events']

export interface ActivityEventInfo {
  key: ActivityEventKey
  group: ActivityEventGroup
  /** Offered in the event filter (aliases that only exist for rendering are not). */
  filterable: boolean
}

const event = (
  key: ActivityEventKey,
  group: ActivityEventGroup,
  filterable = true,
): ActivityEventInfo => ({ key, group, filterable })

export const ACTIVITY_EVENTS: Readonly<Record<string, ActivityEventInfo>> = {
  'auth:success': event('signedIn', 'signIn'),
  'auth:fail': event('signInFailed', 'signIn'),
  'auth:checkpoint': event('twoFactorRequested', 'signIn'),
  'auth:token': event('twoFactorSolved', 'signIn'),
  'auth:recovery-token': event('recoveryTokenUsed', 'signIn'),
  'auth:ip-blocked': event('ipBlocked', 'signIn'),
  'auth:sftp.fail': event('sftpSignInFailed', 'signIn'),
  'auth:reset-password': event('passwordResetRequested', 'account'),
  // The panel's PasswordResetListener logs `event:password-reset`, while its language file only
  // has `auth.password-reset` (contract §4.3): both read "Password reset".
  'event:password-reset': event('passwordReset', 'account'),
  'auth:password-reset': event('passwordReset', 'account', false),
  'user:account.email-changed': event('emailChanged', 'account'),
  'user:account.password-changed': event('passwordChanged', 'account'),
  'user:api-key.create': event('apiKeyCreated', 'apiKeys'),
  'user:api-key.delete': event('apiKeyDeleted', 'apiKeys'),
  'user:ssh-key.create': event('sshKeyAdded', 'sshKeys'),
  'user:ssh-key.delete': event('sshKeyRemoved', 'sshKeys'),
  'user:two-factor.create': event('twoFactorEnabled', 'twoFactor'),
  'user:two-factor.delete': event('twoFactorDisabled', 'twoFactor'),
  'server:subuser.create': event('subuserAdded', 'subusers'),
  'server:subuser.update': event('subuserUpdated', 'subusers'),
  'server:subuser.delete': event('subuserRemoved', 'subusers'),
}

export const ACTIVITY_EVENT_GROUPS: readonly ActivityEventGroup[] = [
  'signIn',
  'account',
  'apiKeys',
  'sshKeys',
  'twoFactor',
  'subusers',
]

export function getActivityEvent(name: string): ActivityEventInfo | undefined {
  return Object.hasOwn(ACTIVITY_EVENTS, name) ? ACTIVITY_EVENTS[name] : undefined
}

/** The short label of an event in the current catalogue; `undefined` for events Talon does not list. */
export function activityEventLabel(name: string, t: ActivityMessages): string | undefined {
  const info = getActivityEvent(name)
  return info ? t.events[info.key].label : undefined
}

/** Events offered by the filter, grouped in picker order. */
export function filterableEventsByGroup(): { group: ActivityEventGroup; events: string[] }[] {
  return ACTIVITY_EVENT_GROUPS.map((group) => ({
    group,
    events: Object.entries(ACTIVITY_EVENTS)
      .filter(([, info]) => info.group === group && info.filterable)
      .map(([name]) => name),
  }))
}

export type TemplatePart = { text: string } | { placeholder: string }

// The panel's own placeholder pattern (ActivityLogTransformer::hasAdditionalMetadata): a colon,
// then word characters, dots or dashes, ending on a word character.
const PLACEHOLDER = /:([A-Za-z_][\w.-]*\w|[A-Za-z_])/g

/** "Changed email from :old to :new" → text / placeholder parts, in order. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index
    if (index > last) parts.push({ text: template.slice(last, index) })
    parts.push({ placeholder: match[1] ?? '' })
    last = index + match[0].length
  }
  if (last < template.length) parts.push({ text: template.slice(last) })
  return parts
}

/** Placeholder names a template uses. */
export function templatePlaceholders(template: string): string[] {
  return parseTemplate(template).flatMap((p) => ('placeholder' in p ? [p.placeholder] : []))
}
