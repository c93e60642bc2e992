import { describe, expect, it, vi } from 'vitest'

import { de } from './de'
import { en } from './en'

// The server area's namespaces stay out of the app's first load: a fresh copy of the language
// module (the test setup has already loaded them into the shared one) starts without them.
async function freshLanguageModule() {
  vi.resetModules()
  return import('./language')
}

describe('server area messages', () => {
  it('are absent until the server routes load them, then present', async () => {
    const language = await freshLanguageModule()
    const before = language.messages() as Partial<typeof en>
    expect(before.servers?.page.title).toBe(en.servers.page.title)
    expect(before.server).toBeUndefined()
    expect(before.backups).toBeUndefined()
    await language.loadServerAreaMessages()
    expect(language.messages().server.shell.tabs.console).toBe(en.server.shell.tabs.console)
    expect(Object.keys(language.messages().backups)).toEqual(Object.keys(en.backups))
  })

  it('reach a German page that was already showing', async () => {
    const language = await freshLanguageModule()
    await language.setLanguage('de', false)
    expect((language.messages() as Partial<typeof en>).server).toBeUndefined()
    expect(language.messages().servers.page.title).toBe(de.servers.page.title)
    await language.loadServerAreaMessages()
    expect(language.getI18n().language).toBe('de')
    expect(language.messages().server.shell.tabs.console).toBe(de.server.shell.tabs.console)
  })

  it('stay in a German catalogue that arrives after them (a full page load of a server page)', async () => {
    vi.resetModules()
    // German is still downloading when the server route's texts arrive.
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    vi.doMock('./de', async () => {
      await gate
      return vi.importActual('./de')
    })
    try {
      const language = await import('./language')
      const german = language.setLanguage('de', false)
      await language.loadServerAreaMessages()
      release()
      await german
      expect(language.getI18n().language).toBe('de')
      expect(language.messages().server.shell.tabs.console).toBe(de.server.shell.tabs.console)
      expect(language.messages().backups).toBeDefined()
    } finally {
      vi.doUnmock('./de')
    }
  })
})
