import { createHash } from 'node:crypto'

import type { Prng } from './random'
import type { EggVariable, Server } from './store'

// The game templates servers are made from, their eggs and variables, and filler servers' names.

/** An egg per game, its uuid derived from the name (the seed's PRNG sequence stays as it was). */
export function eggFor(name: string): Server['egg'] {
  const hex = createHash('sha256').update(`egg:${name}`).digest('hex')
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  return { uuid, name }
}

export interface GameTemplate {
  label: string
  startup: string
  image: string
  port: number
  features: string[] | null
  variables: Array<[string, string, string, string]>
}

export const GAMES: GameTemplate[] = [
  {
    label: 'Minecraft',
    startup: 'java -Xms128M -XX:MaxRAMPercentage=95.0 -jar {{SERVER_JARFILE}}',
    image: 'ghcr.io/pterodactyl/yolks:java_21',
    port: 25565,
    features: ['eula', 'java_version', 'pid_limit'],
    variables: [
      [
        'Server Jar File',
        'The name of the server jarfile to run the server with.',
        'SERVER_JARFILE',
        'server.jar',
      ],
      ['Minecraft Version', 'The version of Minecraft to download.', 'MINECRAFT_VERSION', 'latest'],
    ],
  },
  {
    label: 'Valheim',
    startup:
      './valheim_server.x86_64 -name "{{SERVER_NAME}}" -port {{SERVER_PORT}} -world "{{WORLD}}"',
    image: 'ghcr.io/parkervcp/yolks:debian',
    port: 2456,
    features: null,
    variables: [
      ['Server Name', 'The name shown in the server browser.', 'SERVER_NAME', 'Valheim'],
      ['World', 'The world file to load.', 'WORLD', 'Dedicated'],
    ],
  },
  {
    label: 'Rust',
    startup:
      './RustDedicated -batchmode +server.port {{SERVER_PORT}} +server.hostname "{{HOSTNAME}}"',
    image: 'ghcr.io/pterodactyl/games:rust',
    port: 28015,
    features: null,
    variables: [
      [
        'Server Name',
        'The name of your server in the public server list.',
        'HOSTNAME',
        'A Rust Server',
      ],
    ],
  },
  {
    label: 'Terraria',
    startup: './TerrariaServer.bin.x86_64 -config serverconfig.txt -port {{SERVER_PORT}}',
    image: 'ghcr.io/parkervcp/yolks:debian',
    port: 7777,
    features: null,
    variables: [['World Name', 'The name of the world file.', 'WORLD_NAME', 'world']],
  },
  {
    label: 'Counter-Strike 2',
    startup: './game/bin/linuxsteamrt64/cs2 -dedicated +map {{SRCDS_MAP}} -port {{SERVER_PORT}}',
    image: 'ghcr.io/1zc/steamrt3-pterodactyl:latest',
    port: 27015,
    features: ['steam_disk_space'],
    variables: [['Default Map', 'The default map for the server.', 'SRCDS_MAP', 'de_dust2']],
  },
  {
    label: 'ARK',
    startup:
      'proton run ./ShooterGame/Binaries/Win64/ArkAscendedServer.exe {{SERVER_MAP}}?Port={{SERVER_PORT}}',
    image: 'ghcr.io/parkervcp/steamcmd:proton',
    port: 7777,
    features: null,
    variables: [['Map', 'The map to load.', 'SERVER_MAP', 'TheIsland_WP']],
  },
  {
    label: 'Factorio',
    startup: './bin/x64/factorio --port {{SERVER_PORT}} --start-server {{SAVE_NAME}}.zip',
    image: 'ghcr.io/parkervcp/yolks:debian',
    port: 34197,
    features: null,
    variables: [['Save Name', 'The save file to load.', 'SAVE_NAME', 'gamesave']],
  },
]

export const STEMS: Array<[string, number]> = [
  ['Survival', 0],
  ['Creative', 0],
  ['Skyblock', 0],
  ['Hardcore', 0],
  ['Pixelmon', 0],
  ['Valheim', 1],
  ['Rust Vanilla', 2],
  ['Rust Modded', 2],
  ['Terraria', 3],
  ['CS2 Retake', 4],
  ['CS2 Surf', 4],
  ['ARK Island', 5],
  ['Factorio', 6],
  ['Minigames', 0],
]
export const DESCRIPTIONS = [
  '',
  'Weekly wipe, EU players',
  'Friends only — ask in Discord for whitelist',
  'Event server for the summer tournament',
  'Staging copy, do not use',
  'Community server ✨ (mods in #pinned)',
]

export const variablesFor = (game: GameTemplate, prng: Prng): EggVariable[] =>
  game.variables.map(([name, description, envVariable, defaultValue]) => ({
    name,
    description,
    envVariable,
    defaultValue,
    serverValue: prng.next() < 0.3 ? `${defaultValue}-custom` : defaultValue,
    isEditable: true,
    rules: 'required|string|max:64',
  }))
