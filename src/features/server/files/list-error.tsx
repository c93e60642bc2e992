import { Link } from 'react-router'

import { isApiError } from '@/api/errors'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { buttonClasses } from '@/components/ui/styles'
import { useI18n } from '@/i18n/language'

import { filesUrls } from './file-paths'

// What the folder view shows when its folder can't be listed: a folder that isn't there links
// back to the root; any other failure can be retried.

export function ListError({
  error,
  serverId,
  onRetry,
  retrying,
}: {
  error: unknown
  serverId: string
  onRetry: () => void
  retrying: boolean
}) {
  const { t } = useI18n()
  // Wings answers a missing folder with 404, or (before 1.11.9) a plain error the panel turns
  // into a 500 DaemonConnectionException (contract, corrections): say it plainly either way.
  const missing =
    isApiError(error) &&
    (error.status === 404 || (error.status === 500 && error.code === 'DaemonConnectionException'))
  if (missing) {
    return (
      <EmptyState
        title={t.files.loadError}
        description={t.files.notFound}
        action={
          <Link to={filesUrls.folder(serverId, '/')} className={buttonClasses('secondary', 'sm')}>
            {t.files.root}
          </Link>
        }
      />
    )
  }
  return (
    <ErrorState title={t.files.loadError} error={error} onRetry={onRetry} retrying={retrying} />
  )
}
