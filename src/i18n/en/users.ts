import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'en')

// The users page (/server/:id/users): subusers, the invite, the permission editor and removal.
// The permission descriptions themselves are the panel's own text (GET /api/client/permissions).
export const users = {
  title: 'Users',
  list: {
    title: 'People with access',
    description:
      'Each person signs in with their own account and can do only what you tick for them. The owner always has full access.',
    label: 'Subusers',
    loadError: 'Couldn’t load the people with access',
    invite: 'Invite someone',
    twoFactorOn: '2FA on',
    twoFactorOff: '2FA off',
    twoFactorOnLabel: 'Two-factor authentication is on',
    twoFactorOffLabel: 'Two-factor authentication is off',
    permissionCount: (count: number) =>
      `${n(count)} ${plural('en', count, { one: 'permission', other: 'permissions' })}`,
    edit: 'Edit permissions',
    editLabel: (email: string) => `Edit permissions of ${email}`,
    remove: 'Remove',
    removeLabel: (email: string) => `Remove ${email}`,
    you: 'You',
    selfHint: 'You can’t change or remove your own access. Ask the server’s owner.',
    added: (email: string) => `Invited ${email}.`,
    saved: (email: string) => `Saved the permissions of ${email}.`,
    removed: (email: string) => `Removed ${email}.`,
  },
  empty: {
    title: 'Only you so far',
    description:
      'Invite a friend or a moderator by e-mail and choose exactly what they may do on this server.',
  },
  noRead: 'You may invite people, but your access doesn’t include seeing who already has access.',
  invite: {
    title: 'Invite someone',
    description: 'They get an e-mail from the panel and find this server in their list.',
    email: 'E-mail address',
    emailHint:
      'If no account uses this address yet, the panel creates one and e-mails a link to choose a password.',
    emailRequired: 'Enter the e-mail address of the person to invite.',
    emailInvalid: 'This doesn’t look like an e-mail address.',
    emailTooLong: 'The e-mail address may be at most 191 characters.',
    submit: 'Send invite',
    watchOnly: 'Nothing ticked: they can watch the console and its stats, nothing more.',
  },
  edit: {
    title: (email: string) => `Permissions of ${email}`,
    description: 'Changes apply at once: anything you take away also leaves their open console.',
    submit: 'Save permissions',
    unchanged: 'Nothing changed yet.',
  },
  remove: {
    title: (email: string) => `Remove ${email}?`,
    description:
      'They lose access to this server at once, including a console they have open. Their panel account stays.',
    confirm: 'Remove access',
  },
  matrix: {
    legend: 'Permissions',
    loadError: 'Couldn’t load the list of permissions',
    selectedCount: (on: number, all: number) => `${n(on)} of ${n(all)}`,
    groupToggle: (group: string) => `All of ${group}`,
    cannotGrant: 'You don’t have this permission yourself, so you can’t give it.',
    removeOnly:
      'You don’t have this permission yourself: you can take it away, but the panel won’t let you keep it.',
    refused: (count: number) =>
      `Remove the ${plural('en', count, { one: 'permission', other: `${n(count)} permissions` })} you don’t have yourself (marked below) before saving: the panel refuses changes that keep them.`,
    /** Titles for the panel's permission groups; an unknown group shows its own name. */
    groups: {
      control: 'Console and power',
      user: 'Users',
      file: 'Files',
      backup: 'Backups',
      allocation: 'Network',
      startup: 'Startup',
      database: 'Databases',
      schedule: 'Schedules',
      settings: 'Settings',
      activity: 'Activity',
    } as Record<string, string>,
  },
}
