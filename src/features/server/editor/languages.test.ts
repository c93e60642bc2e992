import { describe, expect, it } from 'vitest'

import { languageFor } from './languages'

describe('languageFor', () => {
  it.each([
    ['server.properties', 'properties'],
    ['/config/paper-global.yml', 'yaml'],
    ['docker-compose.YAML', 'yaml'],
    ['ops.json', 'json'],
    ['pack.mcmeta', 'json'],
    ['config/forge-server.toml', 'toml'],
    ['settings.ini', 'properties'],
    ['.env', 'properties'],
    ['.env.production', 'properties'],
    ['index.js', 'javascript'],
    ['bot.mjs', 'javascript'],
    ['src/main.ts', 'typescript'],
    ['App.tsx', 'typescript'],
    ['start.sh', 'shell'],
    ['.bashrc', 'shell'],
    ['pom.xml', 'xml'],
    ['index.html', 'html'],
    ['style.css', 'css'],
    ['README.md', 'markdown'],
    ['main.py', 'python'],
    ['init.lua', 'lua'],
  ])('%s → %s', (name, language) => {
    expect(languageFor(name)).toBe(language)
  })

  it.each([
    'eula.txt',
    'latest.log',
    'Dockerfile',
    'start',
    '.gitignore',
    'archive.tar.gz',
    'world/level.dat',
    '/',
  ])('%s is plain text', (name) => {
    expect(languageFor(name)).toBe('plain')
  })

  it('looks at the name, not the folders', () => {
    expect(languageFor('/plugins.yml/readme')).toBe('plain')
    expect(languageFor('/my.dir/config.json')).toBe('json')
  })
})
