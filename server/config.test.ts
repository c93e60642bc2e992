import { describe, expect, it } from 'vitest'
import { ConfigError, demoRefusal, loadConfig, parsePanelUrl, parseTrustProxy } from './config'
import { isTrustedPeer } from './client-view'

describe('config', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      panelUrl: undefined,
      port: 8080,
      host: '127.0.0.1',
      trustProxy: false,
      dist: 'dist',
      upstreamTimeoutMs: 30_000,
      publicUrl: undefined,
      demo: false,
      logLevel: 'info',
      maxConnections: 1024,
    })
  })

  it('reads every variable', () => {
    expect(
      loadConfig({
        PANEL_URL: 'https://panel.example.com/',
        PORT: '9000',
        HOST: '0.0.0.0',
        TRUST_PROXY: '10.0.0.0/8, loopback',
        DIST: 'build',
        UPSTREAM_TIMEOUT_MS: '5000',
        PUBLIC_URL: 'https://talon.example.com/',
        DEMO: '1',
        LOG_LEVEL: 'Warn',
        MAX_CONNECTIONS: '300',
      }),
    ).toEqual({
      panelUrl: 'https://panel.example.com',
      port: 9000,
      host: '0.0.0.0',
      trustProxy: ['10.0.0.0/8', 'loopback'],
      dist: 'build',
      upstreamTimeoutMs: 5000,
      publicUrl: 'https://talon.example.com',
      demo: true,
      logLevel: 'warn',
      maxConnections: 300,
    })
  })

  it.each([
    ['panel.example.com', /not a valid URL/],
    ['ftp://panel.example.com', /http:\/\/ or https:\/\//],
    ['https://user:pw@panel.example.com', /user name or password/],
    ['https://panel.example.com/panel', /origin only.*use "https:\/\/panel.example.com"/],
    ['https://panel.example.com/?x=1', /origin only/],
  ])('refuses PANEL_URL=%s with a clear message', (value, message) => {
    expect(() => parsePanelUrl(value)).toThrow(ConfigError)
    expect(() => parsePanelUrl(value)).toThrow(message)
  })

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['UPSTREAM_TIMEOUT_MS', '-1'],
    ['TRUST_PROXY', 'my-proxy'],
    ['TRUST_PROXY', '10.0.0.0/99'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
  })

  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['false', false],
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['127.0.0.1,::1', ['127.0.0.1', '::1']],
  ])('TRUST_PROXY=%j ⇒ %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected)
  })

  it('matches trusted peers, IPv4-mapped addresses included', () => {
    expect(isTrustedPeer(['10.0.0.0/8'], '::ffff:10.1.2.3')).toBe(true)
    expect(isTrustedPeer(['10.0.0.0/8'], '11.0.0.1')).toBe(false)
    expect(isTrustedPeer(['loopback'], '::1')).toBe(true)
    expect(isTrustedPeer(['loopback'], '::ffff:127.0.0.1')).toBe(true)
    expect(isTrustedPeer(['2001:db8::/32'], '2001:db8::5')).toBe(true)
    expect(isTrustedPeer(['2001:db8::/32'], '10.0.0.1')).toBe(false)
    expect(isTrustedPeer(['192.0.2.1'], '192.0.2.1')).toBe(true)
    expect(isTrustedPeer(true, undefined)).toBe(true)
    expect(isTrustedPeer(false, '127.0.0.1')).toBe(false)
    expect(isTrustedPeer(['loopback'], undefined)).toBe(false)
  })
})

describe('demo panel on a network address (issue 20, point 8)', () => {
  it.each(['0.0.0.0', '::', '10.0.0.5', '192.168.1.20', 'talon.example.com'])(
    'HOST=%s without PANEL_URL is refused',
    (host) => {
      expect(demoRefusal(loadConfig({ HOST: host }))).toMatch(/DEMO=1/)
    },
  )

  it.each(['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost'])('HOST=%s is fine', (host) => {
    expect(demoRefusal(loadConfig({ HOST: host }))).toBeUndefined()
  })

  it('DEMO=1 or a PANEL_URL lifts the refusal', () => {
    expect(demoRefusal(loadConfig({ HOST: '0.0.0.0', DEMO: '1' }))).toBeUndefined()
    expect(demoRefusal(loadConfig({ HOST: '0.0.0.0', DEMO: 'yes' }))).toMatch(/DEMO=1/)
    expect(
      demoRefusal(loadConfig({ HOST: '0.0.0.0', PANEL_URL: 'https://panel.example.com' })),
    ).toBeUndefined()
  })
})
