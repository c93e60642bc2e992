import { CheckpointPage } from '@/features/auth/checkpoint-page'

import { useGuestRedirect } from './use-guest-redirect'

export default function LoginCheckpointRoute() {
  useGuestRedirect()
  return <CheckpointPage />
}
