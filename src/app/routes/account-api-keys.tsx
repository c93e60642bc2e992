import { ApiKeysPage } from '@/features/api-keys/api-keys-page'

export default function AccountApiKeysRoute() {
  return <ApiKeysPage />
}
