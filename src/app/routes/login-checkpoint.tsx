import { CheckpointPage } from '@/features/auth/checkpoint-page'

export default function LoginCheckpointRoute() {
  return <CheckpointPage />
}
