import { paths, safeRedirect } from './paths'

describe('safeRedirect', () => {
  it.each([
    ['/account', '/account'],
    ['/account/activity?page=2', '/account/activity?page=2'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/account', '/'],
    ['javascript:alert(1)', '/'],
    ['account', '/'],
    ['/login?redirect=/x', '/'],
    ['/login/checkpoint', '/'],
    [null, '/'],
    ['/\u0000x', '/'],
    // Issue 20, point 7: dot segments that fold into a protocol-relative URL once normalised.
    ['/.//evil.example/x', '/'],
    ['/x/..//evil.example/x', '/'],
    ['/./\\evil.example', '/'],
    ['/account/./activity', '/account/activity'],
  ])('%s → %s', (input, expected) => {
    expect(safeRedirect(input)).toBe(expected)
  })
})

describe('paths', () => {
  it('builds login URLs with an encoded redirect', () => {
    expect(paths.login({ redirect: '/account?tab=a&b=c', reason: 'expired' })).toBe(
      '/login?redirect=%2Faccount%3Ftab%3Da%26b%3Dc&reason=expired',
    )
    expect(paths.login()).toBe('/login')
  })
})
