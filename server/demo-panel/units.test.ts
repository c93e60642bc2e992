import { describe, expect, it } from 'vitest'

import { clientIp, expectsJson, parsePhpQuery } from './context'
import { INVALID_FORMAT, parseRange, rangeContains } from './ip-range'
import { loadPublicKey } from './ssh-keys'
import { validate } from './validation'

describe('IPTools Range::parse equivalent', () => {
  it.each([
    ['10.0.0.1', '10.0.0.1', '10.0.0.2'],
    ['10.0.0.0/8', '10.255.1.1', '11.0.0.0'],
    ['10.0.0.*', '10.0.0.200', '10.0.1.0'],
    ['10.0.0.5-10.0.0.9', '10.0.0.9', '10.0.0.10'],
    ['10.0.0.0 255.255.255.0', '10.0.0.77', '10.0.1.77'],
    ['2001:db8::/32', '2001:db8:ffff::1', '2001:db9::'],
    ['0x0a000001', '10.0.0.1', '10.0.0.2'],
    ['167772161', '10.0.0.1', '10.0.0.2'],
  ])('%s contains %s but not %s', (range, inside, outside) => {
    const parsed = parseRange(range)
    expect(rangeContains(parsed, inside)).toBe(true)
    expect(rangeContains(parsed, outside)).toBe(false)
  })

  it('throws "Invalid IP address format" for garbage and other messages for bad structure', () => {
    for (const bad of ['hodor', 'hodor/24', '/24', '10.0.0.256', '01.2.3.4', 'fe80::1%eth0', '']) {
      expect(() => parseRange(bad), bad).toThrow(INVALID_FORMAT)
    }
    expect(() => parseRange('10.0.0.0/33')).toThrow('Invalid prefix length')
    expect(() => parseRange('10.0.0.0 255.0.255.0')).toThrow('Invalid Netmask address format')
    expect(() => parseRange('10.0.0.9-10.0.0.1')).toThrow('First IP is grater than second')
  })
})

describe('Laravel validation semantics', () => {
  it('required stops the field; nullable skips; blank strings skip non-implicit rules', () => {
    const v = validate(
      { a: null, b: null, c: '  ', d: 5 },
      {
        a: ['required', 'string'],
        b: ['nullable', 'string'],
        c: ['string', 'min:3'],
        d: ['string', 'size:1'],
      },
    )
    expect(() => v.throwIfFailed()).toThrow()
    try {
      v.throwIfFailed()
    } catch (error) {
      expect((error as { entries: unknown[] }).entries).toEqual([
        {
          code: 'ValidationException',
          status: '422',
          detail: 'The a field is required.',
          meta: { source_field: 'a', rule: 'required' },
        },
        {
          code: 'ValidationException',
          status: '422',
          detail: 'The d must be a string.',
          meta: { source_field: 'd', rule: 'string' },
        },
      ])
    }
  })
})

describe('request helpers', () => {
  it('parses PHP-style query strings', () => {
    expect(parsePhpQuery('?filter[event]=auth&include[]=actor&include[]=x&page=2')).toEqual({
      filter: { event: 'auth' },
      include: ['actor', 'x'],
      page: '2',
    })
  })

  it('expectsJson follows Laravel', () => {
    const h = (init: Record<string, string>) => new Headers(init)
    expect(expectsJson(h({ Accept: 'application/json' }))).toBe(true)
    expect(expectsJson(h({ Accept: 'text/html, application/json' }))).toBe(false)
    expect(expectsJson(h({ 'X-Requested-With': 'XMLHttpRequest' }))).toBe(true)
    expect(expectsJson(h({ 'X-Requested-With': 'XMLHttpRequest', Accept: 'text/html' }))).toBe(
      false,
    )
  })

  it('trusts X-Forwarded-For only from loopback, taking the right-most untrusted hop', () => {
    const h = new Headers({ 'X-Forwarded-For': '1.1.1.1, 203.0.113.5, 127.0.0.1' })
    expect(clientIp(h, '127.0.0.1')).toBe('203.0.113.5')
    expect(clientIp(h, '::ffff:198.51.100.1')).toBe('198.51.100.1')
    expect(clientIp(new Headers(), undefined)).toBe('127.0.0.1')
  })

  it('loads bare base64 blobs and JWK public keys like phpseclib', () => {
    const blob = 'AAAAC3NzaC1lZDI1NTE5AAAAIOaXIq09NH4a93EVdrvHYiZ67Wj+GBEBQ9ou4W0qSYm2'
    expect(loadPublicKey(blob)?.fingerprint).toBe('T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M')
    expect(
      loadPublicKey(
        '{"kty":"OKP","crv":"Ed25519","x":"5pcirT00fhr3cRV2u8diJnrtaP4YEQFD2i7hbSpJibY"}',
      )?.fingerprint,
    ).toBe('T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M')
    expect(loadPublicKey(42)).toBeNull()
  })
})
