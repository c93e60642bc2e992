import { describe, expect, it } from 'vitest'

import { checkFileName, MAX_NAME_BYTES } from './file-name'

describe('checkFileName', () => {
  it('accepts an ordinary name', () => {
    expect(checkFileName('config.yml')).toBeNull()
    expect(checkFileName('  spawn settings.json  ', ['spawn.json'])).toBeNull()
    expect(checkFileName('.env')).toBeNull()
    expect(checkFileName('Ünïcödé-名前.txt')).toBeNull()
  })

  it('refuses an empty name', () => {
    expect(checkFileName('')).toBe('empty')
    expect(checkFileName('   ')).toBe('empty')
  })

  it('refuses slashes either way round', () => {
    expect(checkFileName('plugins/config.yml')).toBe('slash')
    expect(checkFileName('../server.properties')).toBe('slash')
    expect(checkFileName('a\\b.txt')).toBe('slash')
  })

  it('refuses the dot names and control characters', () => {
    expect(checkFileName('.')).toBe('dots')
    expect(checkFileName('..')).toBe('dots')
    expect(checkFileName('two\nlines.txt')).toBe('control')
    expect(checkFileName('nul\u0000.txt')).toBe('control')
  })

  it('counts the length in UTF-8 bytes, as the filesystem does', () => {
    expect(checkFileName('a'.repeat(MAX_NAME_BYTES))).toBeNull()
    expect(checkFileName('a'.repeat(MAX_NAME_BYTES + 1))).toBe('tooLong')
    // 128 × "ä" is 128 characters but 256 bytes.
    expect(checkFileName('ä'.repeat(128))).toBe('tooLong')
    expect(checkFileName('ä'.repeat(127))).toBeNull()
  })

  it('refuses a name already in the folder, case-sensitively', () => {
    const existing = ['server.properties', 'plugins']
    expect(checkFileName('server.properties', existing)).toBe('exists')
    expect(checkFileName(' plugins ', existing)).toBe('exists')
    expect(checkFileName('Server.properties', existing)).toBeNull()
  })
})
