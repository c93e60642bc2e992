// Light checks on a pasted OpenSSH public key line, before the panel has its say (the panel
// parses the key with phpseclib and also rejects DSA, RSA < 2048 bits and duplicates).

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

export const PRIVATE_KEY_MESSAGE =
  'This is a private key. Never paste or share a private key: use the public key, the .pub file next to it.'

export function looksPrivate(text: string): boolean {
  return text.includes('PRIVATE KEY')
}

export interface ParsedKeyLine {
  type: string
  comment: string
}

/** Why `text` can't be a public key line, or undefined when it passes the light checks. */
export function checkPublicKey(text: string): string | undefined {
  const line = text.trim()
  if (!line) return 'Paste your public key, or load it from a .pub file.'
  if (looksPrivate(line)) return PRIVATE_KEY_MESSAGE
  if (/[\r\n]/.test(line)) {
    return 'Paste the key as a single line, exactly as it appears in your .pub file.'
  }
  const [type = '', blob] = line.split(/\s+/)
  if (!(KEY_TYPES as readonly string[]).includes(type)) {
    return `“${type.length > 40 ? `${type.slice(0, 40)}…` : type}” is not a supported key type. The line should start with one of: ${KEY_TYPES.join(', ')}.`
  }
  if (!blob || !/^[A-Za-z0-9+/]+={0,3}$/.test(blob)) {
    return 'The key is incomplete: after the type comes the key itself (a long run of letters and digits).'
  }
  return undefined
}

/** Type and comment of a line that passed `checkPublicKey`. */
export function parseKeyLine(text: string): ParsedKeyLine {
  const [type = '', , ...rest] = text.trim().split(/\s+/)
  return { type, comment: rest.join(' ') }
}
