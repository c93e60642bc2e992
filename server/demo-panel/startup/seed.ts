import type { EggVariable, Server } from '../store'

// The eggs' Docker images and, for Survival SMP, a Paper-like set of variables with the rule
// strings real eggs use: a boolean, an `in:` list, numeric ranges, texts with a max length, a
// regex, a read-only variable and one the user may not see at all.

/** The egg's `docker_images` per image a seeded server runs (label → image, as the panel stores them). */
const EGG_IMAGES: Record<string, Record<string, string>> = {
  // Paper: more than one image, so the Startup page offers the choice.
  'ghcr.io/pterodactyl/yolks:java_21': {
    'Java 21': 'ghcr.io/pterodactyl/yolks:java_21',
    'Java 17': 'ghcr.io/pterodactyl/yolks:java_17',
  },
  'ghcr.io/parkervcp/yolks:debian': { Debian: 'ghcr.io/parkervcp/yolks:debian' },
  'ghcr.io/pterodactyl/games:rust': { Rust: 'ghcr.io/pterodactyl/games:rust' },
  'ghcr.io/1zc/steamrt3-pterodactyl:latest': {
    'SteamRT3 Platform': 'ghcr.io/1zc/steamrt3-pterodactyl:latest',
  },
  // The ARK egg offers two images, but the server runs one an admin set by hand: the panel then
  // refuses to change it (400) and the page explains why.
  'ghcr.io/parkervcp/steamcmd:proton': {
    'Proton GE': 'ghcr.io/parkervcp/steamcmd:proton-ge',
    Debian: 'ghcr.io/parkervcp/steamcmd:debian',
  },
}

const variable = (
  name: string,
  description: string,
  envVariable: string,
  defaultValue: string,
  rules: string,
  extra: Partial<EggVariable> = {},
): EggVariable => ({
  name,
  description,
  envVariable,
  defaultValue,
  serverValue: defaultValue,
  isEditable: true,
  rules,
  ...extra,
})

export function survivalVariables(): EggVariable[] {
  return [
    variable(
      'Server Jar File',
      'The name of the server jarfile to run the server with.',
      'SERVER_JARFILE',
      'server.jar',
      'required|regex:/^([\\w\\d._-]+)(\\.jar)$/',
    ),
    variable(
      'Minecraft Version',
      'The version of Minecraft to download. Leave at latest to always get the newest one.',
      'MINECRAFT_VERSION',
      'latest',
      'nullable|string|max:20',
      { serverValue: '1.21.1' },
    ),
    variable(
      'Build Number',
      'The Paper build to install. Set by the host.',
      'BUILD_NUMBER',
      'latest',
      'required|string|max:20',
      { isEditable: false, serverValue: '133' },
    ),
    variable(
      'Max Players',
      'How many players may be online at once.',
      'MAX_PLAYERS',
      '20',
      'required|integer|between:1,100',
    ),
    variable(
      'View Distance',
      'How many chunks around each player the server sends.',
      'VIEW_DISTANCE',
      '10',
      'required|numeric|min:3|max:32',
    ),
    variable(
      'Online Mode',
      'Check every player against Mojang’s account servers.',
      'ONLINE_MODE',
      '1',
      'required|boolean',
    ),
    variable(
      'Whitelist',
      'Only players on the whitelist may join.',
      'WHITELIST',
      'false',
      'required|string|in:true,false',
      { serverValue: 'true' },
    ),
    variable(
      'Difficulty',
      'The world’s difficulty.',
      'DIFFICULTY',
      'normal',
      'required|string|in:peaceful,easy,normal,hard',
    ),
    variable(
      'Message of the Day',
      'The line shown under the server’s name in the multiplayer list.',
      'SERVER_MOTD',
      'A Minecraft Server',
      'nullable|string|max:59',
      { serverValue: 'Survival SMP — be nice' },
    ),
    variable(
      'Level Seed',
      'The seed for a newly generated world. Letters, numbers, dashes and underscores.',
      'LEVEL_SEED',
      '',
      'nullable|alpha_dash|max:32',
    ),
    variable(
      'RCON Password',
      'The password for remote console access.',
      'RCON_PASSWORD',
      '',
      'nullable|string|max:64',
      { userViewable: false, serverValue: 'rcon-d3m0-s3cret' },
    ),
  ]
}

/** Fills each server's egg images and gives Survival SMP its variables. */
export function seedStartup(servers: Server[], survivalIdentifier: string): void {
  for (const server of servers) {
    server.eggDockerImages = EGG_IMAGES[server.dockerImage] ?? { Default: server.dockerImage }
    if (server.identifier === survivalIdentifier) server.variables = survivalVariables()
  }
}
