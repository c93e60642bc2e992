import { ActivityPage } from '@/features/activity/activity-page'

export default function AccountActivityRoute() {
  return <ActivityPage />
}
