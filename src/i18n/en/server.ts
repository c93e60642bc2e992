import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'en')
const seconds = (s: number) => `${n(s)} ${plural('en', s, { one: 'second', other: 'seconds' })}`

// One server (`/server/:id`): the shell (header, tabs, conflict and not-found states), the live
// connection, the console, settings/SFTP and the server's activity feed.
export const server = {
  shell: {
    backToServers: 'All servers',
    address: 'Address',
    copyAddress: 'Copy address',
    noAddress: 'No address',
    node: 'Node',
    tabsLabel: 'Server sections',
    tabs: {
      console: 'Console',
      files: 'Files',
      schedules: 'Schedules',
      settings: 'Settings',
      activity: 'Activity',
      startup: 'Startup',
      network: 'Network',
      backups: 'Backups',
      users: 'Users',
      databases: 'Databases',
    },
    loadError: "Couldn't load this server",
    notFound: {
      title: 'Server not found',
      description:
        "There is no server with this address, or your account can't open it. Check the link, or pick a server from your list.",
      action: 'Back to your servers',
    },
    noAccess: {
      title: "You can't open this page",
      description:
        "Your access to this server doesn't include this section. Ask the server's owner.",
    },
  },
  /** The power state Wings reports (and the two states before the first report). */
  state: {
    offline: 'Offline',
    starting: 'Starting',
    running: 'Running',
    stopping: 'Stopping',
    unknown: 'Unknown',
    connecting: 'Connecting…',
  },
  /** Full-page explanations for the panel's 409 states (AuthenticateServerAccess). */
  conflict: {
    installing: {
      title: 'This server is being installed',
      description:
        'The panel is running the install script. The server pages open once it finishes, which usually takes a few minutes. This page updates by itself.',
    },
    installFailed: {
      title: 'The installation failed',
      description:
        "The install script ended with an error, so the server can't start. Ask your host or a panel administrator to look at the install log and reinstall it.",
    },
    reinstallFailed: {
      title: 'The reinstall failed',
      description:
        "Reinstalling ended with an error, so the server can't start. Ask your host or a panel administrator to look at the install log and try again.",
    },
    suspended: {
      title: 'This server is suspended',
      description:
        "An administrator suspended this server: it can't be started and its pages are closed. Contact your host to find out why.",
    },
    restoring: {
      title: 'A backup is being restored',
      description:
        'Files are being restored from a backup. The server pages open again once the restore finishes. This page updates by itself.',
    },
    transferring: {
      title: 'This server is moving to another node',
      description:
        'An administrator is transferring this server. It is unavailable until the transfer finishes. This page updates by itself.',
    },
    maintenance: {
      title: 'The node is under maintenance',
      description:
        "The machine this server runs on is being maintained, so its pages can't be opened right now. Try again later.",
    },
    adminConsole: 'As a panel administrator you can still watch the console below.',
    refresh: 'Check again',
  },
  connection: {
    label: 'Console connection',
    idle: 'Not connected',
    connecting: 'Connecting to the server…',
    connected: 'Connected',
    reconnecting: (s: number) =>
      s > 0 ? `Connection lost. Retrying in ${seconds(s)}…` : 'Retrying…',
    rateLimited: (s: number) =>
      `Too many connection attempts on this server (the panel allows 5 a minute). Retrying in ${seconds(s)}.`,
    reconnect: 'Reconnect',
    errors: {
      forbidden: "Your access to this server doesn't include the console connection.",
      conflict: "The server can't be reached in its current state.",
      notFound: 'This server no longer exists.',
      jwt: "The server's node refused the console connection. Reconnect, or reload the page if it keeps happening.",
      deleted: 'This server was deleted.',
      tokenRejected:
        'The node keeps refusing new console tokens. Your access may have changed; reload the page.',
    },
    /** Technical detail under an error, e.g. the jwt error text. */
    detail: (text: string) => `Details: ${text}`,
  },
  console: {
    terminalLabel: 'Server console output',
    liveRegionLabel: 'New console lines',
    empty: 'No output yet.',
    searchOpen: 'Search the log',
    searchLabel: 'Search the console',
    searchPlaceholder: 'Find in console',
    searchNext: 'Next match',
    searchPrevious: 'Previous match',
    searchClose: 'Close search',
    searchNoMatch: 'No match',
    copyAll: 'Copy log',
    copyAllLabel: 'Copy the whole console log',
    command: {
      label: 'Command',
      placeholder: 'Type a command…',
      send: 'Send',
      hint: 'Up and Down recall earlier commands.',
      notConnected:
        'Not connected to the server. Your command is kept; send it once the console is connected.',
      offline:
        'The server is offline, so it cannot take commands. Start it first; your command is kept.',
      starting:
        'The server is still starting. Send the command once it is running; your command is kept.',
    },
    noCommandPermission: 'Your access lets you watch the console but not type commands.',
    /** Lines Talon prints into the terminal itself. */
    lines: {
      marked: (state: string) => `Server marked as ${state}.`,
      installStarted: 'Installation started…',
      installCompleted: 'Installation completed.',
      transferStarted: 'Transfer started…',
      backupRestored: 'Backup restore completed.',
      daemonPrefix: 'container@wings~',
    },
    install: {
      running: 'The server is being installed.',
      adminOnly:
        'The install output is shown only to panel administrators. You will see the server come up here once it finishes.',
      done: 'Installation finished.',
    },
  },
  power: {
    label: 'Power',
    start: 'Start',
    stop: 'Stop',
    restart: 'Restart',
    kill: 'Kill',
    confirmRestart: {
      title: 'Restart the server?',
      description: 'Players are disconnected while it restarts.',
      confirm: 'Restart',
    },
    confirmKill: {
      title: 'Kill the server process?',
      description:
        'Killing ends the process at once, without saving. Use it only when Stop does not finish.',
      confirm: 'Kill',
    },
    notSent: 'Not connected: the power action was not sent.',
    busy: 'Another power action is still running. Wait a moment and try again.',
  },
  stats: {
    label: 'Resources',
    cpu: 'CPU',
    memory: 'Memory',
    disk: 'Disk',
    network: 'Network',
    uptime: 'Uptime',
    inbound: 'In',
    outbound: 'Out',
    /** "42 % of 200 %"; `limit` is already formatted. */
    ofLimit: (used: string, limit: string) => `${used} of ${limit}`,
    unlimited: (used: string) => `${used} (no limit)`,
    offline: 'Offline',
    chartLabel: (what: string) => `${what} over the last minute`,
  },
  settings: {
    rename: {
      title: 'Name and description',
      description: 'How this server is listed for everyone who can see it.',
      name: 'Server name',
      descriptionField: 'Description',
      descriptionHint: 'Optional.',
      submit: 'Save',
      saved: 'Saved.',
      nameRequired: 'Enter a name.',
      nameTooLong: (max: number) => `Use at most ${n(max)} characters.`,
    },
    sftp: {
      title: 'SFTP',
      description: 'Upload and edit files with an SFTP client such as FileZilla or WinSCP.',
      address: 'Server address',
      username: 'Username',
      password: 'Password',
      passwordValue: 'Your panel password (or an SSH key added on your account)',
      copyAddress: 'Copy SFTP address',
      copyUsername: 'Copy SFTP username',
      launch: 'Open in SFTP client',
      launchHint: 'Opens the address in the SFTP program your system uses for sftp:// links.',
    },
    debug: {
      title: 'For support',
      description: 'Give these to your host when you ask for help.',
      node: 'Node',
      uuid: 'Server ID',
      copyUuid: 'Copy server ID',
    },
    reinstall: {
      title: 'Reinstall',
      description:
        "Runs the egg's install script again. Some files may be deleted or changed, and the server stops while it runs. Back up what you need first.",
      action: 'Reinstall server',
      dialogTitle: 'Reinstall this server?',
      dialogDescription:
        'The server stops and the install script runs again; it may delete or overwrite files. The install output appears on the console for panel administrators only.',
      typeName: (name: string) => `Type ${name} to confirm`,
      typeNameLabel: 'Server name',
      mismatch: 'The name does not match.',
      confirm: 'Reinstall',
      started: 'Reinstall started. The server pages reopen when it finishes.',
    },
    nothing: "Your access to this server doesn't include any settings.",
  },
  activity: {
    title: 'Activity',
    description: 'What happened on this server, newest first.',
    emptyDescription: 'Power actions, commands and changes to this server will show up here.',
    noMatchDescription: 'Nothing on this server matches {event}.',
    loadError: "Couldn't load this server's activity",
  },
}
