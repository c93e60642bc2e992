import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'en')

// The account's activity feed: the page, its filters and pager, the entry rows, and the
// sentences for the panel's activity events.
export const activity = {
  page: {
    title: 'Activity',
    description: 'Sign-ins and changes to your account, newest first.',
    /** Heading of the list when no event filter is set. */
    allActivity: 'All activity',
    /** Read (screen readers only) before the filtered event's label in the list heading. */
    filteredPrefix: 'Activity: ',
    entriesLabel: 'Activity entries',
    loadError: "Couldn't load your activity",
    loading: 'Loading activity',
  },
  /** The list's live status next to its heading. */
  status: {
    loadingPage: (page: number) => `Loading page ${n(page)}…`,
    showing: (from: number, to: number, total: number) =>
      `Showing ${n(from)}–${n(to)} of ${n(total)} ${plural('en', total, { one: 'entry', other: 'entries' })}`,
  },
  empty: {
    /** The URL points past the last page. */
    noSuchPage: {
      title: (page: number) => `There is no page ${n(page)}`,
      description: (totalPages: number) =>
        plural('en', totalPages, {
          one: 'There is only one page of entries.',
          other: `There are ${n(totalPages)} pages of entries.`,
        }),
      action: 'Go to the last page',
    },
    noMatch: {
      title: 'No entries match this filter',
      /** `{event}` is the event name, in code style. */
      description: 'Nothing in your activity matches {event}.',
      action: 'Show all events',
    },
    noActivity: {
      title: 'No activity yet',
      description: 'Sign-ins and changes to your account will show up here.',
    },
  },
  filters: {
    label: 'Filter activity',
    event: 'Event',
    allEvents: 'All events',
    /** Picker group for an event from the URL that Talon does not list. */
    otherGroup: 'Other',
    clear: 'Clear filter',
    perPage: 'Per page',
  },
  pagination: {
    label: 'Activity pages',
    previous: 'Previous',
    next: 'Next',
    /** `{page}` and `{total}` are shown emphasised, already formatted. */
    position: 'Page {page} of {total}',
  },
  entry: {
    filterByEvent: (event: string) => `Show only ${event} events`,
    /** After an SSH key event's sentence: the key's name (from the account's key list). */
    keyName: (name: string) => `(${name})`,
    ip: 'IP',
    ipHidden: 'IP hidden',
    ipHiddenHint: 'The panel hides the address of requests someone else made.',
    /** Actor of entries the panel made itself (e.g. failed sign-ins). */
    system: 'System',
    unknownUser: 'Unknown user',
    viaApiKey: 'via API key',
    details: 'Details',
    /** Details toggle when the entry has more than its sentence shows. */
    moreDetails: 'More details',
    descriptionLabel: 'Description: ',
    properties: 'Properties',
  },
  /** Property values inside sentences. */
  values: {
    /** A property the sentence needs but the entry lacks. */
    missing: 'unknown',
    /** The panel's `[hidden]` marker for an IP address it does not show. */
    hidden: 'hidden',
    yes: 'yes',
    no: 'no',
    /** An empty list. */
    none: 'none',
  },
  /** Short device name from the user agent, e.g. "Firefox on Linux". */
  device: {
    browserOnSystem: (browser: string, system: string) => `${browser} on ${system}`,
    /** curl, Wget, python-requests… */
    script: 'Script',
  },
  /** Groups of the event picker. */
  groups: {
    signIn: 'Sign-in',
    account: 'Account',
    apiKeys: 'API keys',
    sshKeys: 'SSH keys',
    twoFactor: 'Two-factor authentication',
    subusers: 'Subusers',
    serverConsole: 'Console',
    serverPower: 'Power',
    serverFiles: 'Files',
    serverSftp: 'SFTP',
    serverBackups: 'Backups',
    serverDatabases: 'Databases',
    serverNetwork: 'Network',
    serverSchedules: 'Schedules',
    serverStartup: 'Startup',
    serverSettings: 'Settings',
  },
  /**
   * The panel's activity events: `sentence` is the panel's own English sentence
   * (resources/lang/en/activity.php) with `:placeholders` the renderer fills from the entry's
   * properties (keep their names in every language); `label` is the short name in the picker.
   */
  events: {
    // Talon says "sign in" everywhere (the panel's own words are "Logged in", "Failed log in").
    signedIn: { sentence: 'Signed in', label: 'Signed in' },
    signInFailed: { sentence: 'Failed sign-in', label: 'Failed sign-in' },
    twoFactorRequested: {
      sentence: 'Two-factor authentication requested',
      label: 'Two-factor code requested',
    },
    twoFactorSolved: { sentence: 'Solved two-factor challenge', label: 'Two-factor code accepted' },
    recoveryTokenUsed: { sentence: 'Used two-factor recovery token', label: 'Recovery token used' },
    ipBlocked: {
      sentence: 'Blocked request from unlisted IP address for :identifier',
      label: 'Request from unlisted IP blocked',
    },
    sftpSignInFailed: { sentence: 'Failed SFTP sign-in', label: 'Failed SFTP sign-in' },
    passwordResetRequested: {
      sentence: 'Requested password reset',
      label: 'Password reset requested',
    },
    passwordReset: { sentence: 'Password reset', label: 'Password reset' },
    emailChanged: { sentence: 'Changed email from :old to :new', label: 'Email address changed' },
    passwordChanged: { sentence: 'Changed password', label: 'Password changed' },
    apiKeyCreated: { sentence: 'Created new API key :identifier', label: 'API key created' },
    apiKeyDeleted: { sentence: 'Deleted API key :identifier', label: 'API key deleted' },
    sshKeyAdded: { sentence: 'Added SSH key :fingerprint to account', label: 'SSH key added' },
    sshKeyRemoved: {
      sentence: 'Removed SSH key :fingerprint from account',
      label: 'SSH key removed',
    },
    twoFactorEnabled: {
      sentence: 'Enabled two-factor auth',
      label: 'Two-factor authentication enabled',
    },
    twoFactorDisabled: {
      sentence: 'Disabled two-factor auth',
      label: 'Two-factor authentication disabled',
    },
    subuserAdded: { sentence: 'Added :email as a subuser', label: 'Subuser added' },
    subuserUpdated: {
      sentence: 'Updated the subuser permissions for :email',
      label: 'Subuser permissions updated',
    },
    subuserRemoved: { sentence: 'Removed :email as a subuser', label: 'Subuser removed' },
    serverReinstalled: { sentence: 'Reinstalled server', label: 'Server reinstalled' },
    consoleCommand: { sentence: 'Executed ":command" on the server', label: 'Console command' },
    powerStart: { sentence: 'Started the server', label: 'Server started' },
    powerStop: { sentence: 'Stopped the server', label: 'Server stopped' },
    powerRestart: { sentence: 'Restarted the server', label: 'Server restarted' },
    powerKill: { sentence: 'Killed the server process', label: 'Server process killed' },
    backupDownload: { sentence: 'Downloaded the :name backup', label: 'Backup downloaded' },
    backupDelete: { sentence: 'Deleted the :name backup', label: 'Backup deleted' },
    backupRestore: {
      sentence: 'Restored the :name backup (deleted files: :truncate)',
      label: 'Backup restored',
    },
    backupRestoreComplete: {
      sentence: 'Completed restoration of the :name backup',
      label: 'Backup restore completed',
    },
    backupRestoreFailed: {
      sentence: 'Failed to complete restoration of the :name backup',
      label: 'Backup restore failed',
    },
    backupStart: { sentence: 'Started a new backup :name', label: 'Backup started' },
    backupComplete: { sentence: 'Marked the :name backup as complete', label: 'Backup completed' },
    backupFail: { sentence: 'Marked the :name backup as failed', label: 'Backup failed' },
    backupLock: { sentence: 'Locked the :name backup', label: 'Backup locked' },
    backupUnlock: { sentence: 'Unlocked the :name backup', label: 'Backup unlocked' },
    databaseCreate: { sentence: 'Created new database :name', label: 'Database created' },
    databaseRotate: {
      sentence: 'Password rotated for database :name',
      label: 'Database password rotated',
    },
    databaseDelete: { sentence: 'Deleted database :name', label: 'Database deleted' },
    fileCompress: {
      sentence: 'Compressed :directory:file',
      sentenceMany: 'Compressed :count files in :directory',
      label: 'Files compressed',
    },
    fileRead: { sentence: 'Viewed the contents of :file', label: 'File viewed' },
    fileCopy: { sentence: 'Created a copy of :file', label: 'File copied' },
    fileCreateDirectory: { sentence: 'Created directory :directory:name', label: 'Folder created' },
    fileDecompress: { sentence: 'Decompressed :files in :directory', label: 'Archive extracted' },
    fileDelete: {
      sentence: 'Deleted :directory:files.0',
      sentenceMany: 'Deleted :count files in :directory',
      label: 'Files deleted',
    },
    fileDownload: { sentence: 'Downloaded :file', label: 'File downloaded' },
    filePull: {
      sentence: 'Downloaded a remote file from :url to :directory',
      label: 'Remote file downloaded',
    },
    fileRename: {
      sentence: 'Renamed :directory:files.0.from to :directory:files.0.to',
      sentenceMany: 'Renamed :count files in :directory',
      label: 'Files renamed',
    },
    fileWrite: { sentence: 'Wrote new content to :file', label: 'File edited' },
    fileUpload: { sentence: 'Began a file upload', label: 'File upload started' },
    fileUploaded: { sentence: 'Uploaded :directory:file', label: 'File uploaded' },
    sftpDenied: {
      sentence: 'Blocked SFTP access due to permissions',
      label: 'SFTP access blocked',
    },
    sftpCreate: {
      sentence: 'Created :files.0',
      sentenceMany: 'Created :count new files',
      label: 'Files created over SFTP',
    },
    sftpWrite: {
      sentence: 'Modified the contents of :files.0',
      sentenceMany: 'Modified the contents of :count files',
      label: 'Files changed over SFTP',
    },
    sftpDelete: {
      sentence: 'Deleted :files.0',
      sentenceMany: 'Deleted :count files',
      label: 'Files deleted over SFTP',
    },
    sftpCreateDirectory: {
      sentence: 'Created the :files.0 directory',
      sentenceMany: 'Created :count directories',
      label: 'Folders created over SFTP',
    },
    sftpRename: {
      sentence: 'Renamed :files.0.from to :files.0.to',
      sentenceMany: 'Renamed or moved :count files',
      label: 'Files renamed over SFTP',
    },
    allocationCreate: { sentence: 'Added :allocation to the server', label: 'Allocation added' },
    allocationNotes: {
      sentence: 'Updated the notes for :allocation from ":old" to ":new"',
      label: 'Allocation notes changed',
    },
    allocationPrimary: {
      sentence: 'Set :allocation as the primary server allocation',
      label: 'Primary allocation changed',
    },
    allocationDelete: {
      sentence: 'Deleted the :allocation allocation',
      label: 'Allocation deleted',
    },
    scheduleCreate: { sentence: 'Created the :name schedule', label: 'Schedule created' },
    scheduleUpdate: { sentence: 'Updated the :name schedule', label: 'Schedule updated' },
    scheduleExecute: {
      sentence: 'Manually executed the :name schedule',
      label: 'Schedule run manually',
    },
    scheduleDelete: { sentence: 'Deleted the :name schedule', label: 'Schedule deleted' },
    taskCreate: {
      sentence: 'Created a new ":action" task for the :name schedule',
      label: 'Task created',
    },
    taskUpdate: {
      sentence: 'Updated the ":action" task for the :name schedule',
      label: 'Task updated',
    },
    taskDelete: { sentence: 'Deleted a task for the :name schedule', label: 'Task deleted' },
    settingsRename: { sentence: 'Renamed the server from :old to :new', label: 'Server renamed' },
    settingsDescription: {
      sentence: 'Changed the server description from :old to :new',
      label: 'Description changed',
    },
    startupEdit: {
      sentence: 'Changed the :variable variable from ":old" to ":new"',
      label: 'Startup variable changed',
    },
    startupImage: {
      sentence: 'Updated the Docker Image for the server from :old to :new',
      label: 'Docker image changed',
    },
  },
}
