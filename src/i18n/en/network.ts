import { formatNumber } from '../../lib/format'

const n = (value: number) => formatNumber(value, 'en')

// The server's Network page (`/server/:id/network`): its allocations (IP and port pairs).
export const network = {
  title: 'Network',
  description:
    'The addresses your server listens on. Players connect to the primary one; the others are for extra ports such as queries, voice or maps.',
  loadError: "Couldn't load the allocations",
  listLabel: 'Allocations',
  empty: 'This server has no allocations.',
  address: 'Address',
  port: 'Port',
  alias: (ip: string) => `IP ${ip}`,
  copyAddress: (address: string) => `Copy ${address}`,
  primary: 'Primary',
  primaryHint: 'Players connect here; the startup command gets this port.',
  notes: 'Notes',
  notesFor: (address: string) => `Notes for ${address}`,
  notesPlaceholder: 'Add a note',
  notesHint: 'Enter or leaving the field saves, Escape cancels.',
  notesTooLong: (max: number) => `Use at most ${n(max)} characters.`,
  notesSaving: 'Saving note…',
  notesSaved: 'Note saved',
  noNotes: 'No notes',
  makePrimary: 'Make primary',
  makePrimaryFor: (address: string) => `Make ${address} the primary allocation`,
  madePrimary: (address: string) => `${address} is now the primary allocation.`,
  primaryRestart: 'Restart the server for the new primary address to take effect.',
  remove: 'Remove',
  removeFor: (address: string) => `Remove ${address}`,
  removeTitle: (address: string) => `Remove ${address}?`,
  removeDescription:
    'The server stops using this port and its note is discarded. The port goes back to the node, so it may not be yours again.',
  removed: (address: string) => `Removed ${address}.`,
  add: 'Add allocation',
  adding: 'Adding…',
  added: (address: string) => `Added ${address}.`,
  usage: (used: number, limit: number) => `${n(used)} of ${n(limit)} allocations used`,
  atLimit: 'This server has all the allocations its plan allows.',
  noLimit: 'Your host does not let this server add allocations.',
  notEnabled: {
    title: 'Your host assigns ports by hand',
    description:
      "This panel doesn't hand out new ports on request (automatic allocation is turned off). Ask your host to add one for you.",
  },
  noSpace:
    'The node has no free ports left in the range your host set aside. Ask your host to add one for you.',
  noPermissionEdit: "You don't have permission to change allocations.",
}
