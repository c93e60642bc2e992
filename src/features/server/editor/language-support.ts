import { StreamLanguage } from '@codemirror/language'
import type { StreamParser } from '@codemirror/language'
import type { Extension } from '@codemirror/state'

import type { LanguageId } from './languages'

// One dynamic import per language: each grammar is its own chunk, fetched when a file of that
// kind opens. The legacy modes (properties, TOML, shell, Python, Lua) are small stream parsers.

const legacy = async <T>(load: Promise<T>, pick: (m: T) => StreamParser<unknown>) =>
  StreamLanguage.define(pick(await load))

const LOADERS: Record<LanguageId, () => Promise<Extension>> = {
  plain: () => Promise.resolve([]),
  properties: () => legacy(import('@codemirror/legacy-modes/mode/properties'), (m) => m.properties),
  toml: () => legacy(import('@codemirror/legacy-modes/mode/toml'), (m) => m.toml),
  shell: () => legacy(import('@codemirror/legacy-modes/mode/shell'), (m) => m.shell),
  python: () => legacy(import('@codemirror/legacy-modes/mode/python'), (m) => m.python),
  lua: () => legacy(import('@codemirror/legacy-modes/mode/lua'), (m) => m.lua),
  yaml: async () => (await import('@codemirror/lang-yaml')).yaml(),
  json: async () => (await import('@codemirror/lang-json')).json(),
  javascript: async () => (await import('@codemirror/lang-javascript')).javascript(),
  typescript: async () =>
    (await import('@codemirror/lang-javascript')).javascript({ typescript: true, jsx: true }),
  xml: async () => (await import('@codemirror/lang-xml')).xml(),
  html: async () => (await import('@codemirror/lang-html')).html(),
  css: async () => (await import('@codemirror/lang-css')).css(),
  markdown: async () => (await import('@codemirror/lang-markdown')).markdown(),
}

const loaded = new Map<LanguageId, Promise<Extension>>()

/**
 * The editor extension for a language, fetched once per page. The edit page asks for it as soon
 * as it knows the file's name, so the grammar downloads while the file does. A failed chunk load
 * gives plain text (and is tried again next time), never an error: highlighting is a nicety.
 */
export function loadLanguage(id: LanguageId): Promise<Extension> {
  let pending = loaded.get(id)
  if (!pending) {
    pending = LOADERS[id]().catch(() => {
      loaded.delete(id)
      return []
    })
    loaded.set(id, pending)
  }
  return pending
}
