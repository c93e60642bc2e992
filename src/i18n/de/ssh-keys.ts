import type { Messages } from '../catalogue'

export const sshKeys: Messages['sshKeys'] = {
  page: {
    title: 'SSH-Schlüssel',
    description:
      'Öffentliche Schlüssel, mit denen du dich statt mit deinem Passwort per SFTP bei deinen Servern anmelden kannst.',
  },
  add: {
    title: 'SSH-Schlüssel hinzufügen',
  },
  list: {
    title: 'Deine SSH-Schlüssel',
    description: 'Fingerabdrücke werden so angezeigt, wie {command} sie ausgibt.',
    label: 'Liste der SSH-Schlüssel',
    loadError: 'Deine SSH-Schlüssel konnten nicht geladen werden',
    loading: 'SSH-Schlüssel werden geladen …',
    fingerprint: 'Fingerabdruck',
    added: 'Hinzugefügt',
    copyFingerprint: (name) => `Fingerabdruck von „${name}“ kopieren`,
    removeLabel: (name) => `SSH-Schlüssel „${name}“ entfernen`,
    remove: 'Entfernen',
  },
  empty: {
    title: 'Noch keine SSH-Schlüssel',
    description:
      'Füge den öffentlichen Schlüssel eines Computers hinzu, den du nutzt – dann kann er sich ohne Passwort per SFTP mit deinen Servern verbinden.',
  },
  removeDialog: {
    title: (name) => `„${name}“ entfernen?`,
    titleFallback: 'SSH-Schlüssel entfernen?',
    description: (fingerprint) =>
      `Mit dem Schlüssel ${fingerprint} ist keine Anmeldung per SFTP mehr möglich.`,
    confirm: 'Schlüssel entfernen',
  },
  addedKey: (name) => `SSH-Schlüssel „${name}“ hinzugefügt.`,
  removedKey: (name) => `SSH-Schlüssel „${name}“ entfernt.`,
  removeFailed: (name, reason) => `„${name}“ konnte nicht entfernt werden. ${reason}`,
  form: {
    label: 'SSH-Schlüssel hinzufügen',
    nameLabel: 'Name',
    nameHint: 'Damit du deine Schlüssel auseinanderhalten kannst, z. B. „Laptop“.',
    publicKeyLabel: 'Öffentlicher Schlüssel',
    publicKeyHint:
      'Eine Zeile aus deiner {pubFile}-Datei: der Typ, der Schlüssel und ein optionaler Kommentar. Unterstützt: {ed25519}, {rsa} (2048 Bit oder mehr), {ecdsa}. Sicherheitsschlüssel-Typen ({skEd25519}, {skEcdsa}) funktionieren nur, wenn dein Panel sie unterstützt. Füge niemals einen privaten Schlüssel ein.',
    publicKeyPlaceholder: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… du@laptop',
    submit: 'SSH-Schlüssel hinzufügen',
    loadFile: 'Aus einer .pub-Datei laden …',
    fileInput: '.pub-Datei zum Laden',
    fileTooLarge: (fileName) =>
      `„${fileName}“ ist größer als 16 KiB und damit keine Datei mit einem öffentlichen Schlüssel. Wähle die .pub-Datei.`,
    fileUnreadable: (fileName) =>
      `„${fileName}“ konnte nicht gelesen werden. Wähle die Datei erneut aus oder füge den Schlüssel ein.`,
    filePrivate: (fileName, warning) =>
      `„${fileName}“ enthält einen privaten Schlüssel. ${warning}`,
    securityKeyHint:
      'Dieses Panel kann keine Sicherheitsschlüssel (sk-…) lesen; füge stattdessen einen ed25519-, ECDSA- oder RSA-Schlüssel hinzu.',
  },
  validation: {
    nameRequired: 'Gib einen Namen ein, z. B. den des Computers, auf dem dieser Schlüssel liegt.',
    keyRequired: 'Füge deinen öffentlichen Schlüssel ein oder lade ihn aus einer .pub-Datei.',
    privateKey:
      'Das ist ein privater Schlüssel. Füge einen privaten Schlüssel niemals ein und gib ihn nie weiter: Verwende den öffentlichen Schlüssel, also die .pub-Datei daneben.',
    singleLine:
      'Füge den Schlüssel als eine einzige Zeile ein, genau so, wie er in deiner .pub-Datei steht.',
    unsupportedType: (type, supported) =>
      `„${type}“ ist kein unterstützter Schlüsseltyp. Die Zeile sollte mit einem dieser Typen beginnen: ${supported.join(', ')}.`,
    rsaTooSmall: (bits) =>
      `Dieser RSA-Schlüssel ist zu kurz: RSA-Schlüssel brauchen mindestens ${new Intl.NumberFormat('de').format(bits)} Bit. Erzeuge einen neuen mit ssh-keygen -t ed25519 oder -t rsa -b 4096.`,
    incomplete:
      'Der Schlüssel ist unvollständig: Nach dem Typ folgt der eigentliche Schlüssel (eine lange Folge aus Buchstaben und Ziffern).',
  },
}
