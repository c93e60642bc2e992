import { describe, expect, it } from 'vitest'

import { createUploadQueue, foldersToCreate } from './upload-queue'
import type { PickedFile, UploadTransport } from './upload-queue'

interface Pending {
  name: string
  directory: string
  progress: (loaded: number) => void
  resolve: () => void
  reject: (error: unknown) => void
  signal: AbortSignal
}

/** A transport whose sends finish when the test says so. */
function scriptedTransport(options: { failFolder?: string } = {}) {
  const folders: string[] = []
  const sends: Pending[] = []
  const transport: UploadTransport = {
    createFolder: (root, name) => {
      const path = root === '/' ? `/${name}` : `${root}/${name}`
      folders.push(path)
      return path === options.failFolder
        ? Promise.reject(new Error('disk full'))
        : Promise.resolve()
    },
    send: (file, directory, progress, signal) =>
      new Promise<void>((resolve, reject) => {
        sends.push({ name: file.name, directory, progress, resolve, reject, signal })
      }),
  }
  return { transport, folders, sends }
}

const pick = (relativePath: string, size = 10): PickedFile => ({
  file: new File(['x'.repeat(size)], relativePath.split('/').pop() ?? relativePath),
  relativePath,
})

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('upload queue', () => {
  it('lists the folders a dropped tree needs, parents first', () => {
    expect(
      foldersToCreate('/plugins', ['kit/a.yml', 'kit/lang/en.yml', 'b.jar'], ['kit/empty']),
    ).toEqual(['/plugins/kit', '/plugins/kit/empty', '/plugins/kit/lang'])
    expect(foldersToCreate('/', ['a.txt'])).toEqual([])
  })

  it('recreates a dropped folder, then sends each file into its own folder', async () => {
    const { transport, folders, sends } = scriptedTransport()
    const queue = createUploadQueue({ transport, concurrency: 5 })
    queue.add([pick('kit/a.yml'), pick('kit/lang/en.yml'), pick('b.jar')], '/plugins')
    await settle()
    expect(folders).toEqual(['/plugins/kit', '/plugins/kit/lang'])
    // A file at the top doesn't wait for the folders.
    expect(sends.map((s) => `${s.directory} ${s.name}`).sort()).toEqual([
      '/plugins b.jar',
      '/plugins/kit a.yml',
      '/plugins/kit/lang en.yml',
    ])
    for (const s of sends) s.resolve()
    await settle()
    expect(queue.items().map((i) => i.status)).toEqual(['done', 'done', 'done'])
  })

  it('sends a few at a time and reports progress per file', async () => {
    const { transport, sends } = scriptedTransport()
    const queue = createUploadQueue({ transport, concurrency: 2 })
    queue.add([pick('a', 100), pick('b', 100), pick('c', 100)], '/')
    await settle()
    expect(sends).toHaveLength(2)
    expect(queue.items().map((i) => i.status)).toEqual(['uploading', 'uploading', 'queued'])
    sends[0]?.progress(40)
    expect(queue.items()[0]?.loaded).toBe(40)
    sends[0]?.resolve()
    await settle()
    expect(sends).toHaveLength(3)
    expect(queue.items()[0]).toMatchObject({ status: 'done', loaded: 100 })
  })

  it('cancels an upload in flight (aborting it) and retries it with a fresh send', async () => {
    const { transport, sends } = scriptedTransport()
    const queue = createUploadQueue({ transport })
    queue.add([pick('a')], '/')
    await settle()
    const id = queue.items()[0]?.id ?? 0
    queue.cancel(id)
    expect(sends[0]?.signal.aborted).toBe(true)
    expect(queue.items()[0]?.status).toBe('cancelled')
    // A late answer of the cancelled attempt changes nothing.
    sends[0]?.resolve()
    await settle()
    expect(queue.items()[0]?.status).toBe('cancelled')
    queue.retry(id)
    await settle()
    expect(sends).toHaveLength(2)
    sends[1]?.resolve()
    await settle()
    expect(queue.items()[0]?.status).toBe('done')
  })

  it('marks a failed send, keeps the others going, and retries on request', async () => {
    const { transport, sends } = scriptedTransport()
    const queue = createUploadQueue({ transport })
    queue.add([pick('a'), pick('b')], '/')
    await settle()
    sends[0]?.reject(new Error('network'))
    sends[1]?.resolve()
    await settle()
    expect(queue.items().map((i) => i.status)).toEqual(['failed', 'done'])
    expect(queue.items()[0]?.error).toMatchObject({ kind: 'send' })
    queue.retry(queue.items()[0]?.id ?? 0)
    await settle()
    sends[2]?.resolve()
    await settle()
    expect(queue.items().map((i) => i.status)).toEqual(['done', 'done'])
    queue.clearFinished()
    expect(queue.items()).toEqual([])
  })

  it('refuses a file over the known limit before sending a byte', async () => {
    const { transport, sends } = scriptedTransport()
    const queue = createUploadQueue({ transport, limitBytes: () => 50 })
    queue.add([pick('big.zip', 51), pick('small.txt', 50)], '/')
    await settle()
    expect(sends.map((s) => s.name)).toEqual(['small.txt'])
    expect(queue.items()[0]).toMatchObject({
      status: 'failed',
      error: { kind: 'tooLarge', limitBytes: 50 },
    })
  })

  it('reports a limit learnt from the refusal as "too large"', async () => {
    const { transport, sends } = scriptedTransport()
    let limit: number | null = null
    const queue = createUploadQueue({ transport, limitBytes: () => limit })
    queue.add([pick('big.zip', 80)], '/')
    await settle()
    limit = 64 // what the transport learnt from Wings' 400
    sends[0]?.reject(new Error('File big.zip is larger than the maximum file upload size of 0 MB.'))
    await settle()
    expect(queue.items()[0]?.error).toEqual({ kind: 'tooLarge', limitBytes: 64 })
  })

  it("fails a folder's files when the folder can't be made", async () => {
    const { transport, sends } = scriptedTransport({ failFolder: '/kit' })
    const queue = createUploadQueue({ transport })
    queue.add([pick('kit/a'), pick('top')], '/')
    await settle()
    expect(sends.map((s) => s.name)).toEqual(['top'])
    expect(queue.items()[0]).toMatchObject({ status: 'failed', error: { kind: 'folder' } })
  })

  it('tells subscribers about every change', async () => {
    const { transport, sends } = scriptedTransport()
    const queue = createUploadQueue({ transport })
    let calls = 0
    const stop = queue.subscribe(() => calls++)
    queue.add([pick('a')], '/')
    await settle()
    sends[0]?.resolve()
    await settle()
    stop()
    expect(calls).toBeGreaterThanOrEqual(3) // queued, uploading, done
  })
})
