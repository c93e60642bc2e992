import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTalonApp } from '../../app'
import { makeDist } from '../../test-kit'
import { createWingsRelay } from '../../wings-relay'
import { createClock } from '../clock'
import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { startDemoPanel, type StartedDemoPanel } from '../serve'
import { loggedIn, timerSet, type Browser } from '../test-kit'
import { readTar } from './archive'
import { URL_TOKEN_LIFETIME_S } from './tokens'
import { filesPanel } from './wings-http'

// Signed downloads and uploads against the fake Wings' real listener, archives made and opened,
// long jobs against the panel's limits — and both transfers through Talon's relay.

const base = `/api/client/servers/${IDS.running}/files`
/** Each test starts a panel and signs in: seconds on a busy 2-core machine. */
const SLOW = { timeout: 20_000 }
type Item = { attributes: Record<string, unknown> }

let demo: StartedDemoPanel
let browser: Browser

beforeAll(async () => {
  demo = await startDemoPanel({ adminServers: 40, clock: createClock({ manual: true }) })
  browser = await loggedIn(demo.panel)
})

afterAll(async () => {
  await demo.close()
})

const signed = async (path: string): Promise<string> => {
  const res = await browser.get(`${base}/${path}`)
  expect(res.status).toBe(200)
  const body = res.body as { object: string; attributes: { url: string } }
  expect(body.object).toBe('signed_url')
  return body.attributes.url
}

const list = async (directory: string): Promise<Array<Record<string, unknown>>> => {
  const res = await browser.get(`${base}/list?directory=${encodeURIComponent(directory)}`)
  expect(res.status).toBe(200)
  return (res.body as { data: Item[] }).data.map((i) => i.attributes)
}

const settings = () => {
  const panel = filesPanel(demo.panel.wings)
  if (!panel) throw new Error('files routes not bound')
  return panel.store.files
}

const upload = (url: string, files: Array<[string, Buffer | string]>, directory?: string) => {
  const form = new FormData()
  for (const [name, data] of files)
    form.append('files', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name)
  const target = directory === undefined ? url : `${url}&directory=${encodeURIComponent(directory)}`
  return fetch(target, { method: 'POST', body: form })
}

describe('the node listener’s route table', SLOW, () => {
  it('answers unknown routes 404, OPTIONS 204, with a request id and the panel as CORS origin', async () => {
    const node = demo.wingsUrls.get(1) ?? ''
    const unknown = await fetch(`${node}/nope`)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({
      error: 'The requested resource does not exist on this instance.',
    })
    expect(unknown.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const preflight = await fetch(`${node}/upload/file`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(demo.url)
  })
})

describe('downloads', SLOW, () => {
  it('streams the file as an attachment, once per token', async () => {
    const url = await signed('download?file=/server.properties')
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/download\/file\?token=[\w-]+\.[\w-]+\.[\w-]+$/)
    const first = await fetch(url)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-disposition')).toBe(
      'attachment; filename="server.properties"',
    )
    expect(first.headers.get('content-type')).toBe('application/octet-stream')
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await first.text()).toContain('server-port=')
    const again = await fetch(url)
    expect(again.status).toBe(404)
    expect(await again.json()).toMatchObject({
      error: 'The requested resource was not found on this server.',
    })
  })

  it('refuses an expired or altered token (Wings: a plain 500) and a folder (404)', async () => {
    const url = await signed('download?file=/eula.txt')
    const [head, payload, signature] = (new URL(url).searchParams.get('token') ?? '').split('.')
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >
    expect(claims.file_path).toBe('/eula.txt')
    expect(claims.server_uuid).toMatch(/^1a7ce997-/)
    claims.file_path = '/ops.json'
    const forged = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`
    const altered = await fetch(url.replace(/token=.*/, `token=${forged}`))
    expect(altered.status).toBe(500)
    demo.panel.clock.advance((URL_TOKEN_LIFETIME_S + 1) * 1000)
    const expired = await fetch(url)
    expect(expired.status).toBe(500)
    expect(await expired.json()).toMatchObject({
      error: 'An unexpected error was encountered while processing this request',
    })
    const folder = await fetch(await signed('download?file=/plugins'))
    expect(folder.status).toBe(404)
    // Wings' router knows no HEAD for the route.
    expect((await fetch(await signed('download?file=/eula.txt'), { method: 'HEAD' })).status).toBe(
      404,
    )
  })
})

describe('uploads', SLOW, () => {
  it('takes several files in one request, by base name, into the directory (made if missing)', async () => {
    const url = await signed('upload')
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/upload\/file\?token=/)
    const res = await upload(
      url,
      [
        ['a.txt', 'alpha'],
        ['nested/b.txt', 'bravo'],
        ['c.bin', Buffer.from([0, 1, 2, 255])],
      ],
      '/uploads/today',
    )
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    const names = (await list('/uploads/today')).map((f) => f.name).sort()
    expect(names).toEqual(['a.txt', 'b.txt', 'c.bin'])
    const activity = await browser.get(`/api/client/servers/${IDS.running}/activity`)
    // This upload's entries (another test uploads elsewhere, maybe first).
    const uploaded = (activity.body as { data: Item[] }).data.filter(
      (e) =>
        e.attributes.event === 'server:file.uploaded' &&
        (e.attributes.properties as { directory: string }).directory.startsWith('/uploads/today'),
    )
    expect(uploaded.map((e) => (e.attributes.properties as { file: string }).file).sort()).toEqual([
      'a.txt',
      'b.txt',
      'c.bin',
    ])
    // The token was spent.
    expect((await upload(url, [['d.txt', 'delta']], '/uploads')).status).toBe(404)
  })

  it("answers the node's per-file limit with Wings' 400, before writing anything", async () => {
    settings().uploadLimitMb.set(1, 1)
    try {
      const res = await upload(
        await signed('upload'),
        [
          ['small.txt', 'ok'],
          ['big.bin', Buffer.alloc(1024 * 1024 + 1)],
        ],
        '/limit',
      )
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({
        error: 'File big.bin is larger than the maximum file upload size of 1 MB.',
      })
      expect((await browser.get(`${base}/list?directory=/limit`)).status).toBe(500)
    } finally {
      settings().uploadLimitMb.delete(1)
    }
  })

  it('refuses a body without files, a full disk, and a path out of the volume', async () => {
    const form = new FormData()
    form.append('other', 'x')
    const none = await fetch(await signed('upload'), { method: 'POST', body: form })
    expect(none.status).toBe(400)
    expect(await none.json()).toMatchObject({ error: 'No files were found on the request body.' })
    const plain = await fetch(await signed('upload'), { method: 'POST', body: 'not a form' })
    expect(plain.status).toBe(400)

    const server = demo.panel.wings.findServerByIdentifier(IDS.running)
    if (!server) throw new Error('no server')
    const disk = server.limits.disk
    server.limits.disk = 1
    try {
      const full = await upload(await signed('upload'), [['x.txt', 'x']], '/')
      expect(full.status).toBe(400)
      expect(await full.json()).toMatchObject({
        error: 'There is not enough disk space available to perform that action.',
      })
    } finally {
      server.limits.disk = disk
    }
    const out = await upload(await signed('upload'), [['x.txt', 'x']], '../../etc')
    expect(out.status).toBe(500)
  })
})

describe('archives', SLOW, () => {
  const compress = (root: string, files: string[]) =>
    browser.post(`${base}/compress`, { root, files })

  it('compresses into a real .tar.gz that `tar -tzf` lists, and decompresses it back', async () => {
    const made = await compress('/', ['ops.json', 'plugins/Essentials'])
    expect(made.status).toBe(200)
    const archive = made.body as { object: string; attributes: Record<string, unknown> }
    expect(archive.object).toBe('file_object')
    expect(archive.attributes.name).toMatch(/^archive-\d{4}-\d\d-\d\dT\d{6}Z\.tar\.gz$/)
    expect(archive.attributes).toMatchObject({
      mimetype: 'application/tar+gzip',
      mode: '-rw-r--r--',
      is_file: true,
    })
    const name = archive.attributes.name as string
    const download = await fetch(await signed(`download?file=/${name}`))
    const bytes = Buffer.from(await download.arrayBuffer())
    expect(bytes.length).toBe(archive.attributes.size)
    const entries = (await readTar(bytes, true)).map((e) => `${e.type}:${e.name}`)
    expect(entries).toEqual([
      'file:ops.json',
      'directory:plugins/Essentials',
      'file:plugins/Essentials/config.yml',
      'directory:plugins/Essentials/userdata',
      'file:plugins/Essentials/worth.yml',
    ])
    if (existsSync('/usr/bin/tar') || existsSync('/bin/tar')) {
      const dir = mkdtempSync(path.join(tmpdir(), 'files-double-'))
      try {
        writeFileSync(path.join(dir, name), bytes)
        const listed = execFileSync('tar', ['-tzf', path.join(dir, name)], { encoding: 'utf8' })
        expect(listed.trim().split('\n')).toEqual([
          'ops.json',
          'plugins/Essentials',
          'plugins/Essentials/config.yml',
          'plugins/Essentials/userdata',
          'plugins/Essentials/worth.yml',
        ])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }

    const original = (await browser.get(`${base}/contents?file=/plugins/Essentials/config.yml`))
      .text
    expect(
      (
        await browser.post(`${base}/delete`, {
          root: '/',
          files: ['plugins/Essentials', 'ops.json'],
        })
      ).status,
    ).toBe(204)
    const opened = await browser.post(`${base}/decompress`, { root: '/', file: name })
    expect(opened.status).toBe(204)
    expect((await browser.get(`${base}/contents?file=/plugins/Essentials/config.yml`)).text).toBe(
      original,
    )
    expect((await browser.get(`${base}/contents?file=/ops.json`)).status).toBe(200)
  })

  it('opens a seeded zip, and says plainly when a file is no archive Wings knows', async () => {
    const factorio = `/api/client/servers/${IDS.subuser}/files`
    // Mira owns the Factorio server (demo is only a subuser there).
    const owner = await loggedIn(demo.panel, 'mira', 'mira-password')
    const res = await owner.post(`${factorio}/decompress`, { root: '/saves', file: 'gamesave.zip' })
    expect(res.status).toBe(204)
    const inside = await owner.get(`${factorio}/contents?file=/saves/gamesave/info.json`)
    expect(inside.text).toBe('{"name":"gamesave"}\n')
    const notArchive = await browser.post(`${base}/decompress`, { root: '/', file: 'eula.txt' })
    expect(notArchive.status).toBe(400)
    expect(JSON.stringify(notArchive.body)).toContain(
      'The archive provided is in a format Wings does not understand.',
    )
  })

  it('a job past the front’s 300 s limit answers 504, and Wings still finishes it', async () => {
    const state = settings()
    const rate = state.jobBytesPerSecond
    const size = (await list('/')).find((f) => f.name === 'server.properties')?.size as number
    // Slow the node down so that this archive takes 400 s.
    state.jobBytesPerSecond = size / 400
    try {
      // A new second: archives are named by the second they start in.
      demo.panel.clock.advance(1000)
      const archives = async () =>
        (await list('/')).filter((f) => /^archive-/.test(f.name as string)).length
      const before = await archives()
      // The request waits on the front's 300 s (the job's own 400 s run on beside it).
      const front = timerSet(demo.panel.clock, 300_000)
      const pending = compress('/', ['server.properties'])
      await front
      demo.panel.clock.advance(300_000)
      const res = await pending
      expect(res.status).toBe(504)
      expect(res.text).toContain('504 Gateway Time-out')
      expect(await archives()).toBe(before)
      demo.panel.clock.advance(100_000)
      expect(await archives()).toBe(before + 1)
    } finally {
      state.jobBytesPerSecond = rate
    }
  })

  it('a job of a few seconds answers when its time has passed on the demo clock', async () => {
    const state = settings()
    const rate = state.jobBytesPerSecond
    const size = (await list('/')).find((f) => f.name === 'eula.txt')?.size as number
    state.jobBytesPerSecond = size / 5
    try {
      demo.panel.clock.advance(1000)
      // Five seconds of the node's time, then the answer.
      const job = timerSet(demo.panel.clock, 5000)
      let answered = false
      const pending = compress('/', ['eula.txt']).finally(() => (answered = true))
      await job
      demo.panel.clock.advance(4999)
      await new Promise<void>((resolve) => setImmediate(resolve))
      expect(answered).toBe(false)
      demo.panel.clock.advance(1)
      const res = await pending
      expect(res.status).toBe(200)
    } finally {
      state.jobBytesPerSecond = rate
    }
  })
})

describe('through Talon’s relay', SLOW, () => {
  it('relays a download and an upload to the fake Wings', async () => {
    const dist = makeDist()
    const key = (
      await browser.post('/api/client/account/api-keys', {
        description: 'files relay',
        allowed_ips: [],
      })
    ).body as { attributes: { identifier: string }; meta: { secret_token: string } }
    const bearer = `${key.attributes.identifier}${key.meta.secret_token}`
    const relay = createWingsRelay({
      panelOrigin: demo.url,
      trustProxy: false,
      secret: 'files-relay-test-secret-long-enough-0123456789',
    })
    const app = createTalonApp({
      panelUrl: demo.url,
      dist: dist.dir,
      trustProxy: false,
      wingsRelay: relay,
    })
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
    })
    const talon = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const api = (p: string) =>
      fetch(`${talon}${base}/${p}`, {
        headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
      })
    try {
      const down = (await (await api('download?file=/eula.txt')).json()) as {
        attributes: { url: string }
      }
      expect(down.attributes.url).toMatch(/^\/_talon\/wings\/download\?u=/)
      const file = await fetch(`${talon}${down.attributes.url}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-disposition')).toBe('attachment; filename="eula.txt"')
      expect(await file.text()).toContain('eula=true')

      const up = (await (await api('upload')).json()) as { attributes: { url: string } }
      expect(up.attributes.url).toMatch(/^\/_talon\/wings\/upload\?u=/)
      const form = new FormData()
      form.append('files', new Blob(['through the relay']), 'relayed.txt')
      // The folder goes on the relay URL, as the page appends it to the URL it was given.
      const sent = await fetch(`${talon}${up.attributes.url}&directory=%2Frelay%2Fin`, {
        method: 'POST',
        headers: { Origin: talon },
        body: form,
      })
      expect(sent.status).toBe(200)
      expect((await browser.get(`${base}/contents?file=/relay/in/relayed.txt`)).text).toBe(
        'through the relay',
      )
    } finally {
      relay.close()
      ;(server as HttpServer).closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      dist.remove()
    }
  })
})
