// The signed-in frame (skip link, header, primary navigation, theme switch), route titles, the
// route-level error and not-found pages, and the app's own toasts.
export const layout = {
  skipToContent: 'Skip to content',
  menu: 'Menu',
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',
  /** Toast when signing out fails; `detail` is the error's message (may be empty). */
  signOutFailed: (detail: string) => `Couldn't sign out. ${detail}`.trim(),
  nav: {
    label: 'Primary',
    servers: 'Servers',
    account: 'Account',
  },
  /** The account section's own side navigation (a scrolling row on phones). */
  settingsNav: {
    label: 'Account settings',
    profile: 'Profile',
    security: 'Password & security',
    apiKeys: 'API keys',
    sshKeys: 'SSH keys',
    activity: 'Activity',
  },
  theme: {
    legend: 'Theme',
    light: 'Light',
    dark: 'Dark',
    system: 'System',
  },
  /** Page titles: the document title and the route-change announcement. */
  titles: {
    signIn: 'Sign in',
    twoFactor: 'Two-factor authentication',
    forgotPassword: 'Reset your password',
    resetPassword: 'Choose a new password',
    servers: 'Servers',
    account: 'Profile',
    security: 'Password & security',
    apiKeys: 'API keys',
    sshKeys: 'SSH keys',
    activity: 'Activity',
    notFound: 'Page not found',
    server: 'Console',
    serverSettings: 'Server settings',
    serverActivity: 'Server activity',
    serverStartup: 'Server startup',
    serverNetwork: 'Server network',
    serverBackups: 'Server backups',
    serverSchedules: 'Schedules',
    serverSchedule: 'Schedule',
    serverUsers: 'Server users',
    serverDatabases: 'Server databases',
    editFile: 'Edit file',
    newFile: 'New file',
    serverFiles: 'Files',
  },
  documentTitle: (title: string) => `${title} · Talon`,
  /** A page about something (a server): "Survival SMP · Console". */
  titleWithSubject: (subject: string, title: string) => `${subject} · ${title}`,
  /** Shown while a panel request has been pending for a few seconds (it may still finish). */
  panelSlow: 'The panel is slow to answer. Still waiting…',
  loadingPage: 'Loading page',
  goToServers: 'Go to servers',
  /** Toast when a background refetch of data already on screen fails. */
  refreshFailed: (detail: string) => `Couldn't refresh. ${detail}`,
  routeError: {
    title: 'Something went wrong',
    message: 'This page failed to load. Try again, and reload the page if it keeps happening.',
    unreachableTitle: "Can't reach the panel",
    failedTitle: 'This page failed to load',
    notFoundTitle: 'Page not found',
    notFoundMessage: "There's nothing at this address.",
  },
  notFound: {
    code: '404',
    title: 'Page not found',
    description: 'There’s nothing at this address. Check the link, or go back to your servers.',
  },
  twoFactorRequired: {
    title: 'Two-factor authentication required',
    message:
      'Your panel requires two-factor authentication on this account. Set it up below to use the rest of Talon.',
  },
}
