import { Link } from 'react-router'

import { buttonClasses } from '@/components/ui/styles'
import { useI18n } from '@/i18n/language'
import { paths } from '@/lib/paths'

export default function NotFoundRoute() {
  const { t } = useI18n()
  const text = t.layout.notFound
  return (
    <main
      id="main"
      className="mx-auto flex min-h-dvh w-full max-w-lg flex-col justify-center px-4 py-12"
    >
      <p className="text-sm font-semibold text-accent-text">{text.code}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-fg">{text.title}</h1>
      <p className="mt-2 text-sm text-fg-muted">{text.description}</p>
      <div className="mt-6">
        <Link to={paths.home()} className={buttonClasses('primary')}>
          {t.layout.goToServers}
        </Link>
      </div>
    </main>
  )
}
