import { describe, expect, it } from 'vitest'
import { checkRequestTarget, matchPanelRoute } from './request-target'
import { stripCookieDomain } from './app'

describe('checkRequestTarget', () => {
  it.each([
    ['/', '/', ''],
    ['/api/client', '/api/client', ''],
    ['/api/client/', '/api/client/', ''],
    ['/api/client?page=2&filter[name]=a%2Fb', '/api/client', '?page=2&filter[name]=a%2Fb'],
    ['/login?redirect=%2Faccount%2F..', '/login', '?redirect=%2Faccount%2F..'],
    ['/api/client/servers/1a7ce997/files%20x', '/api/client/servers/1a7ce997/files%20x', ''],
    ['/assets/index-abc.js', '/assets/index-abc.js', ''],
    ['/.well-known/security.txt', '/.well-known/security.txt', ''],
  ])('accepts %s', (raw, path, query) => {
    expect(checkRequestTarget(raw)).toEqual({ ok: true, path, query })
  })

  it.each([
    'http://evil.example/api/client',
    'https://127.0.0.1/api/client',
    '//evil.example/api/client',
    '*',
    'evil.example:443',
    '',
    '/api/client/..',
    '/api/client/../account',
    '/api/client/./account',
    '/api/client//account',
    '/api/client/%2e%2e/x',
    '/api/client/%2E./x',
    '/api/client/.%2e/x',
    '/api/client%2faccount',
    '/api/client%2Faccount',
    '/api/client/%5caccount',
    '/api/client/%5Caccount',
    '/api/client/%252e%252e/x',
    '/api/client/%25',
    '/api/client/%00',
    '/api/client/%0d%0aX-Injected:1',
    '/api/client/%zz',
    '/api/client/%4',
    '/api/client\\account',
    '/api/client/\u0000',
    '/api/client/ä',
    '/api/client#frag',
    '/api/client?x=1#frag',
    '/api/client?x=\u0001',
  ])('refuses %j', (raw) => {
    expect(checkRequestTarget(raw).ok).toBe(false)
  })
})

describe('matchPanelRoute', () => {
  it.each([
    ['GET', '/api/client'],
    ['POST', '/api/client/account/api-keys'],
    ['GET', '/sanctum/csrf-cookie'],
    ['HEAD', '/sanctum/csrf-cookie'],
    ['POST', '/auth/login'],
    ['POST', '/auth/password/reset'],
  ])('forwards %s %s', (method, path) => {
    expect(matchPanelRoute(method, path)).toEqual({ kind: 'forward' })
  })

  it.each([
    ['GET', '/api/clients'],
    ['GET', '/api/application'],
    ['POST', '/auth/login/'],
    ['POST', '/auth/password/reset/token'],
    ['GET', '/sanctum/csrf-cookie/x'],
    ['GET', '/'],
  ])('does not forward %s %s', (method, path) => {
    expect(matchPanelRoute(method, path)).toEqual({ kind: 'none' })
  })

  it('reports the allowed method for known routes', () => {
    expect(matchPanelRoute('GET', '/auth/logout')).toEqual({ kind: 'wrong-method', allow: 'POST' })
    expect(matchPanelRoute('POST', '/sanctum/csrf-cookie')).toEqual({
      kind: 'wrong-method',
      allow: 'GET, HEAD',
    })
  })
})

describe('stripCookieDomain', () => {
  it.each([
    ['a=1; Domain=panel.example.com; Path=/', 'a=1; Path=/'],
    ['a=1; path=/; domain=.panel.example.com; secure', 'a=1; path=/; secure'],
    ['a=1;DOMAIN=x;HttpOnly', 'a=1;HttpOnly'],
    ['a=domain=1; Path=/', 'a=domain=1; Path=/'],
    ['a=1', 'a=1'],
  ])('%s ⇒ %s', (input, output) => {
    expect(stripCookieDomain(input)).toBe(output)
  })
})
