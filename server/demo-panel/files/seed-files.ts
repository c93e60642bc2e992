import { gzipSync } from 'node:zlib'

import { createPrng, type Prng } from '../random'
import type { Server } from '../store'
import { makeZip } from './archive'
import { dirNode, fileNode, linkNode, type DirNode, type Node } from './tree'

// What each seeded server's volume holds. Built on the first files request for that server
// (never at panel start-up), from a PRNG seeded by the server id so every start looks the same.
// Big things stay cheap: region files and the 10,000 player files of Survival SMP's
// `world/playerdata` only produce their bytes when read, and that folder is only filled in
// when first opened.

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const MIB = 1024 * 1024

/** Survival SMP's `world/playerdata`: exactly this many files. */
export const BIG_FOLDER_COUNT = 10_000
/** The folder with 10,000 entries, on Survival SMP (`1a7ce997`). */
export const BIG_FOLDER = '/world/playerdata'
/** Seeded files just at and just over the panel's 4 MiB edit limit. */
export const EDIT_LIMIT_FILES = { atLimit: '/logs/debug-1.log', overLimit: '/logs/debug-2.log' }

type Spec = string | Buffer | Node | { [name: string]: Spec }

/** A directory from a nested object: strings and buffers are files, objects are folders. */
function tree(spec: { [name: string]: Spec }, at: (name: string) => number, self = ''): DirNode {
  const entries = new Map<string, Node>()
  for (const [name, value] of Object.entries(spec)) {
    if (typeof value === 'string') entries.set(name, fileNode(Buffer.from(value), at(name)))
    else if (Buffer.isBuffer(value)) entries.set(name, fileNode(value, at(name)))
    else if ('kind' in value && typeof value.kind === 'string') entries.set(name, value as Node)
    else entries.set(name, tree(value, at, name))
  }
  // A folder was last changed when its newest entry was (an empty one: when it was made).
  let newest = entries.size === 0 ? at(self) : 0
  for (const child of entries.values()) newest = Math.max(newest, child.mtime)
  return dirNode(newest, entries)
}

/** Bytes that look like a binary blob: a fixed pseudo-random block repeated, cheap at any size. */
function blob(size: number, seed: number, header?: Buffer): Buffer {
  const prng = createPrng(seed)
  const words = new Uint32Array(Math.ceil(Math.min(size, 16 * 1024) / 4))
  for (let i = 0; i < words.length; i++) words[i] = Math.floor(prng.next() * 0x1_0000_0000)
  const block = Buffer.from(words.buffer, 0, Math.min(size, words.length * 4))
  const out = Buffer.alloc(size)
  for (let i = 0; i < size; i += block.length) block.copy(out, i)
  header?.copy(out, 0)
  return out
}

/** A lazily generated file of a known size and mimetype. */
function lazy(size: number, mime: string, at: number, generate: () => Buffer): Node {
  return fileNode({ size, mime, generate }, at)
}

/** A region file: 8 KiB of chunk offsets and timestamps, then sectors of chunk data. */
function region(seed: number, at: number, prng: Prng): Node {
  const size = prng.int(2, 9) * MIB + prng.int(0, 255) * 4096
  return lazy(size, 'application/octet-stream', at, () => {
    const header = Buffer.alloc(8192)
    for (let i = 0; i < 1024; i++) header.writeUInt32BE(((2 + i * 3) << 8) | 2, i * 4)
    return blob(size, seed, header)
  })
}

/** A plugin jar: a real zip whose first entry is the manifest (so it sniffs as application/jar). */
function jar(
  name: string,
  version: string,
  main: string,
  classesBytes: number,
  seed: number,
  at: number,
): Buffer {
  return makeZip([
    {
      name: 'META-INF/MANIFEST.MF',
      data: Buffer.from(
        `Manifest-Version: 1.0\r\nCreated-By: Maven JAR Plugin 3.3.0\r\nBuild-Jdk-Spec: 21\r\n\r\n`,
      ),
      mtime: at,
    },
    {
      name: 'plugin.yml',
      data: Buffer.from(`name: ${name}\nversion: ${version}\nmain: ${main}\napi-version: '1.21'\n`),
      mtime: at,
    },
    {
      name: `${main.replace(/\./g, '/')}.class`,
      data: blob(classesBytes, seed, Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 65])),
      mtime: at,
      // Stored, so the jar is as big as its classes (real plugins are not tiny).
      stored: true,
    },
  ])
}

function serverProperties(server: Server, stamp: string): string {
  const port = server.allocations.find((a) => a.id === server.primaryAllocationId)?.port ?? 25565
  return `#Minecraft server properties
#${stamp}
accepts-transfers=false
allow-flight=false
allow-nether=true
broadcast-console-to-ops=true
broadcast-rcon-to-ops=true
bug-report-link=
difficulty=normal
enable-command-block=false
enable-jmx-monitoring=false
enable-query=false
enable-rcon=false
enable-status=true
enforce-secure-profile=true
enforce-whitelist=true
entity-broadcast-range-percentage=100
force-gamemode=false
function-permission-level=2
gamemode=survival
generate-structures=true
generator-settings={}
hardcore=false
hide-online-players=false
initial-disabled-packs=
initial-enabled-packs=vanilla
level-name=world
level-seed=-4172144997902289642
level-type=minecraft\\:normal
log-ips=true
max-chained-neighbor-updates=1000000
max-players=40
max-tick-time=60000
max-world-size=29999984
motd=${server.name.replace(/[^\x20-\x7e]/g, '')} \\u00A77\\u2014 ${server.description.replace(/[^\x20-\x7e]/g, '').trim() || 'a Talon demo server'}
network-compression-threshold=256
online-mode=true
op-permission-level=4
player-idle-timeout=0
prevent-proxy-connections=false
pvp=true
query.port=${port}
rate-limit=0
rcon.password=
rcon.port=25575
region-file-compression=deflate
require-resource-pack=false
resource-pack=
resource-pack-id=
resource-pack-prompt=
resource-pack-sha1=
server-ip=0.0.0.0
server-port=${port}
simulation-distance=10
spawn-monsters=true
spawn-protection=16
sync-chunk-writes=true
text-filtering-config=
use-native-transport=true
view-distance=10
white-list=true
`
}

const PLAYERS = [
  ['Notch_Fan_42', '4566e69f-c907-48ee-8d71-d7ba5aa00d20'],
  ['mira_builds', '1f0b5e7c-3a9d-4c22-9b1e-6d2f8a4c7e13'],
  ['creeperkeeper', '8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f'],
  ['LenaCrafts', '2b7e151a-28ae-4d2a-abf7-15889c4f3c3e'],
] as const

function latestLog(server: Server, start: number): string {
  const t = (offsetMs: number): string => new Date(start + offsetMs).toISOString().slice(11, 19)
  const port = server.allocations.find((a) => a.id === server.primaryAllocationId)?.port ?? 25565
  const lines = [
    `[${t(0)}] [ServerMain/INFO]: Environment: Environment[sessionHost=https://sessionserver.mojang.com, servicesHost=https://api.minecraftservices.com, name=PROD]`,
    `[${t(900)}] [ServerMain/INFO]: Loaded 1290 recipes`,
    `[${t(1400)}] [Server thread/INFO]: Starting minecraft server version 1.21.4`,
    `[${t(1410)}] [Server thread/INFO]: Loading properties`,
    `[${t(1420)}] [Server thread/INFO]: This server is running Paper version 1.21.4-211-main@bb3a4ea (2026-11-28T09:12:44Z) (Implementing API version 1.21.4-R0.1-SNAPSHOT)`,
    `[${t(1500)}] [Server thread/INFO]: Server Ping Player Sample Count: 12`,
    `[${t(1510)}] [Server thread/INFO]: Using 4 threads for Netty based IO`,
    `[${t(1700)}] [Server thread/INFO]: Default game type: SURVIVAL`,
    `[${t(1710)}] [Server thread/INFO]: Generating keypair`,
    `[${t(1800)}] [Server thread/INFO]: Starting Minecraft server on 0.0.0.0:${port}`,
    `[${t(1900)}] [Server thread/INFO]: [LuckPerms] Loading server plugin LuckPerms v5.4.131`,
    `[${t(2300)}] [Server thread/INFO]: [WorldEdit] Loading server plugin WorldEdit v7.3.4`,
    `[${t(2600)}] [Server thread/INFO]: [Essentials] Loading server plugin Essentials v2.20.1`,
    `[${t(2700)}] [Server thread/INFO]: [Vault] Loading server plugin Vault v1.7.3-b131`,
    `[${t(3100)}] [Server thread/INFO]: Preparing level "world"`,
    `[${t(5200)}] [Server thread/INFO]: Preparing start region for dimension minecraft:overworld`,
    `[${t(7900)}] [Server thread/INFO]: Time elapsed: 2688 ms`,
    `[${t(8000)}] [Server thread/INFO]: Done (6.512s)! For help, type "help"`,
    `[${t(64_000)}] [User Authenticator #0/INFO]: UUID of player ${PLAYERS[1][0]} is ${PLAYERS[1][1]}`,
    `[${t(64_200)}] [Server thread/INFO]: ${PLAYERS[1][0]} joined the game`,
    `[${t(64_210)}] [Server thread/INFO]: ${PLAYERS[1][0]}[/203.0.113.24:51622] logged in with entity id 212 at ([world]-104.5, 71.0, 233.7)`,
    `[${t(402_000)}] [Server thread/INFO]: <${PLAYERS[1][0]}> anyone seen my elytra?`,
    `[${t(1_210_000)}] [Server thread/INFO]: ${PLAYERS[0][0]} joined the game`,
    `[${t(1_800_000)}] [Server thread/WARN]: Can't keep up! Is the server overloaded? Running 2134ms or 42 ticks behind`,
    `[${t(2_400_000)}] [Server thread/INFO]: ${PLAYERS[0][0]} lost connection: Disconnected`,
  ]
  return `${lines.join('\n')}\n`
}

/** A log of exactly `size` bytes of plausible lines (for the editor's 4 MiB limit). */
function sizedLog(size: number, start: number): Buffer {
  const lines: string[] = []
  let bytes = 0
  for (let i = 0; bytes < size; i++) {
    const line = `[${new Date(start + i * 250).toISOString().slice(11, 19)}] [Server thread/DEBUG]: Chunk save queue: ${i % 97} pending, tick ${i}\n`
    lines.push(line)
    bytes += line.length
  }
  return Buffer.from(lines.join('')).subarray(0, size)
}

/** Gzip'd NBT-shaped bytes (what a player .dat or level.dat really is). */
const nbt = (label: string, bytes: number, seed: number): Buffer =>
  gzipSync(
    Buffer.concat([Buffer.from([0x0a, 0x00, 0x00]), Buffer.from(label), blob(bytes, seed)]),
    {
      level: 1,
    },
  )

/** A player file: gzip'd (stored, so every one has the same size) NBT-shaped bytes. */
const playerFile = (seed: number): Buffer =>
  gzipSync(Buffer.concat([Buffer.from([0x0a, 0x00, 0x00]), blob(512, seed)]), { level: 0 })

/** The 10,000 (or a few) player files of a Minecraft world, made when the folder is first read. */
function playerdata(count: number, seed: number, at: number): DirNode {
  const size = playerFile(seed).length
  const populate = (): Map<string, Node> => {
    const prng = createPrng(seed)
    const entries = new Map<string, Node>()
    for (let i = 0; i < count; i++) {
      const mtime = at - prng.int(0, 90) * DAY - prng.int(0, DAY)
      entries.set(
        `${prng.uuid()}.dat`,
        lazy(size, 'application/gzip', mtime, () => playerFile(seed + i)),
      )
    }
    return entries
  }
  return dirNode(at, null, { populate, bytes: count * size })
}

function minecraft(server: Server, now: number, prng: Prng, big: boolean): DirNode {
  const started = now - 3 * HOUR
  const ago = (ms: number): number => now - ms
  const stamp = new Date(ago(2 * DAY)).toUTCString()
  const regionAt = (x: number, z: number, seed: number): Node =>
    region(seed + x * 31 + z, ago(prng.int(1, 180) * MINUTE), prng)
  const regions = (seed: number): Record<string, Node> => {
    const out: Record<string, Node> = {}
    for (const [x, z] of [
      [0, 0],
      [0, -1],
      [-1, 0],
      [-1, -1],
      [1, 0],
      [0, 1],
    ] as const)
      out[`r.${x}.${z}.mca`] = regionAt(x, z, seed)
    return out
  }
  const times: Record<string, number> = {
    'server.properties': ago(2 * DAY),
    'eula.txt': ago(40 * DAY),
    'latest.log': ago(4 * MINUTE),
  }
  const at = (name: string): number => times[name] ?? ago((name.length % 9) * DAY + 3 * HOUR)
  const root = tree(
    {
      'server.properties': serverProperties(server, stamp),
      'eula.txt': `#By changing the setting below to TRUE you are indicating your agreement to our EULA (https://aka.ms/MinecraftEULA).\n#${new Date(ago(40 * DAY)).toUTCString()}\neula=true\n`,
      'ops.json': `${JSON.stringify(
        [{ uuid: PLAYERS[1][1], name: PLAYERS[1][0], level: 4, bypassesPlayerLimit: false }],
        null,
        2,
      )}\n`,
      'whitelist.json': `${JSON.stringify(
        PLAYERS.map(([name, uuid]) => ({ uuid, name })),
        null,
        2,
      )}\n`,
      'banned-players.json': '[]\n',
      'banned-ips.json': '[]\n',
      'usercache.json': JSON.stringify(
        PLAYERS.map(([name, uuid], i) => ({
          name,
          uuid,
          expiresOn: new Date(ago(-30 * DAY + i * HOUR)).toISOString(),
        })),
      ),
      'bukkit.yml': `settings:\n  allow-end: true\n  warn-on-overload: true\n  permissions-file: permissions.yml\n  update-folder: update\n  plugin-profiling: false\n  connection-throttle: 4000\n  query-plugins: true\n  deprecated-verbose: default\n  shutdown-message: Server closed\n  minimum-api: none\n  use-map-color-cache: true\nspawn-limits:\n  monsters: 70\n  animals: 10\n  water-animals: 5\n  water-ambient: 20\n  water-underground-creature: 5\n  axolotls: 5\n  ambient: 15\nchunk-gc:\n  period-in-ticks: 600\nticks-per:\n  animal-spawns: 400\n  monster-spawns: 1\n  autosave: 6000\naliases: now-in-commands.yml\n`,
      'spigot.yml': `config-version: 12\nsettings:\n  debug: false\n  bungeecord: false\n  timeout-time: 60\n  restart-on-crash: true\n  restart-script: ./start.sh\n  netty-threads: 4\n  save-user-cache-on-stop-only: false\n  moved-wrongly-threshold: 0.0625\n  moved-too-quickly-multiplier: 10.0\n  log-villager-deaths: true\n  log-named-deaths: true\nworld-settings:\n  default:\n    view-distance: default\n    simulation-distance: default\n    mob-spawn-range: 8\n    item-despawn-rate: 6000\n    merge-radius:\n      item: 2.5\n      exp: 3.0\n`,
      'commands.yml': `command-block-overrides: []\nignore-vanilla-permissions: false\naliases:\n  icanhasbukkit:\n  - version $1-\n`,
      'permissions.yml': '',
      'server.jar': fileNode(
        jar('paper', '1.21.4-211', 'io.papermc.paperclip.Main', 48 * 1024, 11, ago(9 * DAY)),
        ago(9 * DAY),
      ),
      'server-icon.png': Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        blob(5_830, 77),
      ]),
      logs: {
        'latest.log': latestLog(server, started),
        [`${new Date(ago(DAY)).toISOString().slice(0, 10)}-1.log.gz`]: gzipSync(
          Buffer.from(latestLog(server, ago(DAY + 5 * HOUR))),
        ),
        [`${new Date(ago(2 * DAY)).toISOString().slice(0, 10)}-1.log.gz`]: gzipSync(
          Buffer.from(latestLog(server, ago(2 * DAY + 2 * HOUR))),
        ),
        'debug-1.log': lazy(4 * MIB, 'text/plain; charset=utf-8', ago(3 * DAY), () =>
          sizedLog(4 * MIB, ago(3 * DAY)),
        ),
        'debug-2.log': lazy(5 * MIB, 'text/plain; charset=utf-8', ago(2 * DAY), () =>
          sizedLog(5 * MIB, ago(2 * DAY)),
        ),
      },
      plugins: {
        'EssentialsX-2.20.1.jar': jar(
          'Essentials',
          '2.20.1',
          'com.earth2me.essentials.Essentials',
          220 * 1024,
          21,
          ago(12 * DAY),
        ),
        'LuckPerms-Bukkit-5.4.131.jar': jar(
          'LuckPerms',
          '5.4.131',
          'me.lucko.luckperms.bukkit.loader.BukkitLoaderPlugin',
          180 * 1024,
          22,
          ago(12 * DAY),
        ),
        'worldedit-bukkit-7.3.4.jar': jar(
          'WorldEdit',
          '7.3.4',
          'com.sk89q.worldedit.bukkit.WorldEditPlugin',
          260 * 1024,
          23,
          ago(30 * DAY),
        ),
        'Vault.jar': jar(
          'Vault',
          '1.7.3-b131',
          'net.milkbowl.vault.Vault',
          40 * 1024,
          24,
          ago(30 * DAY),
        ),
        Essentials: {
          'config.yml': `# EssentialsX configuration\nops-name-color: '4'\nnickname-prefix: '~'\nmax-nick-length: 15\nteleport-safety: true\nteleport-cooldown: 0\nteleport-delay: 0\nheal-cooldown: 60\nspawnmob-limit: 10\nwarn-on-smite: true\nbackup:\n  interval: 30\n  always-run: false\n  command:\nper-warp-permission: false\nlist-hide-vanish: true\n`,
          'worth.yml': 'worth:\n  diamond: 100.0\n  iron_ingot: 8.0\n  gold_ingot: 15.0\n',
          userdata: {},
        },
        LuckPerms: {
          'config.yml': `server: global\nuse-server-uuid-cache: false\nstorage-method: h2\nsync-minutes: -1\nwatch-files: true\nmessaging-service: auto\nauto-push-updates: true\n`,
        },
        WorldEdit: {
          'config.yml': 'limits:\n  max-blocks-changed:\n    default: -1\n    maximum: -1\n',
        },
      },
      world: {
        'level.dat': nbt('level', 2048, 31),
        'level.dat_old': nbt('level', 2048, 32),
        'session.lock': Buffer.from('\u2603'),
        'uid.dat': blob(16, 33),
        region: regions(100),
        data: { 'raids.dat': nbt('raids', 96, 34), 'random_sequences.dat': nbt('seq', 300, 35) },
        datapacks: {},
        playerdata: playerdata(big ? BIG_FOLDER_COUNT : 12, server.id * 7919, ago(HOUR)),
        stats: {},
        advancements: {},
      },
      world_nether: { DIM_1: { region: regions(200) }, 'level.dat': nbt('level', 1024, 36) },
      world_the_end: { DIM1: { region: regions(300) }, 'level.dat': nbt('level', 1024, 37) },
      // A link inside the volume, and one an admin pointed outside it (refused by Wings).
      'ess-config.yml': linkNode('plugins/Essentials/config.yml', ago(20 * DAY)),
      'shared-maps': linkNode('/mnt/shared/maps', ago(60 * DAY)),
    },
    at,
  )
  // `DIM_1` is not what vanilla calls it: keep the real name.
  const nether = root.entries?.get('world_nether')
  if (nether?.kind === 'dir' && nether.entries) {
    const dim = nether.entries.get('DIM_1')
    if (dim) {
      nether.entries.delete('DIM_1')
      nether.entries.set('DIM-1', dim)
    }
  }
  return root
}

/** Small but believable volumes for the other games. */
function otherGame(server: Server, now: number): DirNode {
  const ago = (ms: number): number => now - ms
  const at = (name: string): number => ago((name.length % 7) * DAY + 2 * HOUR)
  const start = server.startup
  if (start.includes('valheim'))
    return tree(
      {
        'valheim_server.x86_64': blob(1_600_000, 41, Buffer.from([0x7f, 0x45, 0x4c, 0x46])),
        'start_server.sh': `#!/bin/bash\nexport templdpath=$LD_LIBRARY_PATH\nexport LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH\nexport SteamAppId=892970\n./valheim_server.x86_64 -name "My server" -port 2456 -world "Dedicated" -password "secret"\n`,
        BepInEx: {
          config: {
            'BepInEx.cfg': '[Logging]\nLogLevels = Fatal, Error, Warning, Message, Info\n',
          },
          plugins: {},
        },
        'adminlist.txt': '// List admin players ID  ONE per line\n76561198000000001\n',
        'bannedlist.txt': '// List banned players ID  ONE per line\n',
      },
      at,
    )
  if (start.includes('RustDedicated'))
    return tree(
      {
        RustDedicated: blob(900_000, 42, Buffer.from([0x7f, 0x45, 0x4c, 0x46])),
        server: {
          rust: {
            cfg: {
              'server.cfg':
                'server.hostname "A Rust Server"\nserver.maxplayers 100\nserver.worldsize 3500\nserver.seed 1337\n',
              'users.cfg': '',
            },
          },
        },
        oxide: {
          plugins: {
            'Kits.cs':
              '// Kits for Rust\nnamespace Oxide.Plugins\n{\n    [Info("Kits", "k1lly0u", "4.4.2")]\n    class Kits : RustPlugin { }\n}\n',
          },
          config: {},
        },
      },
      at,
    )
  if (start.includes('TerrariaServer'))
    return tree(
      {
        'serverconfig.txt':
          'world=/home/container/saves/Worlds/world.wld\nautocreate=2\nworldname=world\ndifficulty=0\nmaxplayers=8\nport=7777\npassword=\nmotd=Welcome!\n',
        saves: { Worlds: { 'world.wld': blob(420_000, 43) } },
        'TerrariaServer.bin.x86_64': blob(300_000, 44, Buffer.from([0x7f, 0x45, 0x4c, 0x46])),
      },
      at,
    )
  if (start.includes('cs2'))
    return tree(
      {
        game: {
          csgo: {
            cfg: {
              'server.cfg':
                'hostname "Counter-Strike 2 Server"\nsv_cheats 0\nsv_lan 0\nmp_autoteambalance 1\n',
              'gamemode_competitive.cfg': '',
            },
            maps: {},
          },
        },
      },
      at,
    )
  if (start.includes('ArkAscended'))
    return tree(
      {
        ShooterGame: {
          Saved: {
            Config: {
              WindowsServer: {
                'GameUserSettings.ini':
                  '[ServerSettings]\nServerPassword=\nServerAdminPassword=changeme\nDifficultyOffset=1.0\nMaxPlayers=70\n\n[SessionSettings]\nSessionName=ARK Server\n',
                'Game.ini':
                  '[/script/shootergame.shootergamemode]\nbUseSingleplayerSettings=False\n',
              },
            },
          },
        },
      },
      at,
    )
  // Factorio (and anything else): a real zip save that decompress can open.
  return tree(
    {
      saves: {
        'gamesave.zip': makeZip([
          { name: 'gamesave/', data: Buffer.alloc(0), mtime: ago(DAY) },
          { name: 'gamesave/level.dat0', data: blob(30_000, 45), mtime: ago(DAY) },
          { name: 'gamesave/level-init.dat', data: blob(4_000, 46), mtime: ago(DAY) },
          {
            name: 'gamesave/info.json',
            data: Buffer.from('{"name":"gamesave"}\n'),
            mtime: ago(DAY),
          },
        ]),
      },
      data: {
        'server-settings.json': `${JSON.stringify({ name: server.name, description: server.description, max_players: 0, visibility: { public: false, lan: true } }, null, 2)}\n`,
      },
      mods: { 'mod-list.json': '{\n  "mods": [{ "name": "base", "enabled": true }]\n}\n' },
      'server-adminlist.json': '["mira_builds"]\n',
    },
    at,
  )
}

/** The seeded volume of one server. */
export function seedVolume(server: Server, now: number, big: boolean): DirNode {
  const prng = createPrng(0xf11e5 + server.id)
  return server.startup.startsWith('java')
    ? minecraft(server, now, prng, big)
    : otherGame(server, now)
}
