import {
  isRouteErrorResponse,
  Link,
  Navigate,
  useLocation,
  useRevalidator,
  useRouteError,
} from 'react-router'

import { isApiError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { buttonClasses } from '@/components/ui/styles'
import { paths } from '@/lib/paths'

/** errorElement for every branch: a plain explanation and Retry — never a blank page. */
export function RouteError() {
  const error = useRouteError()
  const location = useLocation()
  const revalidator = useRevalidator()

  if (isApiError(error) && error.status === 401) {
    return <Navigate to={paths.login({ redirect: location.pathname + location.search })} replace />
  }

  let title = 'Something went wrong'
  let message = 'This page failed to load. Try again, and reload the page if it keeps happening.'
  if (isApiError(error)) {
    title =
      error.status === 0 || error.status >= 500
        ? "Can't reach the panel"
        : 'This page failed to load'
    message = error.message
  } else if (isRouteErrorResponse(error) && error.status === 404) {
    title = 'Page not found'
    message = "There's nothing at this address."
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
          Retry
        </Button>
        <Link to={paths.home()} className={buttonClasses('secondary')}>
          Go to servers
        </Link>
      </div>
    </div>
  )
}
