import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

const num = (value: number) => formatNumber(value, 'en')

// The API keys page (/account/api): client API keys, their allowed IPs and the one-time secret.
export const apiKeys = {
  page: {
    title: 'API keys',
    /** `{prefix}` is the client key prefix, `ptlc_`, set as code. */
    description:
      'Client API keys ({prefix}…) let scripts and tools use the panel’s Client API as you.',
  },
  create: {
    title: 'Create a client API key',
    description:
      'A client key can do everything you can: there are no per-key permissions. Limit it to the addresses that need it.',
  },
  list: {
    title: 'Your API keys',
    label: 'API key list',
    loadError: 'Couldn’t load your API keys',
    loading: 'Loading API keys…',
    /** The visible counter, e.g. "3 / 25". */
    counter: (count: number, max: number) => `${num(count)} / ${num(max)}`,
    /** The counter as screen readers hear it. */
    counterLabel: (count: number, max: number) => `${num(count)} of ${num(max)} keys used`,
    columns: {
      key: 'Key',
      allowedIps: 'Allowed IPs',
      lastUsed: 'Last used',
      created: 'Created',
    },
    /** Screen-reader prefix before the key's identifier. */
    identifier: 'Identifier: ',
    anyAddress: 'Any address',
    neverUsed: 'Never',
    deleteLabel: (name: string) => `Delete API key “${name}”`,
  },
  empty: {
    title: 'No API keys yet',
    /** `{prefix}` is `ptlc_`, `{applicationPrefix}` is `ptla_`, both set as code. */
    description:
      'A client API key lets a script or tool act on your account through the panel’s Client API. It can do everything you can, so keep it secret. Client keys start with {prefix}; they are not application keys ({applicationPrefix}), which only panel administrators create.',
  },
  deleteDialog: {
    title: (name: string) => `Delete “${name}”?`,
    /** Title while no key is chosen (the dialog is closing). */
    titleFallback: 'Delete API key?',
    description: (identifier: string) =>
      `Anything using the key ${identifier} will stop working at once. This can’t be undone.`,
    confirm: 'Delete key',
  },
  deletedKey: (name: string) => `Deleted API key “${name}”.`,
  deleteFailed: (name: string, reason: string) => `Couldn’t delete “${name}”. ${reason}`,
  form: {
    label: 'Create API key',
    descriptionLabel: 'Description',
    descriptionHint: 'What the key is for, e.g. “Deploy bot” or “Home Assistant”.',
    submit: 'Create API key',
    atCap: (max: number) =>
      `You have ${num(max)} keys, the most the panel allows. Delete one to create another.`,
    panelRefused: (count: number) =>
      plural('en', count, {
        one: `The panel refused ${num(count)} entry.`,
        other: `The panel refused ${num(count)} entries.`,
      }),
  },
  allowedIps: {
    label: 'Allowed IPs',
    hint: 'One IPv4 or IPv6 address or CIDR range per line; commas and spaces also separate entries. Leave it empty to allow any address.',
    counter: (count: number, max: number) => `${num(count)} / ${num(max)} entries`,
    /** One bad entry, shown under the field as "Line 2: …". */
    problemLine: (line: number, message: string) => `Line ${num(line)}: ${message}`,
    invalid: (value: string) => `"${value}" is not a valid IP address or CIDR range.`,
    /** `family` is "IPv4" or "IPv6"; `max` the longest prefix (32 or 128), written as `/32`. */
    prefixTooLong: (value: string, family: string, max: number) =>
      `"${value}" has a prefix longer than /${max}; ${family} prefixes go from /0 to /${max}.`,
    reversedRange: (value: string) =>
      `"${value}" starts after it ends; put the lower address first.`,
  },
  validation: {
    descriptionRequired: 'Enter a description, so you can tell this key apart later.',
    descriptionTooLong: (max: number) => `Keep the description to ${num(max)} characters or fewer.`,
    tooManyEntries: (max: number, count: number) =>
      `Enter at most ${num(max)} entries (you have ${num(count)}).`,
    invalidEntries: (count: number) =>
      plural('en', count, {
        one: `${num(count)} entry is not a valid IP address or CIDR range.`,
        other: `${num(count)} entries are not valid IP addresses or CIDR ranges.`,
      }),
  },
  newKey: {
    title: 'Copy your new API key',
    description:
      'This is the only time the key is shown. Copy it now and keep it somewhere safe, such as a password manager. If you lose it, delete the key and create another.',
    done: 'I’ve copied it',
    keyFor: (description: string) => `API key for “${description}”`,
    copy: 'Copy API key',
    /** Shown when Back or a link was refused while the key is on screen. */
    leaveRefused:
      "You're still here: this key can't be shown again. Copy it, then choose “I’ve copied it”.",
    usage: 'Send it in the Authorization header. It can do everything you can on the panel.',
  },
}
