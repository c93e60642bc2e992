import { Link, useLoaderData } from 'react-router'

import { buttonClasses } from '@/components/ui/styles'
import { useI18n } from '@/i18n/language'
import { paths } from '@/lib/paths'

import type { NotFoundLoaderData } from '../loaders'
import { AppLayout } from './app-layout'

/** Unknown URLs: inside the app's frame when signed in (navigation stays), on its own otherwise. */
export default function NotFoundRoute() {
  const { signedIn } = useLoaderData<NotFoundLoaderData>()
  if (signedIn) {
    return (
      <AppLayout>
        <NotFoundContent />
      </AppLayout>
    )
  }
  return (
    <main id="main" className="flex min-h-dvh flex-col justify-center px-4 py-12">
      <NotFoundContent />
    </main>
  )
}

function NotFoundContent() {
  const { t } = useI18n()
  const text = t.layout.notFound
  return (
    <div className="mx-auto w-full max-w-lg">
      <p className="text-sm font-semibold text-accent-text">{text.code}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-fg">{text.title}</h1>
      <p className="mt-2 text-sm text-fg-muted">{text.description}</p>
      <div className="mt-6">
        <Link to={paths.home()} className={buttonClasses('primary')}>
          {t.layout.goToServers}
        </Link>
      </div>
    </div>
  )
}
