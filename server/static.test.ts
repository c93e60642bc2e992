import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { createTalonApp } from './app'
import { ASSET_JS, INDEX_HTML, makeDist } from './test-kit'

const dist = makeDist()
// Nothing listens on port 9; static requests must never try to reach it.
const app = createTalonApp({ panelUrl: 'http://127.0.0.1:9', dist: dist.dir, trustProxy: false })
afterAll(() => dist.remove())

const html = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }

describe('static files', () => {
  it('serves hashed assets with an immutable cache and gzip', async () => {
    const res = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    const body = Buffer.from(await res.arrayBuffer())
    expect(body.byteLength).toBeLessThan(ASSET_JS.length)
    expect(gunzipSync(body).toString()).toBe(ASSET_JS)
  })

  it('prefers brotli when offered and falls back to identity', async () => {
    const br = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, br' },
    })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(ASSET_JS)

    const plain = await app.request('/assets/index-abc123.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
    expect(await plain.text()).toBe(ASSET_JS)

    const refused = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip;q=0' },
    })
    expect(refused.headers.get('content-encoding')).toBeNull()
  })

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await app.request('/favicon.svg')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await app.request('/favicon.svg', { headers: { 'If-None-Match': etag ?? '' } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('gives other public files a short cache', async () => {
    for (const file of ['/favicon.svg', '/theme.js']) {
      const res = await app.request(file)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    }
    expect((await app.request('/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml')
  })

  it('serves index.html with no-cache', async () => {
    for (const path of ['/', '/index.html']) {
      const res = await app.request(path, { headers: html })
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toBe(INDEX_HTML)
    }
  })

  it.each([
    '/account/api',
    '/login?redirect=%2Faccount',
    '/servers/1a7ce997/settings',
    '/admin',
    '/auth/login',
  ])('falls back to the SPA for the deep link %s', async (path) => {
    const res = await app.request(path, { headers: html })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(await res.text()).toBe(INDEX_HTML)
  })

  it('answers HEAD like GET without a body', async () => {
    const res = await app.request('/account', { method: 'HEAD', headers: html })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toBe('')
  })

  it.each([
    '/assets/index-old999.js',
    '/assets/missing.css',
    '/assets/',
    '/assets/nested/x',
    '/robots.txt',
    '/account/logo.png',
    '/.env',
  ])('answers 404, not index.html, for the missing file %s', async (path) => {
    const res = await app.request(path, { headers: html })
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('<!doctype html>')
  })

  it('does not answer API-style requests with HTML', async () => {
    const json = await app.request('/account/api', { headers: { Accept: 'application/json' } })
    expect(json.status).toBe(404)
    expect(json.headers.get('content-type')).toBe('application/json')
    const post = await app.request('/account', { method: 'POST', headers: html })
    expect(post.status).toBe(404)
  })
})
