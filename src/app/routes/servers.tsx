import { ServersPage } from '@/features/servers/servers-page'

export default function ServersRoute() {
  return <ServersPage />
}
