import { describe, expect, it } from 'vitest'

import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { SUBUSER_PERMISSIONS } from '../servers/permissions'
import type { DemoPanelInstance } from '../index'
import {
  ATOM,
  errorBody,
  expectShape,
  loggedIn,
  makePanel,
  settleOnClock,
  validationError,
} from '../test-kit'
import { BIG_FOLDER, BIG_FOLDER_COUNT, EDIT_LIMIT_FILES } from './seed-files'
import { wingsFetch } from './wings-fetch'

// The files routes of the demo panel, through its fetch handler like the SPA calls them.

const base = `/api/client/servers/${IDS.running}/files`
/** Each test starts a panel and signs in: seconds on a busy 2-core machine. */
const SLOW = { timeout: 20_000 }

type Item = { object: string; attributes: Record<string, unknown> }
const names = (body: unknown): string[] =>
  (body as { data: Item[] }).data.map((i) => i.attributes.name as string)
const entry = (body: unknown, name: string): Record<string, unknown> | undefined =>
  (body as { data: Item[] }).data.find((i) => i.attributes.name === name)?.attributes

const setup = async () => {
  const { panel, clock } = makePanel()
  const browser = await loggedIn(panel)
  return { panel, clock, browser }
}

/** Runs with the seeded subuser (demo on Mira's server) holding exactly these permissions. */
async function asSubuserWith<T>(permissions: string[], fn: () => Promise<T>): Promise<T> {
  const saved = SUBUSER_PERMISSIONS.splice(0, SUBUSER_PERMISSIONS.length, ...permissions)
  try {
    return await fn()
  } finally {
    SUBUSER_PERMISSIONS.splice(0, SUBUSER_PERMISSIONS.length, ...saved)
  }
}

describe('listing', SLOW, () => {
  it('lists the root of Survival SMP with Wings-shaped file objects', async () => {
    const { browser } = await setup()
    const res = await browser.get(`${base}/list?directory=/`)
    expect(res.status).toBe(200)
    const list = res.body as { object: string; data: Item[] }
    expect(list.object).toBe('list')
    for (const name of ['server.properties', 'eula.txt', 'ops.json', 'logs', 'plugins', 'world'])
      expect(names(list)).toContain(name)
    expectShape(entry(list, 'server.properties'), {
      name: 'server.properties',
      mode: '-rw-r--r--',
      mode_bits: '644',
      size: Number,
      is_file: true,
      is_symlink: false,
      mimetype: 'text/plain; charset=utf-8',
      created_at: ATOM,
      modified_at: ATOM,
    })
    expect(entry(list, 'plugins')).toMatchObject({
      mode: 'drwxr-xr-x',
      mode_bits: '755',
      size: 4096,
      is_file: false,
      mimetype: 'inode/directory',
    })
    expect(entry(list, 'ops.json')?.mimetype).toBe('application/json')
    // Wings v1.11 never sets is_symlink; the mode's `L` marks a link.
    expect(entry(list, 'ess-config.yml')).toMatchObject({
      mode: 'Lrwxrwxrwx',
      mode_bits: '777',
      is_file: true,
      is_symlink: false,
      mimetype: 'application/octet-stream',
    })
    // Wings' order: files in reverse name order, then the folders.
    const all = names(list)
    const firstDir = all.indexOf('logs')
    expect(all.slice(0, firstDir)).toEqual([...all.slice(0, firstDir)].sort().reverse())
  })

  it('sniffs mimetypes from the bytes', async () => {
    const { browser } = await setup()
    const plugins = await browser.get(`${base}/list?directory=/plugins`)
    expect(entry(plugins.body, 'Vault.jar')?.mimetype).toBe('application/jar')
    const logs = await browser.get(`${base}/list?directory=logs`)
    const gz = names(logs.body).find((n) => n.endsWith('.log.gz')) ?? ''
    expect(entry(logs.body, gz)?.mimetype).toBe('application/gzip')
    expect(entry(logs.body, 'latest.log')?.mimetype).toBe('text/plain; charset=utf-8')
  })

  it('lists all 10,000 entries of the big folder', async () => {
    const { browser } = await setup()
    const res = await browser.get(`${base}/list?directory=${BIG_FOLDER}`)
    expect(res.status).toBe(200)
    const list = names(res.body)
    expect(list).toHaveLength(BIG_FOLDER_COUNT)
    expect(new Set(list).size).toBe(BIG_FOLDER_COUNT)
    expect(list.every((n) => /^[0-9a-f-]{36}\.dat$/.test(n))).toBe(true)
  })

  it('answers a missing folder and a path out of the volume like Wings: 500 from the node', async () => {
    const { browser } = await setup()
    for (const directory of ['/nope', '../../etc', '/server.properties']) {
      const res = await browser.get(`${base}/list?directory=${encodeURIComponent(directory)}`)
      expect(res.status).toBe(500)
      const error = (res.body as { errors: Array<{ code: string; detail: string }> }).errors[0]
      expect(error?.code).toBe('DaemonConnectionException')
      expect(error?.detail).toMatch(
        /^There was an error while communicating with the machine running this server\. This error has been logged, please try again\. \(code: 500\) \(request_id: [0-9a-f-]{36}\)$/,
      )
    }
  })

  it('refuses a symlink that points out of the volume, follows one inside it', async () => {
    const { browser } = await setup()
    expect((await browser.get(`${base}/list?directory=/shared-maps`)).status).toBe(500)
    const inside = await browser.get(`${base}/contents?file=/ess-config.yml`)
    expect(inside.status).toBe(200)
    expect(inside.text).toContain('EssentialsX configuration')
  })
})

describe('contents and write', SLOW, () => {
  it('reads, writes and reads back server.properties, logging both', async () => {
    const { browser } = await setup()
    const before = await browser.get(`${base}/contents?file=%2Fserver.properties`)
    expect(before.status).toBe(200)
    expect(before.headers.get('content-type')).toBe('text/plain; charset=UTF-8')
    expect(before.text).toContain('max-players=40')
    const changed = before.text.replace('max-players=40', 'max-players=64')
    const write = await browser.request('POST', `${base}/write?file=%2Fserver.properties`, {
      body: changed,
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(write.status).toBe(204)
    const after = await browser.get(`${base}/contents?file=server.properties`)
    expect(after.text).toBe(changed)
    const events = await browser.get(`/api/client/servers/${IDS.running}/activity`)
    const logged = (events.body as { data: Item[] }).data.map((e) => e.attributes.event)
    expect(logged).toContain('server:file.read')
    expect(logged).toContain('server:file.write')
  })

  it('refuses files over 4 MiB for the editor, takes one of exactly 4 MiB', async () => {
    const { browser } = await setup()
    const atLimit = await browser.get(`${base}/contents?file=${EDIT_LIMIT_FILES.atLimit}`)
    expect(atLimit.status).toBe(200)
    expect(atLimit.text.length).toBe(4 * 1024 * 1024)
    const over = await browser.get(`${base}/contents?file=${EDIT_LIMIT_FILES.overLimit}`)
    expect(over.status).toBe(400)
    expect(over.body).toEqual(
      errorBody(
        'FileSizeTooLargeException',
        400,
        'The file you are attempting to open is too large to view in the file editor.',
      ),
    )
  })

  it('writes new files with their folders, refuses a folder name and a denylisted file', async () => {
    const { browser } = await setup()
    const write = (file: string, body: string) =>
      browser.request('POST', `${base}/write?file=${encodeURIComponent(file)}`, {
        body,
        headers: { 'Content-Type': 'text/plain' },
      })
    expect((await write('/config/new/settings.yml', 'a: 1\n')).status).toBe(204)
    expect((await browser.get(`${base}/contents?file=/config/new/settings.yml`)).text).toBe(
      'a: 1\n',
    )
    const onDir = await write('/plugins', 'x')
    expect(onDir.status).toBe(400)
    expect(JSON.stringify(onDir.body)).toContain(
      'An error occurred on the remote host: Cannot write file, name conflicts with an existing directory by the same name.. (request id: ',
    )
    const denied = await write('/server.jar', 'x')
    expect(denied.status).toBe(403)
    expect(JSON.stringify(denied.body)).toContain(
      'This file cannot be modified: present in egg denylist.',
    )
    const long = await write(`/${'a'.repeat(256)}.txt`, 'x')
    expect(long.status).toBe(400)
    expect(JSON.stringify(long.body)).toContain(
      'Cannot perform that action: file name is too long.',
    )
  })

  it('needs a file parameter', async () => {
    const { browser } = await setup()
    const res = await browser.get(`${base}/contents`)
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      errors: [validationError('file', 'The file field is required.', 'required')],
    })
  })
})

describe('folders, rename, copy, delete, chmod', SLOW, () => {
  it('creates a folder, moves a file into it with a ../ target, copies and deletes', async () => {
    const { browser } = await setup()
    expect((await browser.post(`${base}/create-folder`, { root: '/', name: 'notes' })).status).toBe(
      204,
    )
    const moved = await browser.put(`${base}/rename`, {
      root: '/plugins',
      files: [{ from: 'Vault.jar', to: '../notes/Vault.jar' }],
    })
    expect(moved.status).toBe(204)
    expect(names((await browser.get(`${base}/list?directory=/notes`)).body)).toEqual(['Vault.jar'])
    expect(names((await browser.get(`${base}/list?directory=/plugins`)).body)).not.toContain(
      'Vault.jar',
    )
    expect((await browser.post(`${base}/copy`, { location: '/notes/Vault.jar' })).status).toBe(204)
    expect((await browser.post(`${base}/copy`, { location: '/notes/Vault.jar' })).status).toBe(204)
    expect(names((await browser.get(`${base}/list?directory=/notes`)).body).sort()).toEqual([
      'Vault copy 1.jar',
      'Vault copy.jar',
      'Vault.jar',
    ])
    const deleted = await browser.post(`${base}/delete`, {
      root: '/notes',
      files: ['Vault copy.jar', 'does-not-exist'],
    })
    expect(deleted.status).toBe(204)
    expect(names((await browser.get(`${base}/list?directory=/notes`)).body)).toHaveLength(2)
  })

  it('refuses to rename onto an existing name (400) and skips a missing source (204)', async () => {
    const { browser } = await setup()
    const clash = await browser.put(`${base}/rename`, {
      root: '/',
      files: [{ from: 'ops.json', to: 'eula.txt' }],
    })
    expect(clash.status).toBe(400)
    expect(JSON.stringify(clash.body)).toContain(
      'Cannot move or rename file, destination already exists.',
    )
    const missing = await browser.put(`${base}/rename`, {
      root: '/',
      files: [{ from: 'ghost.txt', to: 'other.txt' }],
    })
    expect(missing.status).toBe(204)
  })

  it('changes modes from octal strings, and rejects bad ones', async () => {
    const { browser } = await setup()
    const ok = await browser.post(`${base}/chmod`, {
      root: '/',
      files: [{ file: 'eula.txt', mode: '600' }],
    })
    expect(ok.status).toBe(204)
    expect(entry((await browser.get(`${base}/list`)).body, 'eula.txt')).toMatchObject({
      mode: '-rw-------',
      mode_bits: '600',
    })
    const bad = await browser.post(`${base}/chmod`, {
      root: '/',
      files: [{ file: 'eula.txt', mode: '999' }],
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Invalid file mode.')
  })

  it('a rename with no root is a validation error', async () => {
    const { browser } = await setup()
    const res = await browser.put(`${base}/rename`, { files: [{ from: 'a', to: 'b' }] })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      errors: [validationError('root', 'The root field is required.', 'required')],
    })
  })
})

describe('permissions', SLOW, () => {
  const routes: Array<[string, string, unknown, string]> = [
    ['GET', 'list?directory=/', undefined, 'file.read'],
    ['GET', 'contents?file=/data/server-settings.json', undefined, 'file.read-content'],
    ['GET', 'download?file=/data/server-settings.json', undefined, 'file.read-content'],
    ['PUT', 'rename', { root: '/', files: [{ from: 'a', to: 'b' }] }, 'file.update'],
    ['POST', 'copy', { location: '/data/server-settings.json' }, 'file.create'],
    ['POST', 'write?file=/x.txt', 'x', 'file.create'],
    ['POST', 'compress', { root: '/', files: ['data'] }, 'file.archive'],
    ['POST', 'decompress', { root: '/saves', file: 'gamesave.zip' }, 'file.create'],
    ['POST', 'delete', { root: '/', files: ['nothing'] }, 'file.delete'],
    ['POST', 'create-folder', { root: '/', name: 'n' }, 'file.create'],
    ['POST', 'chmod', { root: '/', files: [{ file: 'data', mode: '755' }] }, 'file.update'],
    ['POST', 'pull', { url: 'https://example.com/a.jar' }, 'file.create'],
    ['GET', 'upload', undefined, 'file.create'],
  ]

  it.each(routes)('%s files/%s needs exactly its permission', async (method, path, body, perm) => {
    const { browser } = await setup()
    const url = `/api/client/servers/${IDS.subuser}/files/${path}`
    const call = () =>
      browser.request(method, url, {
        body,
        headers: typeof body === 'string' ? { 'Content-Type': 'text/plain' } : {},
      })
    const others = [
      'file.create',
      'file.read',
      'file.read-content',
      'file.update',
      'file.delete',
      'file.archive',
      'file.sftp',
    ].filter((p) => p !== perm)
    const denied = await asSubuserWith(['websocket.connect', ...others], call)
    expect(denied.status).toBe(403)
    expect(denied.body).toEqual(
      errorBody('AccessDeniedHttpException', 403, 'This action is unauthorized.'),
    )
    const allowed = await asSubuserWith(['websocket.connect', perm], call)
    expect(allowed.status).toBeLessThan(300)
  })
})

describe('pull, compress and decompress limits', SLOW, () => {
  it('pulls a file in the background, at most 3 at once, 10 a user per 5 minutes', async () => {
    const { browser, panel } = await setup()
    const pull = (url: string) => browser.post(`${base}/pull`, { url, directory: '/plugins' })
    for (let i = 0; i < 3; i++)
      expect((await pull(`https://example.com/p${i}.jar`)).status).toBe(204)
    const fourth = await pull('https://example.com/p3.jar')
    expect(fourth.status).toBe(400)
    expect(JSON.stringify(fourth.body)).toContain(
      'This server has reached its limit of 3 simultaneous remote file downloads at once.',
    )
    // Each pull takes two seconds of the demo clock, then the file is there.
    ;(panel as DemoPanelInstance).clock.advance(2000)
    const plugins = names((await browser.get(`${base}/list?directory=/plugins`)).body)
    expect(plugins).toEqual(expect.arrayContaining(['p0.jar', 'p1.jar', 'p2.jar']))
    expect(plugins).not.toContain('p3.jar')
    // In the foreground the answer waits for the download (and its failure).
    const { result: internal } = await settleOnClock(
      (panel as DemoPanelInstance).clock,
      browser.post(`${base}/pull`, {
        url: 'http://127.0.0.1/secret.txt',
        directory: '/',
        foreground: true,
      }),
    )
    expect(internal.status).toBe(500)
    const invalid = await browser.post(`${base}/pull`, { url: 'not a url', use_header: 'yes' })
    expect(invalid.status).toBe(422)
    expect(invalid.body).toEqual({
      errors: [
        validationError('url', 'The url format is invalid.', 'url'),
        validationError('use_header', 'The use header field must be true or false.', 'boolean'),
      ],
    })
    const results: number[] = []
    for (let i = 0; i < 5; i++) results.push((await pull('https://example.com/x.jar')).status)
    // 10 hits in all (3 + 1 + 1 invalid + 1 internal + 4 more), then 429.
    expect(results.slice(0, 4)).toEqual([204, 204, 204, 400])
    expect(results[4]).toBe(429)
  })

  it('refuses a compress when the server is over its disk limit (409); unlimited never is', async () => {
    const { browser, panel } = await setup()
    const server = (panel as DemoPanelInstance).wings.findServerByIdentifier(IDS.running)
    if (!server) throw new Error('no server')
    server.limits.disk = 1
    const full = await browser.post(`${base}/compress`, { root: '/', files: ['eula.txt'] })
    expect(full.status).toBe(409)
    expect(JSON.stringify(full.body)).toContain(
      'This server does not have enough available disk space to generate a compressed archive.',
    )
    const write = await browser.request('POST', `${base}/write?file=/more.txt`, {
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(write.status).toBe(400)
    expect(JSON.stringify(write.body)).toContain(
      'There is not enough disk space available to perform that action.',
    )
    const unlimited = `/api/client/servers/${IDS.unlimited}/files`
    const res = await browser.post(`${unlimited}/compress`, { root: '/', files: ['ShooterGame'] })
    expect(res.status).toBe(200)
    expect((res.body as Item).attributes.mimetype).toBe('application/tar+gzip')
  })

  it('decompresses a plain .gz as nothing at all (Wings has no extractor for it)', async () => {
    const { browser } = await setup()
    const logs = await browser.get(`${base}/list?directory=/logs`)
    const gz = names(logs.body).find((n) => n.endsWith('.log.gz')) ?? ''
    const res = await browser.post(`${base}/decompress`, { root: '/logs', file: gz })
    expect(res.status).toBe(204)
    expect(names((await browser.get(`${base}/list?directory=/logs`)).body).sort()).toEqual(
      names(logs.body).sort(),
    )
  })

  it('a null root for create-folder is the panel’s TypeError (500); an absent one means /', async () => {
    const { browser } = await setup()
    const nullRoot = await browser.post(`${base}/create-folder`, { root: null, name: 'x' })
    expect(nullRoot.status).toBe(500)
    expect(nullRoot.body).toEqual(
      errorBody(
        'TypeError',
        500,
        'An unexpected error was encountered while processing this request, please try again.',
      ),
    )
    expect((await browser.post(`${base}/create-folder`, { name: 'made' })).status).toBe(204)
    expect(names((await browser.get(`${base}/list`)).body)).toContain('made')
    const throughFile = await browser.post(`${base}/create-folder`, {
      root: '/eula.txt',
      name: 'x',
    })
    expect(throughFile.status).toBe(400)
    expect(JSON.stringify(throughFile.body)).toContain(
      'Part of the path being created is not a directory (ENOTDIR).',
    )
  })
})

describe('the fake Wings in process (no listeners, as in the SPA’s unit tests)', SLOW, () => {
  it('answers the node URLs the panel hands out through wingsFetch', async () => {
    const { browser, panel } = await setup()
    const { wings } = panel as DemoPanelInstance
    const download = (await browser.get(`${base}/download?file=/eula.txt`)).body as {
      attributes: { url: string }
    }
    expect(download.attributes.url).toMatch(
      /^https:\/\/fra1\.nodes\.demo-panel\.test:8080\/download\/file\?token=/,
    )
    const file = await wingsFetch(wings, new Request(download.attributes.url))
    expect(file?.status).toBe(200)
    expect(await file?.text()).toContain('eula=true')
    expect((await wingsFetch(wings, new Request(download.attributes.url)))?.status).toBe(404)

    const upload = (await browser.get(`${base}/upload`)).body as { attributes: { url: string } }
    const form = new FormData()
    form.append('files', new Blob(['from a unit test']), 'unit.txt')
    const sent = await wingsFetch(
      wings,
      new Request(`${upload.attributes.url}&directory=/unit`, { method: 'POST', body: form }),
    )
    expect(sent?.status).toBe(200)
    expect((await browser.get(`${base}/contents?file=/unit/unit.txt`)).text).toBe(
      'from a unit test',
    )
    expect(await wingsFetch(wings, new Request('http://elsewhere.test/download/file'))).toBeNull()
  })
})

describe('reset', SLOW, () => {
  it('POST /__demo/reset brings back the seeded volumes', async () => {
    const { panel } = makePanel({ faults: true })
    const browser = await loggedIn(panel)
    await browser.post(`${base}/delete`, { root: '/', files: ['eula.txt'] })
    expect(names((await browser.get(`${base}/list`)).body)).not.toContain('eula.txt')
    expect((await browser.post('/__demo/reset')).status).toBe(204)
    const again = await loggedIn(panel)
    expect(names((await again.get(`${base}/list`)).body)).toContain('eula.txt')
  })
})
