import { describe, expect, it } from 'vitest'

import { hasBit, parseOctal, toggleBit, toOctal, toSymbolic } from './modes'

describe('file modes', () => {
  it('reads and writes octal', () => {
    expect(parseOctal('644')).toBe(0o644)
    expect(parseOctal(' 0755 ')).toBe(0o755)
    expect(parseOctal('2775')).toBe(0o2775)
    expect(parseOctal('648')).toBeNull()
    expect(parseOctal('64')).toBeNull()
    expect(toOctal(0o644)).toBe('644')
    expect(toOctal(0o7)).toBe('007')
    expect(toOctal(0o2775)).toBe('2775')
  })

  it('keeps the rwx matrix and the digits in step', () => {
    expect(toSymbolic(0o754)).toBe('rwxr-xr--')
    expect(hasBit(0o640, 'group', 'read')).toBe(true)
    expect(hasBit(0o640, 'others', 'read')).toBe(false)
    expect(toOctal(toggleBit(0o644, 'owner', 'execute'))).toBe('744')
    expect(toOctal(toggleBit(0o644, 'others', 'read'))).toBe('640')
  })
})
