import { basename } from './file-paths'

// Which highlighting a file gets, by its name. The grammars themselves load lazily, one chunk per
// language (language-support.ts), so opening server.properties fetches no JavaScript parser.

export const LANGUAGES = [
  'plain',
  'properties',
  'yaml',
  'json',
  'toml',
  'javascript',
  'typescript',
  'shell',
  'xml',
  'html',
  'css',
  'markdown',
  'python',
  'lua',
] as const
export type LanguageId = (typeof LANGUAGES)[number]

const BY_EXTENSION: Record<string, LanguageId> = {
  properties: 'properties',
  ini: 'properties',
  cfg: 'properties',
  conf: 'properties',
  env: 'properties',
  lang: 'properties',
  yml: 'yaml',
  yaml: 'yaml',
  json: 'json',
  json5: 'json',
  jsonc: 'json',
  mcmeta: 'json',
  toml: 'toml',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  command: 'shell',
  xml: 'xml',
  xsd: 'xml',
  xsl: 'xml',
  svg: 'xml',
  html: 'html',
  htm: 'html',
  css: 'css',
  md: 'markdown',
  markdown: 'markdown',
  py: 'python',
  lua: 'lua',
}

/** Whole names that say more than their extension (or have none). */
const BY_NAME: Record<string, LanguageId> = {
  '.env': 'properties',
  '.bashrc': 'shell',
  '.profile': 'shell',
  '.bash_profile': 'shell',
  '.editorconfig': 'properties',
  '.gitconfig': 'properties',
  '.npmrc': 'properties',
}

/** The language for a file name or path; 'plain' when nothing fits. Case-insensitive. */
export function languageFor(fileName: string): LanguageId {
  const name = basename(fileName).toLowerCase()
  const exact = BY_NAME[name]
  if (exact) return exact
  // `.env.local`, `.env.production` are env files too.
  if (name.startsWith('.env.')) return 'properties'
  const dot = name.lastIndexOf('.')
  // No extension, or a dotfile whose whole name is the "extension".
  if (dot <= 0) return 'plain'
  return BY_EXTENSION[name.slice(dot + 1)] ?? 'plain'
}
