import {
  isRouteErrorResponse,
  Link,
  Navigate,
  useLocation,
  useRevalidator,
  useRouteError,
} from 'react-router'

import { Button } from '@/components/ui/button'
import { buttonClasses } from '@/components/ui/styles'
import { errorKind, errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { paths } from '@/lib/paths'

/** errorElement for every branch: a plain explanation and Retry — never a blank page. */
export function RouteError() {
  const { t } = useI18n()
  const error = useRouteError()
  const location = useLocation()
  const revalidator = useRevalidator()

  const kind = errorKind(error)
  if (kind === 'session-ended') {
    return <Navigate to={paths.login({ redirect: location.pathname + location.search })} replace />
  }

  const text = t.layout.routeError
  let title = text.title
  let message = text.message
  if (kind !== 'other') {
    title = kind === 'unreachable' ? text.unreachableTitle : text.failedTitle
    message = errorText(error, t)
  } else if (isRouteErrorResponse(error) && error.status === 404) {
    title = text.notFoundTitle
    message = text.notFoundMessage
  }

  return (
    <div className="mx-auto flex min-h-[50vh] w-full max-w-lg flex-col justify-center px-4 py-12">
      <div role="alert">
        <h1 className="text-xl font-semibold text-fg">{title}</h1>
        <p className="mt-2 text-sm text-fg-muted">{message}</p>
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button
          pending={revalidator.state === 'loading'}
          onClick={() => {
            // A failed lazy chunk (e.g. after a deploy) needs a real reload; loaders just re-run.
            if (error instanceof TypeError && /import|module/i.test(error.message)) {
              window.location.reload()
            } else {
              void revalidator.revalidate()
            }
          }}
        >
          {t.common.retryAction}
        </Button>
        <Link to={paths.home()} className={buttonClasses('secondary')}>
          {t.layout.goToServers}
        </Link>
      </div>
    </div>
  )
}
