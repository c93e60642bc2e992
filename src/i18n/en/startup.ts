import { formatNumber } from '../../lib/format'

const n = (value: number) => formatNumber(value, 'en')

// The server's Startup page (`/server/:id/startup`): the command, the Docker image, the variables.
export const startup = {
  title: 'Startup',
  loadError: "Couldn't load the startup settings",
  command: {
    title: 'Startup command',
    description: 'What the server runs when it starts, with your variables filled in.',
    copy: 'Copy startup command',
    raw: 'Template',
  },
  image: {
    title: 'Docker image',
    description: 'The software environment the server runs in.',
    label: 'Image',
    hint: 'An advanced setting: pick another image only if the game or its mods need it. It applies on the next start.',
    saving: 'Changing the image…',
    saved: 'Image changed. It applies on the next start.',
    custom:
      "An administrator set this server's image by hand, so it can't be changed here. Ask your host if you need another one.",
    single: 'The egg offers only this image.',
    noPermission: "You don't have permission to change the image.",
  },
  variables: {
    title: 'Variables',
    description:
      'Settings the server reads when it starts. Each one saves on its own; changes apply on the next start.',
    empty: 'This server has no variables you can see.',
    readOnly: 'Read-only',
    readOnlyHint: 'Set by your host; it can’t be changed here.',
    noPermission: "You don't have permission to change variables.",
    saving: 'Saving…',
    saved: 'Saved',
    unsaved: 'Not saved yet: press Enter or leave the field to save.',
    on: 'On',
    off: 'Off',
    none: '(none)',
    defaultValue: (value: string) => `Default: ${value}`,
    noDefault: 'No default',
    between: (min: number, max: number) => `From ${n(min)} to ${n(max)}.`,
    atLeast: (min: number) => `At least ${n(min)}.`,
    atMost: (max: number) => `At most ${n(max)}.`,
    wholeNumber: 'A whole number.',
    maxLength: (max: number) => `Up to ${n(max)} characters.`,
    lengthBetween: (min: number, max: number) =>
      min === max ? `Exactly ${n(min)} characters.` : `${n(min)} to ${n(max)} characters.`,
    required: 'Required.',
    envVariable: 'Environment variable',
  },
}
