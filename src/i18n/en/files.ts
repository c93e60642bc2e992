import { formatBytes, formatNumber } from '../../lib/format'

import { plural } from '../plural'

const n = (value: number) => formatNumber(value, 'en')
/** `ls -lh` style: "3 B" below 1 KiB (the shared formatter says "3 byte"). */
const size = (bytes: number) => (bytes < 1024 ? `${n(bytes)} B` : formatBytes(bytes, 'en'))
const items = (count: number) => plural('en', count, { one: 'item', other: 'items' })

// The file manager (`/server/:id/files`): browsing, the row and bulk actions, their dialogs, long
// archive jobs, pulling from a URL, and uploads.
export const files = {
  title: 'Files',
  breadcrumbs: 'Folder path',
  root: 'Server root',
  /** The list's status line; `shown` < `total` while a filter is set. */
  count: (shown: number, total: number) =>
    shown === total ? `${n(total)} ${items(total)}` : `${n(shown)} of ${n(total)} ${items(total)}`,
  selected: (count: number) => `${n(count)} selected`,
  filter: 'Filter by name',
  filterPlaceholder: 'Filter this folder…',
  sort: {
    label: 'Sort by',
    name: 'Name',
    size: 'Size',
    modified: 'Modified',
    ascending: 'ascending',
    descending: 'descending',
    /** The column header's button: "Name, sorted ascending". */
    sortedBy: (column: string, direction: string) => `${column}, sorted ${direction}`,
  },
  columns: {
    name: 'Name',
    size: 'Size',
    modified: 'Modified',
    mode: 'Permissions',
    actions: 'Actions',
  },
  listLabel: (path: string) => `Contents of ${path}`,
  keyboardHint:
    'Arrow keys move, Enter opens, Space selects, Delete deletes, Shift+F10 opens the actions.',
  loading: 'Loading folder',
  loadError: "Couldn't open this folder",
  notFound: "This folder doesn't exist, or the node couldn't read it.",
  empty: { title: 'This folder is empty', description: 'Upload files or create a folder.' },
  noMatch: (query: string) => `Nothing here matches “${query}”.`,
  clearFilter: 'Clear filter',
  folder: 'Folder',
  symlinkTo: 'link',
  selectAll: 'Select all',
  selectEntry: (name: string) => `Select ${name}`,
  actionsFor: (name: string) => `Actions for ${name}`,
  actions: {
    newFolder: 'New folder',
    newFile: 'New file',
    upload: 'Upload',
    uploadFiles: 'Upload files',
    uploadFolder: 'Upload a folder',
    pull: 'Pull from URL',
    refresh: 'Refresh',
    open: 'Open',
    rename: 'Rename',
    move: 'Move',
    copy: 'Copy',
    permissions: 'Permissions',
    archive: 'Archive',
    unarchive: 'Unarchive',
    download: 'Download',
    delete: 'Delete',
    clearSelection: 'Clear selection',
  },
  bulkLabel: 'Selected entries',
  done: {
    copied: (name: string) => `Copied ${name}.`,
    renamed: 'Renamed.',
    moved: (count: number) => `Moved ${n(count)} ${items(count)}.`,
    deleted: (count: number) => `Deleted ${n(count)} ${items(count)}.`,
    chmod: 'Permissions changed.',
    folderCreated: (name: string) => `Created ${name}.`,
    downloadStarted: (name: string) => `Downloading ${name}.`,
  },
  name: {
    empty: 'Enter a name.',
    slash: 'A name cannot contain “/”. Use Move to put it in another folder.',
    dots: '“.” and “..” are not names.',
    tooLong: 'Use at most 255 bytes.',
    exists: 'Something with this name is already here.',
  },
  rename: {
    title: (name: string) => `Rename ${name}`,
    field: 'New name',
    submit: 'Rename',
  },
  move: {
    title: (count: number, name: string) =>
      count === 1 ? `Move ${name}` : `Move ${n(count)} items`,
    field: 'Move to',
    hint: 'A folder path. Relative to this folder (“../” goes up a level), or absolute from the server root with a leading “/”.',
    preview: (path: string) => `Goes to ${path}`,
    empty: 'Enter a folder.',
    outside: 'That leaves the server root.',
    same: 'That is where it already is.',
    submit: 'Move',
  },
  chmod: {
    title: (count: number, name: string) =>
      count === 1 ? `Permissions of ${name}` : `Permissions of ${n(count)} items`,
    octal: 'Octal',
    octalHint: 'Three digits, e.g. 644 or 755.',
    octalInvalid: 'Use three or four digits from 0 to 7.',
    matrix: 'Permissions matrix',
    who: { owner: 'Owner', group: 'Group', others: 'Others' },
    what: { read: 'Read', write: 'Write', execute: 'Execute' },
    cell: (who: string, what: string) => `${who}: ${what}`,
    submit: 'Apply',
  },
  remove: {
    title: (count: number, name: string) =>
      count === 1 ? `Delete ${name}?` : `Delete ${n(count)} items?`,
    description: 'Deleted files cannot be restored, except from a backup.',
    folderWarning: 'Folders are deleted with everything in them.',
    submit: 'Delete',
  },
  newFolder: {
    title: 'New folder',
    field: 'Folder name',
    submit: 'Create folder',
  },
  pull: {
    title: 'Pull a file from a URL',
    description:
      'The node downloads the file itself, in the background; it appears in this folder when done.',
    url: 'URL',
    urlInvalid: 'Enter a full http:// or https:// address.',
    filename: 'Save as (optional)',
    filenameHint: 'Leave empty to use the name from the URL.',
    useHeader: 'Use the name the server sends (Content-Disposition)',
    throttle:
      'The panel allows a few pulls per server in a short span (5 every 10 minutes on current panels), shared by everyone on this server.',
    submit: 'Pull',
    throttled: (seconds: number | undefined) =>
      seconds === undefined
        ? 'Too many pulls on this server just now. Wait a few minutes before the next one.'
        : `Too many pulls on this server just now. Try again in ${n(Math.ceil(seconds / 60))} min.`,
  },
  jobs: {
    label: 'Running jobs',
    archiving: (count: number) => `Archiving ${n(count)} ${items(count)}…`,
    unarchiving: (name: string) => `Unarchiving ${name}…`,
    pulling: (what: string) => `The node is downloading ${what}…`,
    pullNote:
      'Wings downloads in the background; Talon watches this folder for up to 5 minutes and shows the file when it arrives.',
    pulled: (name: string) => `${name} has arrived.`,
    elapsed: (seconds: number) => `${n(seconds)} s`,
    limit:
      'The panel waits up to 5 minutes; after that the job goes on in the background on the node.',
    archived: (name: string) => `Created ${name}.`,
    unarchived: (name: string) => `Unarchived ${name}.`,
    timedOut:
      'The panel stopped waiting, but the node may still be working. Refresh this folder in a while to see the result.',
    failed: (detail: string) => `Failed: ${detail}`,
    dismiss: 'Dismiss',
  },
  upload: {
    title: 'Uploads',
    dropHere: 'Drop files or folders to upload them here',
    dropInto: (path: string) => `Uploads go to ${path}`,
    progress: (loaded: number, total: number) => `${size(loaded)} of ${size(total)}`,
    status: {
      queued: 'Waiting',
      uploading: 'Uploading',
      done: 'Uploaded',
      failed: 'Failed',
      cancelled: 'Cancelled',
    },
    summary: (done: number, total: number) => `${n(done)} of ${n(total)} uploaded`,
    cancel: (name: string) => `Cancel ${name}`,
    retry: (name: string) => `Retry ${name}`,
    clear: 'Clear finished',
    tooLarge: (limit: number) =>
      `Larger than this node's upload limit of ${formatBytes(limit, 'en')}. Use SFTP for big files.`,
    folderFailed: (detail: string) => `Couldn't create its folder: ${detail}`,
    noFolderSupport: "This browser can't read dropped folders. Use “Upload a folder” instead.",
  },
  size,
}
