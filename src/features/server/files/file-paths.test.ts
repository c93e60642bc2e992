import { describe, expect, it } from 'vitest'

import {
  baseName,
  breadcrumbs,
  checkEntryName,
  filesUrls,
  hashFromPath,
  isEditable,
  joinPath,
  normalizePath,
  parentPath,
  pathFromHash,
  relativeTo,
  resolveMoveTarget,
} from './file-paths'

describe('file paths', () => {
  it('normalises slashes, dots and `..` without leaving the root', () => {
    expect(normalizePath('')).toBe('/')
    expect(normalizePath('//plugins///x/')).toBe('/plugins/x')
    expect(normalizePath('/a/./b/../c')).toBe('/a/c')
    expect(normalizePath('/../../etc/passwd')).toBe('/etc/passwd')
  })

  it('joins, takes parents and base names', () => {
    expect(joinPath('/', 'server.properties')).toBe('/server.properties')
    expect(joinPath('/plugins', 'x/config.yml')).toBe('/plugins/x/config.yml')
    expect(joinPath('/plugins', '../logs')).toBe('/logs')
    expect(joinPath('/plugins', '/world')).toBe('/world')
    expect(parentPath('/plugins/x')).toBe('/plugins')
    expect(parentPath('/')).toBe('/')
    expect(baseName('/plugins/x/config.yml')).toBe('config.yml')
  })

  it('round-trips the URL hash, with encoded segments', () => {
    expect(pathFromHash('')).toBe('/')
    expect(pathFromHash('#')).toBe('/')
    expect(pathFromHash('#/plugins/x')).toBe('/plugins/x')
    expect(pathFromHash('#/my%20world/region')).toBe('/my world/region')
    expect(hashFromPath('/my world/100%')).toBe('#/my%20world/100%25')
    expect(pathFromHash(hashFromPath('/a b/#c?/ü'))).toBe('/a b/#c?/ü')
    // A stray `%` in a shared link is kept as text, not a crash.
    expect(pathFromHash('#/50%off')).toBe('/50%off')
    expect(pathFromHash('#/a/../../b')).toBe('/b')
  })

  it('builds breadcrumbs from the root down', () => {
    expect(breadcrumbs('/')).toEqual([{ name: '', path: '/' }])
    expect(breadcrumbs('/plugins/x')).toEqual([
      { name: '', path: '/' },
      { name: 'plugins', path: '/plugins' },
      { name: 'x', path: '/plugins/x' },
    ])
  })

  it('resolves move targets, including `../`, and refuses to leave the root', () => {
    expect(resolveMoveTarget('/plugins', 'a.jar', '../a.jar')).toBe('/a.jar')
    expect(resolveMoveTarget('/plugins', 'a.jar', 'old/')).toBe('/plugins/old/a.jar')
    expect(resolveMoveTarget('/plugins/x', 'a', '../../')).toBe('/a')
    expect(resolveMoveTarget('/plugins', 'a', '/world/')).toBe('/world/a')
    expect(resolveMoveTarget('/plugins', 'a', '../../a')).toBeNull()
    expect(resolveMoveTarget('/', 'a', '../')).toBeNull()
    expect(resolveMoveTarget('/', 'a', '')).toBeNull()
  })

  it('writes the `to` the panel expects, relative to the root', () => {
    expect(relativeTo('/plugins', '/a.jar')).toBe('../a.jar')
    expect(relativeTo('/plugins', '/plugins/old/a.jar')).toBe('old/a.jar')
    expect(relativeTo('/a/b', '/a/c/d')).toBe('../c/d')
    expect(relativeTo('/', '/world/a')).toBe('world/a')
  })

  it('checks names the way Wings would refuse them', () => {
    expect(checkEntryName('  ')).toBe('empty')
    expect(checkEntryName('..')).toBe('dots')
    expect(checkEntryName('a/b')).toBe('slash')
    expect(checkEntryName('ü'.repeat(128))).toBe('tooLong') // 256 bytes
    expect(checkEntryName('x'.repeat(255))).toBeNull()
    expect(checkEntryName('server.properties')).toBeNull()
  })

  it('opens text in the editor but not archives, jars or images', () => {
    expect(isEditable('server.properties', 'text/plain')).toBe(true)
    expect(isEditable('world.tar.gz', 'application/gzip')).toBe(false)
    expect(isEditable('EssentialsX.jar', 'application/jar')).toBe(false)
    expect(isEditable('icon.png', 'image/png')).toBe(false)
    expect(isEditable('level.dat', 'application/octet-stream')).toBe(false)
  })

  it("builds the panel's URL shapes", () => {
    expect(filesUrls.folder('1a7ce997', '/plugins/x')).toBe('/server/1a7ce997/files#/plugins/x')
    expect(filesUrls.edit('1a7ce997', '/server.properties')).toBe(
      '/server/1a7ce997/files/edit#/server.properties',
    )
    expect(filesUrls.create('1a7ce997', '/')).toBe('/server/1a7ce997/files/new#/')
  })
})
