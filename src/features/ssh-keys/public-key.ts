import { messages } from '@/i18n/language'

// Light checks on a pasted OpenSSH public key line, before the panel has its say (the panel
// parses the key with phpseclib and also rejects DSA, RSA < 2048 bits and duplicates).
// Messages are read when a check runs, so they follow the language of that moment.

export const KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
] as const

/** Hardware security-key types: phpseclib 3.0.42 (panel v1.11.8) cannot load them. */
export const SECURITY_KEY_TYPES: readonly string[] = KEY_TYPES.filter((t) => t.startsWith('sk-'))

/** A public key file is a few hundred bytes; anything past 16 KiB is not one. */
export const MAX_KEY_FILE_BYTES = 16 * 1024

/** The warning for a pasted or picked private key, in the current language. */
export function privateKeyMessage(): string {
  return messages().sshKeys.validation.privateKey
}

export function looksPrivate(text: string): boolean {
  return text.includes('PRIVATE KEY')
}

export interface ParsedKeyLine {
  type: string
  comment: string
}

/** Why `text` can't be a public key line, or undefined when it passes the light checks. */
export function checkPublicKey(text: string): string | undefined {
  const validation = messages().sshKeys.validation
  const line = text.trim()
  if (!line) return validation.keyRequired
  if (looksPrivate(line)) return validation.privateKey
  if (/[\r\n]/.test(line)) return validation.singleLine
  const [type = '', blob] = line.split(/\s+/)
  if (!(KEY_TYPES as readonly string[]).includes(type)) {
    return validation.unsupportedType(type.length > 40 ? `${type.slice(0, 40)}…` : type, KEY_TYPES)
  }
  if (!blob || !/^[A-Za-z0-9+/]+={0,3}$/.test(blob)) return validation.incomplete
  return undefined
}

/** Type and comment of a line that passed `checkPublicKey`. */
export function parseKeyLine(text: string): ParsedKeyLine {
  const [type = '', , ...rest] = text.trim().split(/\s+/)
  return { type, comment: rest.join(' ') }
}
