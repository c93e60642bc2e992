import { describe, expect, it } from 'vitest'

import {
  basename,
  dirname,
  filePaths,
  folderCrumbs,
  hashFromPath,
  joinPath,
  normalizePath,
  pathFromHash,
} from './file-paths'

describe('file paths', () => {
  it('normalises without ever climbing above the root', () => {
    expect(normalizePath('')).toBe('/')
    expect(normalizePath('plugins//Essentials/./config.yml')).toBe('/plugins/Essentials/config.yml')
    expect(normalizePath('/a/b/../c/')).toBe('/a/c')
    expect(normalizePath('/../../etc/passwd')).toBe('/etc/passwd')
    expect(normalizePath('a\\b')).toBe('/a/b')
  })

  it('splits and joins', () => {
    expect(dirname('/plugins/a.yml')).toBe('/plugins')
    expect(dirname('/a.yml')).toBe('/')
    expect(basename('/plugins/a.yml')).toBe('a.yml')
    expect(basename('/')).toBe('')
    expect(joinPath('/plugins', 'x.yml')).toBe('/plugins/x.yml')
    expect(joinPath('/', 'x.yml')).toBe('/x.yml')
  })

  it('round-trips paths through the hash, segment by segment', () => {
    const path = '/My World/data #1/100%.json'
    expect(hashFromPath(path)).toBe('#/My%20World/data%20%231/100%25.json')
    expect(pathFromHash(hashFromPath(path))).toBe(path)
    expect(pathFromHash('')).toBe('/')
    // A stray `%` in a hand-typed link stays text instead of throwing.
    expect(pathFromHash('#/50%off.txt')).toBe('/50%off.txt')
  })

  it('builds the panel-shaped URLs', () => {
    expect(filePaths.edit('1a7ce997', '/server.properties')).toBe(
      '/server/1a7ce997/files/edit#/server.properties',
    )
    expect(filePaths.create('1a7ce997', '/plugins')).toBe('/server/1a7ce997/files/new#/plugins')
    expect(filePaths.list('1a7ce997', '/')).toBe('/server/1a7ce997/files')
    expect(filePaths.list('1a7ce997', '/plugins/Essentials')).toBe(
      '/server/1a7ce997/files#/plugins/Essentials',
    )
  })

  it('lists the folders leading to a path', () => {
    expect(folderCrumbs('/')).toEqual([])
    expect(folderCrumbs('/plugins/Essentials')).toEqual([
      { name: 'plugins', dir: '/plugins' },
      { name: 'Essentials', dir: '/plugins/Essentials' },
    ])
  })
})
