import { allInput, input } from './context'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from './panel'
import { loadPublicKey } from './ssh-keys'
import type { SshKey } from './store'
import { atom } from './time'
import { validate } from './validation'

// SSHKeyController + StoreSSHKeyRequest. The after-hook always runs (even when `name` failed),
// and RSA-size and duplicate checks both run after a DSA/RSA complaint, as in the panel.

export const sshKeyItem = (key: SshKey): Record<string, unknown> => ({
  object: 'ssh_key',
  attributes: {
    name: key.name,
    fingerprint: key.fingerprint,
    public_key: key.publicKey,
    created_at: atom(key.createdAt),
  },
})

export function registerSshKeyRoutes(panel: Panel, route: RouteFn): void {
  const { store } = panel
  // MySQL's default collation compares fingerprints case-insensitively.
  const findKey = (userId: number, fingerprint: string): SshKey | undefined =>
    store.sshKeys.find(
      (k) => k.userId === userId && k.fingerprint.toLowerCase() === fingerprint.toLowerCase(),
    )

  route(
    'GET',
    '/api/client/account/ssh-keys',
    client(panel, (_rc, { user }) =>
      json({
        object: 'list',
        data: store.sshKeys.filter((k) => k.userId === user.id).map(sshKeyItem),
      }),
    ),
  )

  route(
    'POST',
    '/api/client/account/ssh-keys',
    client(panel, (rc, { user }) => {
      const validator = validate(allInput(rc), {
        name: ['required', 'string'],
        public_key: ['required', 'string'],
      })
      const key = loadPublicKey(input(rc, 'public_key'))
      if (!key) {
        validator.addError('public_key', 'The public key provided is not valid.')
      } else {
        if (key.kind === 'dsa') validator.addError('public_key', 'DSA keys are not supported.')
        if (key.kind === 'rsa' && key.bits < 2048) {
          validator.addError('public_key', 'RSA keys must be at least 2048 bytes in length.')
        }
        if (findKey(user.id, key.fingerprint)) {
          validator.addError(
            'public_key',
            'The public key provided already exists on your account.',
          )
        }
      }
      validator.throwIfFailed()
      if (!key || key.kind === 'dsa')
        throw new Error('unreachable: validation passed without a usable key')
      const model: SshKey = {
        id: store.nextId.sshKey++,
        userId: user.id,
        name: String(input(rc, 'name')),
        fingerprint: key.fingerprint,
        publicKey: key.pem,
        createdAt: panel.now(),
      }
      store.sshKeys.push(model)
      logActivity(panel, rc, {
        event: 'user:ssh-key.create',
        subjects: [{ type: 'user', id: user.id }],
        properties: { fingerprint: model.fingerprint },
      })
      return json(sshKeyItem(model))
    }),
  )

  route(
    'POST',
    '/api/client/account/ssh-keys/remove',
    client(panel, (rc, { user }) => {
      validate(allInput(rc), { fingerprint: ['required', 'string'] }).throwIfFailed()
      const key = findKey(user.id, String(input(rc, 'fingerprint')))
      if (key) {
        store.sshKeys.splice(store.sshKeys.indexOf(key), 1)
        logActivity(panel, rc, {
          event: 'user:ssh-key.delete',
          subjects: [{ type: 'user', id: user.id }],
          properties: { fingerprint: key.fingerprint },
        })
      }
      return noContent()
    }),
  )
}
