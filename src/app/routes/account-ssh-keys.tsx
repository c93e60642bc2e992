import { SshKeysPage } from '@/features/ssh-keys/ssh-keys-page'

export default function AccountSshKeysRoute() {
  return <SshKeysPage />
}
