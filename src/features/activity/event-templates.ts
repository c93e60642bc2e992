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
  'server:reinstall': event('serverReinstalled', 'serverSettings'),
  'server:console.command': event('consoleCommand', 'serverConsole'),
  'server:power.start': event('powerStart', 'serverPower'),
  'server:power.stop': event('powerStop', 'serverPower'),
  'server:power.restart': event('powerRestart', 'serverPower'),
  'server:power.kill': event('powerKill', 'serverPower'),
  'server:backup.download': event('backupDownload', 'serverBackups'),
  'server:backup.delete': event('backupDelete', 'serverBackups'),
  'server:backup.restore': event('backupRestore', 'serverBackups'),
  'server:backup.restore-complete': event('backupRestoreComplete', 'serverBackups'),
  'server:backup.restore-failed': event('backupRestoreFailed', 'serverBackups'),
  'server:backup.start': event('backupStart', 'serverBackups'),
  'server:backup.complete': event('backupComplete', 'serverBackups'),
  'server:backup.fail': event('backupFail', 'serverBackups'),
  'server:backup.lock': event('backupLock', 'serverBackups'),
  'server:backup.unlock': event('backupUnlock', 'serverBackups'),
  'server:database.create': event('databaseCreate', 'serverDatabases'),
  'server:database.rotate-password': event('databaseRotate', 'serverDatabases'),
  'server:database.delete': event('databaseDelete', 'serverDatabases'),
  'server:file.compress': event('fileCompress', 'serverFiles'),
  'server:file.read': event('fileRead', 'serverFiles'),
  'server:file.copy': event('fileCopy', 'serverFiles'),
  'server:file.create-directory': event('fileCreateDirectory', 'serverFiles'),
  'server:file.decompress': event('fileDecompress', 'serverFiles'),
  'server:file.delete': event('fileDelete', 'serverFiles'),
  'server:file.download': event('fileDownload', 'serverFiles'),
  'server:file.pull': event('filePull', 'serverFiles'),
  'server:file.rename': event('fileRename', 'serverFiles'),
  'server:file.write': event('fileWrite', 'serverFiles'),
  'server:file.upload': event('fileUpload', 'serverFiles'),
  'server:file.uploaded': event('fileUploaded', 'serverFiles'),
  'server:sftp.denied': event('sftpDenied', 'serverSftp'),
  'server:sftp.create': event('sftpCreate', 'serverSftp'),
  'server:sftp.write': event('sftpWrite', 'serverSftp'),
  'server:sftp.delete': event('sftpDelete', 'serverSftp'),
  'server:sftp.create-directory': event('sftpCreateDirectory', 'serverSftp'),
  'server:sftp.rename': event('sftpRename', 'serverSftp'),
  'server:allocation.create': event('allocationCreate', 'serverNetwork'),
  'server:allocation.notes': event('allocationNotes', 'serverNetwork'),
  'server:allocation.primary': event('allocationPrimary', 'serverNetwork'),
  'server:allocation.delete': event('allocationDelete', 'serverNetwork'),
  'server:schedule.create': event('scheduleCreate', 'serverSchedules'),
  'server:schedule.update': event('scheduleUpdate', 'serverSchedules'),
  'server:schedule.execute': event('scheduleExecute', 'serverSchedules'),
  'server:schedule.delete': event('scheduleDelete', 'serverSchedules'),
  'server:task.create': event('taskCreate', 'serverSchedules'),
  'server:task.update': event('taskUpdate', 'serverSchedules'),
  'server:task.delete': event('taskDelete', 'serverSchedules'),
  'server:settings.rename': event('settingsRename', 'serverSettings'),
  'server:settings.description': event('settingsDescription', 'serverSettings'),
  'server:startup.edit': event('startupEdit', 'serverStartup'),
  'server:startup.image': event('startupImage', 'serverStartup'),
}

export const ACTIVITY_EVENT_GROUPS: readonly ActivityEventGroup[] = [
  'signIn',
  'account',
  'apiKeys',
  'sshKeys',
  'twoFactor',
  'subusers',
]

/** The picker groups of a server's own feed (`/server/:id/activity`). */
export const SERVER_ACTIVITY_EVENT_GROUPS: readonly ActivityEventGroup[] = [
  'serverConsole',
  'serverPower',
  'serverFiles',
  'serverSftp',
  'serverBackups',
  'serverDatabases',
  'serverNetwork',
  'serverSchedules',
  'subusers',
  'serverStartup',
  'serverSettings',
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
export function filterableEventsByGroup(
  groups: readonly ActivityEventGroup[] = ACTIVITY_EVENT_GROUPS,
): { group: ActivityEventGroup; events: string[] }[] {
  return groups.map((group) => ({
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
