import { formatBytes, formatNumber, formatRelative } from './format'

describe('format', () => {
  it('formats bytes in binary steps', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte')
    expect(formatBytes(1536, 'en')).toBe('1.5 kB')
    expect(formatBytes(5 * 1024 ** 3, 'en')).toBe('5 GB')
  })
  it('formats relative times', () => {
    const now = new Date('2024-10-24T12:00:00Z')
    expect(formatRelative(new Date('2024-10-24T11:57:00Z'), now, 'en')).toBe('3 minutes ago')
    expect(formatRelative(new Date('2024-10-22T12:00:00Z'), now, 'en')).toBe('2 days ago')
    expect(formatRelative(now, now, 'en')).toBe('now')
  })
  it('formats numbers and sizes in the given language', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5')
    expect(formatBytes(1536, 'de')).toBe('1,5 kB')
  })
})
