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

/** The editor extension for a language. A failed chunk load gives plain text, not an error. */
export async function loadLanguage(id: LanguageId): Promise<Extension> {
  try {
    return await LOADERS[id]()
  } catch {
    return []
  }
}
