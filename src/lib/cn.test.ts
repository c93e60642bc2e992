import { cn } from './cn'

describe('cn', () => {
  it('joins strings, arrays and condition objects, skipping falsy values', () => {
    expect(cn('a', false, undefined, null, ['b', { c: true, d: false }], 0, 'e')).toBe('a b c e')
  })

  it('keeps conflicting utilities (no tailwind-merge): overrides rely on CSS layers instead', () => {
    expect(cn('btn btn-secondary', 'text-danger-text')).toBe('btn btn-secondary text-danger-text')
  })
})
