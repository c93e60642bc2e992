import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Stub } from './test-kit'
import { makeDist, send, startStub } from './test-kit'

const root = path.resolve(import.meta.dirname, '..')
const dist = makeDist() // created now, so it is newer than every source: start.mjs won't build
let panel: Stub
const children: ChildProcessWithoutNullStreams[] = []

beforeAll(async () => {
  panel = await startStub()
})
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await panel.close()
  dist.remove()
})

function launch(env: Record<string, string>): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST: dist.dir, ...env },
  })
  children.push(child)
  return child
}

function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      const match = pattern.exec(out)
      if (match) resolve(match[1] ?? match[0])
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
  })
}

describe('npm start (scripts/start.mjs → server/main.ts)', () => {
  it('serves the app, forwards to PANEL_URL and stops cleanly on SIGTERM', async () => {
    const child = launch({ PANEL_URL: panel.url })
    const url = await waitForOutput(child, /Talon is running at (http:\/\/\S+)/)
    const page = await send(`${url}/account`, { headers: { Accept: 'text/html' } })
    expect(page.status).toBe(200)
    const api = await send(`${url}/api/client`, { headers: { Accept: 'application/json' } })
    expect(api.status).toBe(200)
    expect(panel.requests.at(-1)?.url).toBe('/api/client')

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 20_000)

  it('refuses a bad PANEL_URL with a clear message', async () => {
    const child = launch({ PANEL_URL: 'panel.example.com' })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(1)
    expect(err).toContain('Talon cannot start: PANEL_URL is not a valid URL')
  }, 20_000)

  // Issue 20, point 8: the Docker image listens on 0.0.0.0; without PANEL_URL it used to serve the
  // demo panel, whose passwords are in the README, to the network.
  it('refuses to serve the demo panel on a non-loopback HOST unless DEMO=1', async () => {
    const child = launch({ PANEL_URL: '', HOST: '0.0.0.0', DEMO: '' })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (out += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(1)
    expect(out).toContain('Talon cannot start: PANEL_URL is not set')
    expect(out).toContain('DEMO=1')
    expect(out).not.toContain('Talon is running')
  }, 20_000)

  it('runs compiled JavaScript: no TypeScript runner among the production dependencies', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx')
    expect(readFileSync(path.join(root, 'scripts/start.mjs'), 'utf8')).toContain(
      'dist-server/main.js',
    )
    expect(readFileSync(path.join(root, 'Dockerfile'), 'utf8')).toMatch(
      /CMD \[.*"dist-server\/main\.js"\]/,
    )
  })
})
