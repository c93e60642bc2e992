import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'en')

/** 75 → "1 minute 15 seconds"; 30 → "30 seconds". */
const duration = (totalSeconds: number) => {
  const s = Math.max(0, Math.round(totalSeconds))
  const minutes = Math.floor(s / 60)
  const seconds = s % 60
  const m =
    minutes > 0 ? `${n(minutes)} ${plural('en', minutes, { one: 'minute', other: 'minutes' })}` : ''
  const sec =
    seconds > 0 || minutes === 0
      ? `${n(seconds)} ${plural('en', seconds, { one: 'second', other: 'seconds' })}`
      : ''
  return [m, sec].filter(Boolean).join(' ')
}

/** 75 → "1:15" (a running backup's elapsed time). */
const clock = (totalSeconds: number) => {
  const s = Math.max(0, Math.floor(totalSeconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

// A server's backups (`/server/:id/backups`): the list, create, download, restore, lock, delete,
// the limit and the panel's creation throttle.
export const backups = {
  title: 'Backups',
  description:
    "Archives of the server's files, kept on its node. Make one before big changes: you can restore it or download it later.",
  /** "2 of 5 backups" — failed ones don't count, as the panel counts. */
  usage: (used: number, limit: number) =>
    `${n(used)} of ${n(limit)} ${plural('en', limit, { one: 'backup', other: 'backups' })} used`,
  usageHint: 'Failed backups do not count.',
  noBackupsAllowed:
    "This server can't have backups: its backup limit is 0. Ask your host to raise it.",
  atLimit: (limit: number) =>
    `This server has reached its limit of ${n(limit)} ${plural('en', limit, { one: 'backup', other: 'backups' })}. Delete one to make room.`,
  /** The panel's creation throttle (429 with Retry-After). */
  throttled: (seconds: number) =>
    `The panel allows 2 new backups every 10 minutes on each server. You can start the next one in ${duration(seconds)}.`,
  throttledShort: (seconds: number) => `Next backup possible in ${clock(seconds)}.`,
  list: {
    label: 'Backups',
    loadError: "Couldn't load the backups",
    emptyTitle: 'No backups yet',
    emptyDescription: 'Create one before you change mods, worlds or versions.',
    page: (page: number, pages: number) => `Page ${n(page)} of ${n(pages)}`,
    previous: 'Previous page',
    next: 'Next page',
  },
  state: {
    running: 'In progress',
    successful: 'Completed',
    failed: 'Failed',
    locked: 'Locked',
  },
  row: {
    size: 'Size',
    checksum: 'SHA-1',
    created: 'Created',
    completed: 'Finished',
    running: 'Running for',
    runningFor: (seconds: number) => clock(seconds),
    runningNote:
      'Wings is writing the archive. This page updates by itself when it is done; you can leave meanwhile.',
    failedNote:
      "Wings couldn't finish this backup, so it holds no files. It doesn't count towards the limit; delete it when you like.",
    ignored: (count: number) =>
      `${n(count)} ${plural('en', count, { one: 'path', other: 'paths' })} left out`,
    copyChecksum: (name: string) => `Copy the SHA-1 checksum of ${name}`,
    lockedNote: 'Locked: unlock it to delete it.',
  },
  actions: {
    download: 'Download',
    restore: 'Restore',
    lock: 'Lock',
    unlock: 'Unlock',
    delete: 'Delete',
    downloadLabel: (name: string) => `Download ${name}`,
    restoreLabel: (name: string) => `Restore ${name}`,
    lockLabel: (name: string) => `Lock ${name}`,
    unlockLabel: (name: string) => `Unlock ${name}`,
    deleteLabel: (name: string) => `Delete ${name}`,
  },
  create: {
    open: 'Create backup',
    title: 'Create a backup',
    description:
      "Wings archives the server's files in the background; the server keeps running. It usually takes a few minutes.",
    name: 'Name',
    nameHint: 'Optional. Without a name the panel names it after the current time.',
    nameTooLong: (max: number) => `Use at most ${n(max)} characters.`,
    ignored: 'Files to leave out',
    ignoredHint:
      "One path or pattern per line, like logs/ or *.jar. Leave empty to use the server's .pteroignore file.",
    lock: 'Lock this backup',
    lockHint: "A locked backup can't be deleted until someone unlocks it.",
    submit: 'Start backup',
    started: (name: string) => `Backup “${name}” started.`,
  },
  download: {
    started: (name: string) => `Downloading “${name}”.`,
    failed: (name: string, detail: string) => `Couldn't download “${name}”. ${detail}`,
  },
  restore: {
    title: (name: string) => `Restore “${name}”?`,
    intro:
      'The server is stopped, then the files in this backup are written over its current files. Its pages are closed until the restore is done.',
    truncate: 'Delete all files on the server first',
    truncateHint:
      'Files that are not in the backup are removed too. Without this, they stay next to the restored ones.',
    continue: 'Continue',
    back: 'Back',
    confirmTitle: 'Restore now?',
    confirmKeep: (name: string, created: string) =>
      `The server will be stopped and “${name}” from ${created} written over its files. Files that are not in the backup stay.`,
    confirmTruncate: (name: string, created: string) =>
      `The server will be stopped, ALL its current files deleted, and “${name}” from ${created} restored. This can't be undone.`,
    confirm: 'Restore now',
    confirmTruncateAction: 'Delete files and restore',
  },
  lock: {
    locked: (name: string) => `“${name}” is locked.`,
    unlocked: (name: string) => `“${name}” is unlocked.`,
    failed: (name: string, detail: string) => `Couldn't change the lock of “${name}”. ${detail}`,
  },
  delete: {
    title: (name: string) => `Delete “${name}”?`,
    description: "The archive is removed from the node. This can't be undone.",
    confirm: 'Delete backup',
    deleted: (name: string) => `Backup “${name}” deleted.`,
    failed: (name: string, detail: string) => `Couldn't delete “${name}”. ${detail}`,
  },
  /** Announced when Wings reports on the socket. */
  live: {
    completed: (name: string) => `Backup “${name}” completed.`,
    failed: (name: string) => `Backup “${name}” failed.`,
  },
}
