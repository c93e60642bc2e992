import { ServerShell } from '@/features/server/shell/server-shell'

export default function ServerRoute() {
  return <ServerShell />
}
