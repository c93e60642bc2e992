import { formatNumber } from '../../lib/format'

const n = (value: number) => formatNumber(value, 'en')

// The databases page (/server/:id/databases): MySQL databases of the server, their passwords
// (shown on request only), rotation, connection strings and deletion.
export const databases = {
  title: 'Databases',
  list: {
    title: 'Databases',
    description:
      'MySQL databases for plugins and mods. Each has its own user; the password is shown only when you ask for it.',
    label: 'Databases',
    loadError: 'Couldn’t load the databases',
    counter: (count: number, max: number) => `${n(count)} / ${n(max)}`,
    counterLabel: (count: number, max: number) => `${n(count)} of ${n(max)} databases used`,
    create: 'New database',
    atLimit: (max: number) =>
      max === 0
        ? 'This server may not have databases. Ask your host if you need one.'
        : `This server has reached its limit of ${n(max)} databases. Delete one to create another.`,
    endpoint: 'Endpoint',
    username: 'Username',
    connectionsFrom: 'Connections from',
    anywhere: 'anywhere',
    copyEndpoint: 'Copy endpoint',
    copyUsername: 'Copy username',
    details: 'Details',
    detailsLabel: (name: string) => `Details of ${name}`,
    deleteLabel: (name: string) => `Delete ${name}`,
    created: (name: string) => `Created ${name}.`,
    deleted: (name: string) => `Deleted ${name}.`,
  },
  empty: {
    title: 'No databases yet',
    description: 'Create one when a plugin or mod needs MySQL.',
    noLimit: 'This server may not have databases. Ask your host if you need one.',
  },
  create: {
    title: 'New database',
    description: 'The panel creates the database and a user with a random password.',
    name: 'Name',
    nameHint: (prefix: string) =>
      `3 to 48 letters, digits, dashes or underscores. The panel puts ${prefix} in front.`,
    nameRequired: 'Give the database a name.',
    nameTooShort: 'The name needs at least 3 characters.',
    nameTooLong: 'The name may be at most 48 characters.',
    nameInvalid: 'Only letters, digits, dashes (-) and underscores (_).',
    remote: 'Connections from',
    remoteHint:
      '% allows connections from anywhere. Limit it with an address, e.g. 203.0.113.7, or a pattern like 192.168.1.%.',
    remoteRequired: 'Say where connections may come from (% for anywhere).',
    remoteInvalid: 'Only letters, digits and _ - / . % : are allowed.',
    submit: 'Create database',
  },
  details: {
    title: (name: string) => `Database ${name}`,
    password: 'Password',
    hidden: 'Hidden',
    reveal: 'Show password',
    hide: 'Hide password',
    copyPassword: 'Copy password',
    loadingPassword: 'Loading the password…',
    noViewPassword: 'Your access doesn’t include seeing database passwords.',
    passwordFailed: (detail: string) => `Couldn’t load the password. ${detail}`.trim(),
    jdbc: 'JDBC connection string',
    uri: 'MySQL URI',
    copyJdbc: 'Copy JDBC string',
    copyUri: 'Copy MySQL URI',
    uriHint: 'Both contain the password: paste them only into the server’s own config.',
    uriWithoutPassword: 'Without the password (you may not see it).',
    rotate: 'Rotate password',
    rotated: 'The password was changed. Update it wherever the database is used.',
    rotatedHidden:
      'The password was changed. Your access doesn’t include seeing the new one: ask the owner.',
    done: 'Done',
  },
  rotate: {
    title: (name: string) => `Rotate the password of ${name}?`,
    description:
      'The old password stops working at once. Plugins that use it can’t connect until you give them the new one.',
    confirm: 'Rotate password',
  },
  remove: {
    title: (name: string) => `Delete ${name}?`,
    description: 'The database and all its tables are deleted for good. This can’t be undone.',
    typeName: (name: string) => `Type ${name} to confirm`,
    mismatch: 'The name doesn’t match.',
    confirm: 'Delete database',
  },
}
