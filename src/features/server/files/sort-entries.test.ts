import { describe, expect, it } from 'vitest'

import type { FileEntry } from '@/api/files'

import { compareNames, filterEntries, sortEntries } from './sort-entries'

const entry = (name: string, isFile: boolean, size = 0, modifiedAt = 0): FileEntry => ({
  name,
  isFile,
  size,
  modifiedAt,
  createdAt: 0,
  mode: isFile ? '-rw-r--r--' : 'drwxr-xr-x',
  modeBits: isFile ? '644' : '755',
  isSymlink: false,
  mimetype: isFile ? 'text/plain' : 'inode/directory',
})

// Wings' own order: files in reverse name order, then folders (contract, corrections).
const wings = [
  entry('file10.txt', true, 30, 3),
  entry('file2.txt', true, 10, 1),
  entry('B.txt', true, 20, 2),
  entry('world', false, 4096, 9),
  entry('logs', false, 4096, 8),
]
const names = (list: readonly FileEntry[]) => list.map((e) => e.name)

describe('sorting and filtering', () => {
  it('puts folders first, then names in natural order either way', () => {
    expect(names(sortEntries(wings, { key: 'name', direction: 'asc' }))).toEqual([
      'logs',
      'world',
      'B.txt',
      'file2.txt',
      'file10.txt',
    ])
    expect(names(sortEntries(wings, { key: 'name', direction: 'desc' }))).toEqual([
      'world',
      'logs',
      'file10.txt',
      'file2.txt',
      'B.txt',
    ])
  })

  it('sorts by size and by modified time', () => {
    expect(names(sortEntries(wings, { key: 'size', direction: 'desc' })).slice(2)).toEqual([
      'file10.txt',
      'B.txt',
      'file2.txt',
    ])
    expect(names(sortEntries(wings, { key: 'modified', direction: 'asc' })).slice(2)).toEqual([
      'file2.txt',
      'B.txt',
      'file10.txt',
    ])
  })

  it('compares names naturally, like the collator, but fast', () => {
    const list = ['file10', 'file2', 'a', 'b1c', 'b2', 'b1', 'x9y', 'x10', 'x009z']
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
    const expected = [...list].sort((a, b) => collator.compare(a, b))
    expect([...list].sort((a, b) => compareNames(a, b) || (a < b ? -1 : 1))).toEqual(expected)
    expect(compareNames('file2', 'file10')).toBeLessThan(0)
    expect(compareNames('abc', 'abc')).toBe(0)
    // Non-ASCII names still sort by the collator.
    expect(
      names(
        sortEntries([entry('Öl', true), entry('Zebra', true), entry('Apfel', true)], {
          key: 'name',
          direction: 'asc',
        }),
      ),
    ).toEqual(['Apfel', 'Öl', 'Zebra'])
  })

  it('filters by name, case-insensitively', () => {
    expect(names(filterEntries(wings, 'FILE'))).toEqual(['file10.txt', 'file2.txt'])
    expect(filterEntries(wings, '  ')).toBe(wings)
  })
})
