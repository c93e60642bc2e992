import { serverDetailQueries } from '@/api/server'
import { ActivityFeed } from '@/features/activity/activity-page'
import { SERVER_ACTIVITY_EVENT_GROUPS } from '@/features/activity/event-templates'
import { useI18n } from '@/i18n/language'
import { paths } from '@/lib/paths'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'

/** `/server/:id/activity`: the account feed's list, filters and pager for this server. */
export default function ServerActivityPage() {
  const { t } = useI18n()
  const { detail, can } = useServerContext()
  const id = detail.server.identifier
  if (!can('activity.read')) return <NoAccess />
  return (
    <ActivityFeed
      title={t.server.activity.title}
      description={t.server.activity.description}
      query={(params) => serverDetailQueries.activity(id, params)}
      href={(query) => paths.serverActivity(id, query)}
      eventGroups={SERVER_ACTIVITY_EVENT_GROUPS}
      loadError={t.server.activity.loadError}
      emptyDescription={t.server.activity.emptyDescription}
      noMatchDescription={t.server.activity.noMatchDescription}
      embedded
    />
  )
}
