import { joinPath, normalizePath, parentPath } from './file-paths'

// The upload queue: files (and folders, as relative paths) dropped or picked go here, are sent a
// few at a time, each with its own progress, and can be cancelled and retried. The network is
// behind `UploadTransport` so the logic is tested without XHR. Folders are recreated first
// (create-folder for each level, parents before children), then each file is sent into its own
// folder with a fresh single-use link.

export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled'

export interface UploadItem {
  id: number
  /** Path relative to the folder it was dropped on, e.g. `world/region/r.0.0.mca`. */
  relativePath: string
  /** The absolute folder it lands in. */
  directory: string
  size: number
  loaded: number
  status: UploadStatus
  /** Why it failed; `tooLarge` is known before sending when the node's limit is known. */
  error?: UploadError
}

export type UploadError =
  | { kind: 'tooLarge'; limitBytes: number }
  | { kind: 'folder'; cause: unknown }
  | { kind: 'send'; cause: unknown }

export interface PickedFile {
  file: File
  /** `a/b/c.txt` for a file inside a dropped folder; the bare name otherwise. */
  relativePath: string
}

export interface UploadTransport {
  /** Makes `name` inside `root` (the panel's create-folder; an existing folder is fine). */
  createFolder: (root: string, name: string) => Promise<void>
  /** Sends one file into `directory`; reports bytes sent; rejects with the reason on failure. */
  send: (
    file: File,
    directory: string,
    onProgress: (loaded: number) => void,
    signal: AbortSignal,
  ) => Promise<void>
}

export interface UploadQueueOptions {
  transport: UploadTransport
  /** Files sent at once. */
  concurrency?: number
  /** The largest file the node takes, when known (checked before any byte is sent). */
  limitBytes?: () => number | null
  /** Called once per finished file (to refresh the folder listing). */
  onUploaded?: (item: UploadItem) => void
}

interface Entry {
  item: UploadItem
  file: File
  /** The folder it was dropped on (exists already); only folders below it are made. */
  root: string
  /** The folders this drop makes, each once (a later drop makes its own again: mkdir -p). */
  folders: Map<string, Promise<void>>
  controller?: AbortController
}

export interface UploadQueue {
  add: (files: readonly PickedFile[], targetDir: string, emptyFolders?: readonly string[]) => void
  cancel: (id: number) => void
  retry: (id: number) => void
  /** Removes finished, failed and cancelled rows. */
  clearFinished: () => void
  items: () => readonly UploadItem[]
  subscribe: (listener: () => void) => () => void
}

/** Every folder a set of relative paths needs under `targetDir`, parents first. */
export function foldersToCreate(
  targetDir: string,
  relativePaths: readonly string[],
  emptyFolders: readonly string[] = [],
): string[] {
  const root = normalizePath(targetDir)
  const needed = new Set<string>()
  const addChain = (dir: string) => {
    for (let d = dir; d !== root && d !== '/' && !needed.has(d); d = parentPath(d)) needed.add(d)
  }
  for (const rel of relativePaths) addChain(parentPath(joinPath(root, rel)))
  for (const rel of emptyFolders) addChain(joinPath(root, rel))
  return [...needed].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))
}

export function createUploadQueue(options: UploadQueueOptions): UploadQueue {
  const { transport, concurrency = 2 } = options
  const entries: Entry[] = []
  const listeners = new Set<() => void>()
  let snapshot: readonly UploadItem[] = []
  let nextId = 1

  const emit = () => {
    snapshot = entries.map((e) => e.item)
    for (const listener of listeners) listener()
  }

  const update = (entry: Entry, patch: Partial<UploadItem>) => {
    entry.item = { ...entry.item, ...patch }
    emit()
  }

  const ensureFolder = (
    dir: string,
    root: string,
    folders: Map<string, Promise<void>>,
  ): Promise<void> => {
    if (dir === root || dir === '/') return Promise.resolve()
    const known = folders.get(dir)
    if (known) return known
    const parent = parentPath(dir)
    const made = ensureFolder(parent, root, folders).then(() =>
      transport.createFolder(parent, dir.split('/').pop() ?? ''),
    )
    // A failed folder may be retried later.
    made.catch(() => folders.delete(dir))
    folders.set(dir, made)
    return made
  }

  const pump = () => {
    let running = entries.filter((e) => e.item.status === 'uploading').length
    for (const entry of entries) {
      if (running >= concurrency) break
      if (entry.item.status !== 'queued') continue
      const limit = options.limitBytes?.() ?? null
      if (limit !== null && entry.item.size > limit) {
        update(entry, { status: 'failed', error: { kind: 'tooLarge', limitBytes: limit } })
        continue
      }
      running++
      void start(entry)
    }
  }

  const start = async (entry: Entry) => {
    const controller = new AbortController()
    entry.controller = controller
    update(entry, { status: 'uploading', loaded: 0, error: undefined })
    const { directory } = entry.item
    try {
      await ensureFolder(directory, entry.root, entry.folders)
    } catch (cause) {
      if (entry.controller === controller && !controller.signal.aborted) {
        update(entry, { status: 'failed', error: { kind: 'folder', cause } })
      }
      pump()
      return
    }
    try {
      await transport.send(
        entry.file,
        directory,
        (loaded) => {
          if (entry.controller === controller && entry.item.status === 'uploading') {
            update(entry, { loaded: Math.min(loaded, entry.item.size) })
          }
        },
        controller.signal,
      )
      if (entry.controller !== controller || controller.signal.aborted) return
      update(entry, { status: 'done', loaded: entry.item.size })
      options.onUploaded?.(entry.item)
    } catch (cause) {
      if (entry.controller !== controller || controller.signal.aborted) return
      const limit = options.limitBytes?.() ?? null
      const error: UploadError =
        limit !== null && entry.item.size > limit
          ? { kind: 'tooLarge', limitBytes: limit }
          : { kind: 'send', cause }
      update(entry, { status: 'failed', error })
    } finally {
      pump()
    }
  }

  return {
    add(files, targetDir, emptyFolders = []) {
      const root = normalizePath(targetDir)
      const folders = new Map<string, Promise<void>>()
      // Folders with no file in them are made right away.
      for (const dir of foldersToCreate(root, [], emptyFolders)) {
        ensureFolder(dir, root, folders).catch(() => {}) // its files (if any) report the failure
      }
      for (const { file, relativePath } of files) {
        const full = joinPath(root, relativePath)
        entries.push({
          file,
          root,
          folders,
          item: {
            id: nextId++,
            relativePath,
            directory: parentPath(full),
            size: file.size,
            loaded: 0,
            status: 'queued',
          },
        })
      }
      emit()
      pump()
    },
    cancel(id) {
      const entry = entries.find((e) => e.item.id === id)
      if (!entry || (entry.item.status !== 'queued' && entry.item.status !== 'uploading')) return
      entry.controller?.abort()
      entry.controller = undefined
      update(entry, { status: 'cancelled' })
      pump()
    },
    retry(id) {
      const entry = entries.find((e) => e.item.id === id)
      if (!entry || (entry.item.status !== 'failed' && entry.item.status !== 'cancelled')) return
      update(entry, { status: 'queued', loaded: 0, error: undefined })
      pump()
    },
    clearFinished() {
      for (let i = entries.length - 1; i >= 0; i--) {
        const status = entries[i]?.item.status
        if (status !== 'queued' && status !== 'uploading') entries.splice(i, 1)
      }
      emit()
    },
    items: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
