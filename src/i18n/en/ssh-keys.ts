// The SSH keys page (/account/ssh): public keys for SFTP, the add form and its key checks.
export const sshKeys = {
  page: {
    title: 'SSH keys',
    description: 'Public keys that can sign in to your servers over SFTP instead of your password.',
  },
  add: {
    title: 'Add an SSH key',
  },
  list: {
    title: 'Your SSH keys',
    /** `{command}` is `ssh-keygen -lf`, set as code. */
    description: 'Fingerprints are shown as {command} prints them.',
    label: 'SSH key list',
    loadError: 'Couldn’t load your SSH keys',
    loading: 'Loading SSH keys…',
    fingerprint: 'Fingerprint',
    added: 'Added',
    copyFingerprint: (name: string) => `Copy fingerprint of “${name}”`,
    removeLabel: (name: string) => `Remove SSH key “${name}”`,
    remove: 'Remove',
  },
  empty: {
    title: 'No SSH keys yet',
    description:
      'Add the public key of a computer you use, and it can connect to your servers over SFTP without a password.',
  },
  removeDialog: {
    title: (name: string) => `Remove “${name}”?`,
    /** Title while no key is chosen (the dialog is closing). */
    titleFallback: 'Remove SSH key?',
    description: (fingerprint: string) =>
      `The key ${fingerprint} will no longer sign in over SFTP.`,
    confirm: 'Remove key',
  },
  addedKey: (name: string) => `Added SSH key “${name}”.`,
  removedKey: (name: string) => `Removed SSH key “${name}”.`,
  removeFailed: (name: string, reason: string) => `Couldn’t remove “${name}”. ${reason}`,
  form: {
    label: 'Add SSH key',
    nameLabel: 'Name',
    nameHint: 'So you can tell your keys apart, e.g. “Laptop”.',
    publicKeyLabel: 'Public key',
    /**
     * Slots, each set as code: `{pubFile}` `.pub`, `{ed25519}` `ssh-ed25519`, `{rsa}` `ssh-rsa`,
     * `{ecdsa}` `ecdsa-sha2-nistp256/384/521`, `{skEd25519}` `sk-ssh-ed25519@openssh.com`,
     * `{skEcdsa}` `sk-ecdsa-sha2-nistp256@openssh.com`.
     */
    publicKeyHint:
      'One line from your {pubFile} file: the type, the key and an optional comment. Supported: {ed25519}, {rsa} (2048 bits or more), {ecdsa}. Security-key types ({skEd25519}, {skEcdsa}) work only if your panel supports them. Never paste a private key.',
    publicKeyPlaceholder: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… you@laptop',
    submit: 'Add SSH key',
    loadFile: 'Load from a .pub file…',
    fileInput: '.pub file to load',
    fileTooLarge: (fileName: string) =>
      `“${fileName}” is larger than 16 KiB, so it isn’t a public key file. Pick the .pub file.`,
    fileUnreadable: (fileName: string) =>
      `Couldn’t read “${fileName}”. Pick the file again, or paste the key.`,
    /** `warning` is `validation.privateKey`. */
    filePrivate: (fileName: string, warning: string) =>
      `“${fileName}” holds a private key. ${warning}`,
    /** Added after the panel's "not valid" verdict on a security-key (sk-…) key. */
    securityKeyHint:
      'This panel can’t read security-key (sk-…) keys; add an ed25519, ECDSA or RSA key instead.',
  },
  validation: {
    nameRequired: 'Enter a name, e.g. the computer this key lives on.',
    keyRequired: 'Paste your public key, or load it from a .pub file.',
    privateKey:
      'This is a private key. Never paste or share a private key: use the public key, the .pub file next to it.',
    singleLine: 'Paste the key as a single line, exactly as it appears in your .pub file.',
    /** `supported` is the list of key types, in order. */
    unsupportedType: (type: string, supported: readonly string[]) =>
      `“${type}” is not a supported key type. The line should start with one of: ${supported.join(', ')}.`,
    /** Replaces the panel's "RSA keys must be at least 2048 bytes in length." (it means bits). */
    rsaTooSmall: (bits: number) =>
      `This RSA key is too short: RSA keys need at least ${new Intl.NumberFormat('en').format(bits)} bits. Make a new one with ssh-keygen -t ed25519, or -t rsa -b 4096.`,
    incomplete:
      'The key is incomplete: after the type comes the key itself (a long run of letters and digits).',
  },
}
