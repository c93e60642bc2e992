import type { PickedFile } from './upload-queue'

// Turning what the browser hands over into files with relative paths. A dropped folder is walked
// through the (long-standing, non-standard but universal) `webkitGetAsEntry` API; a folder picked
// with `<input webkitdirectory>` carries `webkitRelativePath` on each file.

export interface PickedTree {
  files: PickedFile[]
  /** Folders with nothing in them (still recreated). */
  emptyFolders: string[]
}

/** `<input type=file>` (with or without `webkitdirectory`). */
export function filesFromInput(list: FileList | readonly File[]): PickedTree {
  const files = [...list].map((file) => ({
    file,
    relativePath: file.webkitRelativePath || file.name,
  }))
  return { files, emptyFolders: [] }
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries answers in batches (100 in Chromium) until it answers an empty one.
  return new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = []
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(out)
        else {
          out.push(...batch)
          next()
        }
      }, reject)
    next()
  })
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

async function walk(entry: FileSystemEntry, prefix: string, tree: PickedTree): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name
  if (entry.isFile) {
    tree.files.push({ file: await fileOf(entry as FileSystemFileEntry), relativePath: path })
    return
  }
  if (!entry.isDirectory) return
  const children = await readAll((entry as FileSystemDirectoryEntry).createReader())
  if (children.length === 0) tree.emptyFolders.push(path)
  for (const child of children) await walk(child, path, tree)
}

/**
 * A drop's files and folders. The entries must be taken synchronously inside the drop event
 * (the DataTransfer is emptied afterwards): call this from the handler and await the result.
 */
export function filesFromDataTransfer(data: DataTransfer): Promise<PickedTree> {
  const entries: FileSystemEntry[] = []
  const plain: File[] = []
  for (const item of [...data.items]) {
    if (item.kind !== 'file') continue
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null
    if (entry) entries.push(entry)
    else {
      const file = item.getAsFile()
      if (file) plain.push(file)
    }
  }
  if (entries.length === 0 && plain.length === 0) return Promise.resolve(filesFromInput(data.files))
  const tree: PickedTree = {
    files: plain.map((file) => ({ file, relativePath: file.name })),
    emptyFolders: [],
  }
  return (async () => {
    for (const entry of entries) await walk(entry, '', tree)
    return tree
  })()
}
