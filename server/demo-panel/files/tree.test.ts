import { describe, expect, it } from 'vitest'

import { isDenied } from './state'
import { dirNode, fileNode, FileTree, FsError, linkNode, VOLUMES, type Node } from './tree'
import { archiveName, goJoin } from './wings-files'
import { detectMime, modeBits, modeString } from './mime'

// Path handling of the in-memory volume: ufs' join-and-clean, the traversal guard, symlinks,
// the quota, and the names Wings gives copies.

const UUID = '1a7ce997-0000-4000-8000-000000000000'
const T = Date.UTC(2026, 11, 7, 4, 0, 0)

function volume(limitBytes = 0): FileTree {
  const root = dirNode(
    T,
    new Map<string, Node>([
      ['server.properties', fileNode(Buffer.from('motd=hi\n'), T)],
      [
        'plugins',
        dirNode(
          T,
          new Map<string, Node>([
            ['a.jar', fileNode(Buffer.alloc(100, 1), T)],
            ['cfg', dirNode(T, new Map([['c.yml', fileNode(Buffer.from('x: 1\n'), T)]]))],
          ]),
        ),
      ],
      ['inside', linkNode('plugins/cfg', T)],
      ['outside', linkNode('/etc', T)],
      ['climb', linkNode('../../etc', T)],
      ['loop', linkNode('loop', T)],
      ['backup.tar.gz', fileNode(Buffer.from([0x1f, 0x8b, 0]), T)],
    ]),
  )
  return new FileTree({ uuid: UUID, now: () => T + 1000, limitBytes: () => limitBytes }, root)
}

const kind = (fn: () => unknown): string => {
  try {
    fn()
  } catch (error) {
    if (error instanceof FsError) return error.kind
    throw error
  }
  return 'ok'
}

describe('paths', () => {
  it('joins onto the volume and cleans, like ufs unsafePath', () => {
    const tree = volume()
    expect(tree.clean('/')).toEqual([])
    expect(tree.clean('')).toEqual([])
    expect(tree.clean('plugins/../server.properties')).toEqual(['server.properties'])
    expect(tree.clean('//plugins///cfg/')).toEqual(['plugins', 'cfg'])
    // The base may be repeated at the front (TrimPrefix(path, basePath)).
    expect(tree.clean(`${VOLUMES}/${UUID}/plugins`)).toEqual(['plugins'])
    // Climbing out and back into the same volume lands inside it.
    expect(tree.clean(`../${UUID}/plugins`)).toEqual(['plugins'])
  })

  it('refuses any path that resolves outside the volume — a leading / does not help', () => {
    const tree = volume()
    for (const path of ['..', '../..', '/../../etc/passwd', 'plugins/../../x', '../other-uuid/x'])
      expect(kind(() => tree.clean(path))).toBe('bad-path')
  })

  it('reports a component over 255 bytes as name-too-long', () => {
    const tree = volume()
    expect(kind(() => tree.clean(`/${'a'.repeat(255)}`))).toBe('ok')
    expect(kind(() => tree.clean(`/${'a'.repeat(256)}`))).toBe('name-too-long')
    expect(kind(() => tree.clean(`/${'é'.repeat(128)}`))).toBe('name-too-long')
  })

  it("Go's path.Join keeps `..` under a rooted root, not under an empty one", () => {
    expect(goJoin('/', '../../etc/passwd')).toBe('/etc/passwd')
    expect(goJoin('/plugins', '../notes/a.jar')).toBe('/notes/a.jar')
    expect(goJoin('', '../x')).toBe('../x')
    expect(goJoin('/', '')).toBe('/')
    expect(goJoin('a/', 'b/')).toBe('a/b')
  })
})

describe('symlinks', () => {
  it('follows a link inside the volume, refuses absolute and climbing targets and loops', () => {
    const tree = volume()
    expect(tree.read('inside/c.yml').data.toString()).toBe('x: 1\n')
    expect(tree.list('inside').map(([n]) => n)).toEqual(['c.yml'])
    expect(kind(() => tree.list('outside'))).toBe('bad-path')
    expect(kind(() => tree.read('climb/passwd'))).toBe('bad-path')
    expect(kind(() => tree.stat('loop'))).toBe('bad-path')
    // lstat does not follow: the link itself is there.
    expect(tree.lstat('outside').kind).toBe('link')
  })

  it('removes a link, not what it points at', () => {
    const tree = volume()
    tree.removeAll('inside')
    expect(tree.read('plugins/cfg/c.yml').data.toString()).toBe('x: 1\n')
    expect(kind(() => tree.lstat('inside'))).toBe('not-exist')
  })
})

describe('operations', () => {
  it('reads, lists and writes with the right errors', () => {
    const tree = volume()
    expect(kind(() => tree.read('plugins'))).toBe('is-dir')
    expect(kind(() => tree.list('server.properties'))).toBe('not-dir')
    expect(kind(() => tree.list('missing'))).toBe('not-exist')
    expect(kind(() => tree.read('missing/x'))).toBe('not-exist')
    expect(kind(() => tree.write('plugins', Buffer.from('x')))).toBe('is-dir')
    tree.write('/new/deep/file.txt', Buffer.from('hello'))
    expect(tree.read('new/deep/file.txt').data.toString()).toBe('hello')
    expect(tree.stat('new/deep').kind).toBe('dir')
    expect(kind(() => tree.write('server.properties/x', Buffer.from('x')))).toBe('not-dir')
  })

  it('keeps the quota: a write, a copy or a placed archive may not pass the limit', () => {
    const tree = volume(300)
    const used = tree.usage()
    expect(used).toBe(8 + 100 + 5 + 3)
    expect(kind(() => tree.write('big.bin', Buffer.alloc(300 - used + 1)))).toBe('disk')
    tree.write('fits.bin', Buffer.alloc(300 - used))
    expect(tree.usage()).toBe(300)
    expect(kind(() => tree.copy('plugins/a.jar'))).toBe('disk')
    // Shrinking a file always fits.
    tree.write('fits.bin', Buffer.alloc(1))
    expect(tree.usage()).toBe(used + 1)
    tree.removeAll('plugins')
    expect(tree.usage()).toBe(used + 1 - 105)
  })

  it('renames: makes missing parents, never replaces, refuses the root and moving into itself', () => {
    const tree = volume()
    tree.rename('/server.properties', '/config/old/server.properties')
    expect(tree.read('config/old/server.properties').data.toString()).toBe('motd=hi\n')
    expect(kind(() => tree.rename('/plugins/a.jar', '/backup.tar.gz'))).toBe('exist')
    expect(kind(() => tree.rename('/', '/x'))).toBe('bad-path')
    expect(kind(() => tree.rename('/plugins', '/plugins/cfg/plugins'))).toBe('invalid')
    expect(kind(() => tree.rename('/ghost', '/x'))).toBe('not-exist')
  })

  it('names copies "x copy.ext", then "x copy 1.ext", keeping .tar.gz whole', () => {
    const tree = volume()
    expect(tree.copy('plugins/a.jar')).toBe('a copy.jar')
    expect(tree.copy('plugins/a.jar')).toBe('a copy 1.jar')
    expect(tree.copy('plugins/a.jar')).toBe('a copy 2.jar')
    expect(tree.copy('backup.tar.gz')).toBe('backup copy.tar.gz')
    expect(kind(() => tree.copy('plugins'))).toBe('not-exist')
  })

  it('refuses to delete the volume root; a missing path is fine', () => {
    const tree = volume()
    expect(kind(() => tree.removeAll('/'))).toBe('bad-path')
    expect(kind(() => tree.removeAll('../..'))).toBe('bad-path')
    expect(kind(() => tree.removeAll('/nothing/here'))).toBe('not-exist')
    expect(kind(() => tree.removeAll('/nothing'))).toBe('ok')
  })

  it('builds a lazy folder only when first read', () => {
    let built = 0
    const lazy = dirNode(T, null, {
      bytes: 30,
      populate: () => {
        built++
        return new Map<string, Node>([['a', fileNode(Buffer.alloc(30), T)]])
      },
    })
    const tree = new FileTree(
      { uuid: UUID, now: () => T, limitBytes: () => 0 },
      dirNode(T, new Map<string, Node>([['big', lazy]])),
    )
    expect(tree.usage()).toBe(30)
    expect(built).toBe(0)
    expect(tree.list('big')).toHaveLength(1)
    tree.list('big')
    expect(built).toBe(1)
  })
})

describe('what Wings reports', () => {
  it("formats modes like Go's FileMode.String", () => {
    expect(modeString('file', 0o644)).toBe('-rw-r--r--')
    expect(modeString('dir', 0o755)).toBe('drwxr-xr-x')
    expect(modeString('link', 0o777)).toBe('Lrwxrwxrwx')
    expect(modeString('file', 0o600)).toBe('-rw-------')
    expect(modeBits(0o644)).toBe('644')
    expect(modeBits(0)).toBe('0')
  })

  it('sniffs mimetypes from content, not names', () => {
    expect(detectMime(Buffer.from('key=value\n'))).toBe('text/plain; charset=utf-8')
    expect(detectMime(Buffer.from('{"a": 1}'))).toBe('application/json')
    expect(detectMime(Buffer.from('<?xml version="1.0"?><a/>'))).toBe('text/xml; charset=utf-8')
    expect(detectMime(Buffer.from('#!/bin/bash\necho hi\n'))).toBe('text/x-shellscript')
    expect(detectMime(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe('application/gzip')
    expect(detectMime(Buffer.from([0, 1, 2, 3, 0xff]))).toBe('application/octet-stream')
  })

  it('names archives archive-<RFC 3339 without colons>.tar.gz', () => {
    expect(archiveName(Date.UTC(2026, 11, 7, 4, 5, 6, 789))).toBe(
      'archive-2026-12-07T040506Z.tar.gz',
    )
  })

  it('matches the egg denylist like gitignore', () => {
    expect(isDenied(['server.jar'], '/server.jar')).toBe(true)
    expect(isDenied(['server.jar'], 'plugins/server.jar')).toBe(true)
    expect(isDenied(['/server.jar'], 'plugins/server.jar')).toBe(false)
    expect(isDenied(['*.jar'], '/plugins/a.jar')).toBe(true)
    expect(isDenied(['config/'], '/config/a.yml')).toBe(true)
    expect(isDenied(['server.jar'], '/server.jar.bak')).toBe(false)
  })
})
