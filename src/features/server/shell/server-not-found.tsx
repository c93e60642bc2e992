import { Link } from 'react-router'

import { EmptyState } from '@/components/ui/empty-state'
import { buttonClasses } from '@/components/ui/styles'
import { useI18n } from '@/i18n/language'
import { paths } from '@/lib/paths'

/** A foreign or unknown server (the panel's 404), inside the app's frame. */
export function ServerNotFound() {
  const { t } = useI18n()
  return (
    <div className="max-w-lg space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight text-fg">
        {t.server.shell.notFound.title}
      </h1>
      <p className="text-sm text-fg-muted">{t.server.shell.notFound.description}</p>
      <div className="pt-3">
        <Link to={paths.home()} className={buttonClasses('primary')}>
          {t.server.shell.notFound.action}
        </Link>
      </div>
    </div>
  )
}

/** A section the user's permissions don't include (a direct link to a hidden tab). */
export function NoAccess() {
  const { t } = useI18n()
  return (
    <EmptyState
      title={t.server.shell.noAccess.title}
      description={t.server.shell.noAccess.description}
    />
  )
}
