// The panel's English activity strings (resources/lang/en/activity.php, contract §4.3) for the
// events that land in a user's own feed. `:name` placeholders are filled from the entry's
// `properties` by the sentence renderer — as React text, never as HTML.

export type ActivityEventGroup =
  'Sign-in' | 'Account' | 'API keys' | 'SSH keys' | 'Two-factor authentication' | 'Subusers'

export interface ActivityEventInfo {
  /** The panel's English sentence, with `:placeholders`. */
  template: string
  /** Short name for the event picker. */
  label: string
  group: ActivityEventGroup
  /** Offered in the event filter (aliases that only exist for rendering are not). */
  filterable: boolean
}

const event = (
  template: string,
  label: string,
  group: ActivityEventGroup,
  filterable = true,
): ActivityEventInfo => ({ template, label, group, filterable })

export const ACTIVITY_EVENTS: Readonly<Record<string, ActivityEventInfo>> = {
  'auth:success': event('Logged in', 'Signed in', 'Sign-in'),
  'auth:fail': event('Failed log in', 'Failed sign-in', 'Sign-in'),
  'auth:checkpoint': event(
    'Two-factor authentication requested',
    'Two-factor code requested',
    'Sign-in',
  ),
  'auth:token': event('Solved two-factor challenge', 'Two-factor code accepted', 'Sign-in'),
  'auth:recovery-token': event('Used two-factor recovery token', 'Recovery token used', 'Sign-in'),
  'auth:ip-blocked': event(
    'Blocked request from unlisted IP address for :identifier',
    'Request from unlisted IP blocked',
    'Sign-in',
  ),
  'auth:sftp.fail': event('Failed SFTP log in', 'Failed SFTP sign-in', 'Sign-in'),
  'auth:reset-password': event('Requested password reset', 'Password reset requested', 'Account'),
  // The panel's PasswordResetListener logs `event:password-reset`, while its language file only
  // has `auth.password-reset` (contract §4.3): both read "Password reset".
  'event:password-reset': event('Password reset', 'Password reset', 'Account'),
  'auth:password-reset': event('Password reset', 'Password reset', 'Account', false),
  'user:account.email-changed': event(
    'Changed email from :old to :new',
    'Email address changed',
    'Account',
  ),
  'user:account.password-changed': event('Changed password', 'Password changed', 'Account'),
  'user:api-key.create': event('Created new API key :identifier', 'API key created', 'API keys'),
  'user:api-key.delete': event('Deleted API key :identifier', 'API key deleted', 'API keys'),
  'user:ssh-key.create': event(
    'Added SSH key :fingerprint to account',
    'SSH key added',
    'SSH keys',
  ),
  'user:ssh-key.delete': event(
    'Removed SSH key :fingerprint from account',
    'SSH key removed',
    'SSH keys',
  ),
  'user:two-factor.create': event(
    'Enabled two-factor auth',
    'Two-factor authentication enabled',
    'Two-factor authentication',
  ),
  'user:two-factor.delete': event(
    'Disabled two-factor auth',
    'Two-factor authentication disabled',
    'Two-factor authentication',
  ),
  'server:subuser.create': event('Added :email as a subuser', 'Subuser added', 'Subusers'),
  'server:subuser.update': event(
    'Updated the subuser permissions for :email',
    'Subuser permissions updated',
    'Subusers',
  ),
  'server:subuser.delete': event('Removed :email as a subuser', 'Subuser removed', 'Subusers'),
}

export const ACTIVITY_EVENT_GROUPS: readonly ActivityEventGroup[] = [
  'Sign-in',
  'Account',
  'API keys',
  'SSH keys',
  'Two-factor authentication',
  'Subusers',
]

export function getActivityEvent(name: string): ActivityEventInfo | undefined {
  return Object.hasOwn(ACTIVITY_EVENTS, name) ? ACTIVITY_EVENTS[name] : undefined
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
