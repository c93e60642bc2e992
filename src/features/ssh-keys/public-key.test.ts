import { checkPublicKey, parseKeyLine, privateKeyMessage } from './public-key'

const ED25519 =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOaXIq09NH4a93EVdrvHYiZ67Wj+GBEBQ9ou4W0qSYm2 jane@laptop'

describe('checkPublicKey', () => {
  it.each([
    ED25519,
    `  ${ED25519}\n`,
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 me',
    'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBB1R8qik4b6w=',
    'ecdsa-sha2-nistp384 AAAAE2VjZHNh',
    'ecdsa-sha2-nistp521 AAAAE2VjZHNh',
    'sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t yubikey',
    'sk-ecdsa-sha2-nistp256@openssh.com AAAAInNrLWVjZHNh',
  ])('accepts %s', (line) => {
    expect(checkPublicKey(line)).toBeUndefined()
  })

  it('asks for a key when empty', () => {
    expect(checkPublicKey('   ')).toBe('Paste your public key, or load it from a .pub file.')
  })

  it('refuses anything that looks like a private key', () => {
    expect(
      checkPublicKey(
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n-----END OPENSSH PRIVATE KEY-----',
      ),
    ).toBe(privateKeyMessage())
    expect(checkPublicKey('-----BEGIN RSA PRIVATE KEY-----')).toBe(privateKeyMessage())
  })

  it('wants a single line', () => {
    expect(checkPublicKey(`${ED25519}\n${ED25519}`)).toBe(
      'Paste the key as a single line, exactly as it appears in your .pub file.',
    )
  })

  it('names the supported types for an unknown type', () => {
    expect(checkPublicKey('ssh-dss AAAAB3NzaC1kc3M=')).toBe(
      '“ssh-dss” is not a supported key type. The line should start with one of: ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521, sk-ssh-ed25519@openssh.com, sk-ecdsa-sha2-nistp256@openssh.com.',
    )
    expect(checkPublicKey('invalid')).toMatch(/^“invalid” is not a supported key type/)
  })

  it('wants the key after the type', () => {
    expect(checkPublicKey('ssh-ed25519')).toMatch(/^The key is incomplete/)
    expect(checkPublicKey('ssh-ed25519 not!base64')).toMatch(/^The key is incomplete/)
  })
})

describe('parseKeyLine', () => {
  it('returns the type and the comment', () => {
    expect(parseKeyLine(ED25519)).toEqual({ type: 'ssh-ed25519', comment: 'jane@laptop' })
    expect(parseKeyLine('ssh-rsa AAAA')).toEqual({ type: 'ssh-rsa', comment: '' })
  })
})
