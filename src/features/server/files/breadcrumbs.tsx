import { Link } from 'react-router'

import { useI18n } from '@/i18n/language'

import { breadcrumbs, filesUrls } from './file-paths'

/** `/ › plugins › x`: each level a link (the panel's URL shape, so Back/Forward follow). */
export function Breadcrumbs({ serverId, path }: { serverId: string; path: string }) {
  const { t } = useI18n()
  const crumbs = breadcrumbs(path)
  return (
    <nav aria-label={t.files.breadcrumbs} className="min-w-0">
      <ol className="flex flex-wrap items-center gap-x-1 font-mono text-sm">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1
          const label =
            crumb.name === '' ? (
              <>
                <span aria-hidden="true">/</span>
                <span className="sr-only">{t.files.root}</span>
              </>
            ) : (
              crumb.name
            )
          return (
            <li key={crumb.path} className="flex min-w-0 items-center gap-x-1">
              {index > 1 && (
                <span aria-hidden="true" className="text-fg-muted">
                  /
                </span>
              )}
              {last ? (
                <span aria-current="page" className="truncate px-1 font-semibold text-fg">
                  {label}
                </span>
              ) : (
                <Link
                  to={filesUrls.folder(serverId, crumb.path)}
                  className="inline-flex min-h-9 items-center truncate rounded-sm px-1 text-accent-text hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                >
                  {label}
                </Link>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
