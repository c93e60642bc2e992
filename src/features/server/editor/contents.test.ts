import { describe, expect, it } from 'vitest'

import { classifyContents, lineSeparatorOf, looksBinary } from './contents'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('looksBinary', () => {
  it('takes text, including tabs, CRLF and ANSI colours, as text', () => {
    expect(looksBinary(bytes('motd=A Minecraft Server\r\npvp=true\n\tindented\n'))).toBe(false)
    expect(looksBinary(bytes('\u001b[32m[INFO]\u001b[0m Done (3.2s)!\n'))).toBe(false)
    expect(looksBinary(new Uint8Array())).toBe(false)
  })

  it('takes a NUL byte near the start as binary', () => {
    // A jar (zip) starts with PK\x03\x04 and soon has NULs.
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00]))).toBe(true)
  })

  it('takes mostly control bytes as binary even without NUL', () => {
    const noise = new Uint8Array(1000).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expect(looksBinary(noise)).toBe(true)
  })

  it('only looks at the first 8000 bytes', () => {
    const late = new Uint8Array(9000).fill(0x61)
    late[8500] = 0
    expect(looksBinary(late)).toBe(false)
  })
})

describe('classifyContents', () => {
  it('decodes UTF-8 text, keeping a byte-order mark', () => {
    expect(classifyContents(bytes('\uFEFFname=Größe ✓\n'))).toEqual({
      kind: 'text',
      text: '\uFEFFname=Größe ✓\n',
    })
  })

  it('refuses binary and non-UTF-8 text rather than mangling it', () => {
    expect(
      classifyContents(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])),
    ).toEqual({
      kind: 'binary',
    })
    // "Größe" in Latin-1.
    expect(classifyContents(new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65]))).toEqual({
      kind: 'notUtf8',
    })
  })
})

describe('lineSeparatorOf', () => {
  it('keeps the line break the file mostly uses', () => {
    expect(lineSeparatorOf('a\r\nb\r\nc')).toBe('\r\n')
    expect(lineSeparatorOf('a\nb\nc')).toBe('\n')
    expect(lineSeparatorOf('one line')).toBe('\n')
    expect(lineSeparatorOf('a\r\nb\nc\nd')).toBe('\n')
  })
})
