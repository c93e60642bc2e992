import { Link } from 'react-router'

import { buttonClasses } from '@/components/ui/styles'
import { paths } from '@/lib/paths'

export default function NotFoundRoute() {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-dvh w-full max-w-lg flex-col justify-center px-4 py-12"
    >
      <p className="text-sm font-semibold text-accent-text">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-fg">Page not found</h1>
      <p className="mt-2 text-sm text-fg-muted">
        There&rsquo;s nothing at this address. Check the link, or go back to your servers.
      </p>
      <div className="mt-6">
        <Link to={paths.home()} className={buttonClasses('primary')}>
          Go to servers
        </Link>
      </div>
    </main>
  )
}
