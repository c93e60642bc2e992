import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'en')
/** Durations: "3h" (short) / "3 hours" (long), as Intl spells the units in English. */
const unit = (value: number, name: string, display: 'narrow' | 'long') =>
  formatNumber(value, 'en', { style: 'unit', unit: name, unitDisplay: display })

// The server dashboard (`/`): list, toolbar, rows with status, usage meters and power controls,
// groups, pagination and the paused-stats note.
export const servers = {
  page: {
    title: 'Servers',
    descriptionMine: 'The game servers you own or can access, with live status.',
    descriptionAdmin: 'Every server on the panel (administrator view).',
    newGroup: 'New group',
    loadError: "Couldn't load your servers",
    noMatch: (query: string) => `No servers match “${query}”`,
    noMatchDescription: 'Search looks at names, identifiers, UUIDs and IP:port on every page.',
    clearSearch: 'Clear search',
    noSuchPage: (page: number) => `There is no page ${n(page)}`,
    noSuchPageDescription: (pages: number) =>
      `The list has ${n(pages)} ${plural('en', pages, { one: 'page', other: 'pages' })} now.`,
    lastPage: (page: number) => `Go to the last page (${n(page)})`,
    firstPage: 'Go to the first page',
    emptyMine: "You don't have any servers yet",
    emptyMineDescription: 'Servers you own, or that someone shares with you, show up here.',
    emptyAdmin: 'No servers on this panel yet',
    emptyAdminDescription: 'Servers created in the panel will show up here.',
    /** Heading and list name of the servers outside any group. */
    ungrouped: 'Ungrouped',
    ungroupedList: 'Ungrouped servers',
    /** Hidden heading and list name when there are no groups. */
    serverList: 'Server list',
    serversList: 'Servers',
    count: (total: number) =>
      `${n(total)} ${plural('en', total, { one: 'server', other: 'servers' })}`,
    matchCount: (total: number, query: string) =>
      `${n(total)} ${plural('en', total, { one: 'server matches', other: 'servers match' })} “${query}”`,
    updating: 'Updating…',
    /** `label` is one of `sort.options`. */
    sortedBy: (label: string) => `Sorted by ${label.toLowerCase()} — this page only.`,
    /** Sorting by a live value while some rows have no reading yet. */
    unread: (count: number) =>
      `${n(count)} ${plural('en', count, { one: 'server has', other: 'servers have' })} no reading yet and ${plural('en', count, { one: 'is', other: 'are' })} listed last.`,
  },
  deleteGroupDialog: {
    title: (name: string) => `Delete the group “${name}”?`,
    description: 'Its servers stay where they are; they just move back to the ungrouped list.',
    confirm: 'Delete group',
  },
  toolbar: {
    search: 'Search servers',
    searchPlaceholder: 'Name, identifier or IP:port',
    searchHint: 'Searches every page of your servers on the panel.',
    view: 'Show',
    viewMine: 'My servers',
    viewAll: 'All servers',
    sort: 'Sort this page by',
  },
  sort: {
    options: {
      default: 'Panel order',
      name: 'Name',
      status: 'Status',
      cpu: 'CPU use (highest first)',
      memory: 'Memory use (highest first)',
    },
  },
  status: {
    /** Hidden before the badge: "Status: Running". */
    label: 'Status:',
    running: 'Running',
    starting: 'Starting',
    stopping: 'Stopping',
    offline: 'Offline',
    installing: 'Installing',
    install_failed: 'Install failed',
    reinstall_failed: 'Reinstall failed',
    suspended: 'Suspended',
    transferring: 'Transferring',
    restoring_backup: 'Restoring backup',
    maintenance: 'Node maintenance',
    checking: 'Checking…',
    unknown: 'Unknown',
  },
  /** Power signals: button text, its accessible name, the state while it runs, failure texts. */
  power: {
    group: (server: string) => `Power controls for ${server}`,
    start: {
      label: 'Start',
      action: (server: string) => `Start ${server}`,
      pending: 'Starting…',
      failed: (server: string) => `Couldn't start ${server}.`,
      forbidden: "Your account doesn't have permission to start this server.",
    },
    restart: {
      label: 'Restart',
      action: (server: string) => `Restart ${server}`,
      pending: 'Restarting…',
      failed: (server: string) => `Couldn't restart ${server}.`,
      forbidden: "Your account doesn't have permission to restart this server.",
    },
    stop: {
      label: 'Stop',
      action: (server: string) => `Stop ${server}`,
      pending: 'Stopping…',
      failed: (server: string) => `Couldn't stop ${server}.`,
      forbidden: "Your account doesn't have permission to stop this server.",
    },
    kill: {
      label: 'Kill',
      action: (server: string) => `Kill ${server}`,
      pending: 'Killing…',
      failed: (server: string) => `Couldn't kill ${server}.`,
      forbidden: "Your account doesn't have permission to kill this server.",
    },
    confirmStop: {
      title: (server: string) => `Stop ${server}?`,
      description: 'Players are disconnected and the server shuts down gracefully.',
      confirm: 'Stop server',
    },
    confirmRestart: {
      title: (server: string) => `Restart ${server}?`,
      description: 'Players are disconnected while the server stops and starts again.',
      confirm: 'Restart server',
    },
    confirmKill: {
      title: (server: string) => `Kill ${server}?`,
      description:
        'Killing ends the process at once, without saving. Unsaved world data can be lost. Use it only when a stop hangs.',
      confirm: 'Kill server',
    },
    conflict:
      'The server is busy or unavailable (suspended, installing, being transferred, or its node is under maintenance).',
    /** `seconds` from the panel's Retry-After, when it sent one. */
    rateLimited: (seconds: number | undefined) =>
      `The panel is limiting requests right now. Try again ${
        seconds
          ? `in ${n(seconds)} ${plural('en', seconds, { one: 'second', other: 'seconds' })}`
          : 'in a moment'
      }.`,
    /** Live announcement after an action: "Survival SMP: Starting…". */
    announcement: (server: string, state: string) => `${server}: ${state}`,
    dismissError: 'Dismiss',
  },
  row: {
    address: 'Address',
    noAllocation: 'No allocation',
    node: 'Node',
    uptime: 'Uptime',
    groupFor: (server: string) => `Group for ${server}`,
    noGroup: 'No group',
    suspendedNote: 'Suspended: live stats and power controls are unavailable.',
    maintenanceNote: 'The node is under maintenance: live stats are unavailable.',
    busyNote: 'Live stats are unavailable until this finishes.',
    /** An install that failed does not finish by itself. */
    failedInstallNote:
      'The install failed, so the server cannot run: reinstall it from its settings, or ask your host.',
    /** `detail` is the error's own message. */
    staleStats: (detail: string) => `Showing the last stats. ${detail}`,
    statsUnavailable: (detail: string) => `Live stats unavailable. ${detail}`,
  },
  usage: {
    cpu: 'CPU',
    memory: 'Memory',
    disk: 'Disk',
    unlimited: 'Unlimited',
    noReading: 'no reading yet',
    /** Figures arrive formatted: "1.5 GB of 4 GB". */
    ofLimit: (value: string, limit: string) => `${value} of ${limit}`,
    /** The meter's accessible name: "Memory of Survival SMP". */
    meterName: (meter: string, server: string) => `${meter} of ${server}`,
    meterValue: (text: string, nearLimit: boolean) =>
      `${text}${nearLimit ? ', near the limit' : ''}`,
    /** Shown instead of meters when stats can't be polled; limits arrive formatted. */
    limits: (cpu: string, memory: string, disk: string) =>
      `Limits: CPU ${cpu} · Memory ${memory} · Disk ${disk}`,
  },
  /** Uptime: "1h 2m" on screen, "1 hour 2 minutes" for screen readers. */
  uptime: {
    short: {
      day: (value: number) => unit(value, 'day', 'narrow'),
      hour: (value: number) => unit(value, 'hour', 'narrow'),
      minute: (value: number) => unit(value, 'minute', 'narrow'),
      second: (value: number) => unit(value, 'second', 'narrow'),
    },
    long: {
      day: (value: number) => unit(value, 'day', 'long'),
      hour: (value: number) => unit(value, 'hour', 'long'),
      minute: (value: number) => unit(value, 'minute', 'long'),
      second: (value: number) => unit(value, 'second', 'long'),
    },
  },
  groups: {
    /** Hidden after the member count in the group heading: "(3 on this page)". */
    onThisPage: 'on this page',
    delete: 'Delete group',
    deleteLabel: (group: string) => `Delete group ${group}`,
    listLabel: (group: string) => `${group} servers`,
    empty: "No servers of this group on this page. Use a server's group menu to add it.",
    elsewhere: (count: number) =>
      `${n(count)} more ${plural('en', count, {
        one: "server in this group isn't",
        other: "servers in this group aren't",
      })} shown here (other pages, view or search).`,
  },
  newGroupDialog: {
    title: 'New group',
    description: "Groups are kept in this browser for your account; the panel doesn't store them.",
    name: 'Group name',
    create: 'Create group',
    nameRequired: 'Enter a name for the group.',
    nameTooLong: (max: number) => `Use at most ${n(max)} characters.`,
    nameTaken: 'You already have a group with this name.',
  },
  pagination: {
    label: 'Server pages',
    summary: (first: number, last: number, total: number, page: number, pages: number) =>
      `${n(first)}–${n(last)} of ${n(total)} · page ${n(page)} of ${n(pages)}`,
    previous: 'Previous',
    previousPage: 'Previous page',
    next: 'Next',
    nextPage: 'Next page',
  },
  paused: {
    /** `{seconds}` is the ticking countdown, rendered by `seconds`. */
    title: 'Live stats paused — resuming in {seconds}',
    seconds: (value: number) => `${n(value)}s`,
    announcement: 'Live stats paused; they resume by themselves.',
    lowBudget: 'Your panel request budget is nearly used up (other tabs or apps share it).',
    rateLimited: 'The panel asked Talon to slow down.',
  },
}
