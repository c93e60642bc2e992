import { Link } from 'react-router'

import { useI18n } from '@/i18n/language'

import { filePaths, folderCrumbs } from './file-paths'

const linkClass =
  'rounded-sm text-fg-muted underline-offset-2 hover:text-fg hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none'

/** Files / plugins / Essentials / config.yml — each folder opens the list there. */
export function FileBreadcrumbs({
  serverId,
  dir,
  current,
}: {
  serverId: string
  dir: string
  /** The file's name (or "New file"): the last, unlinked crumb. */
  current: string
}) {
  const { t } = useI18n()
  return (
    <nav aria-label={t.editor.breadcrumbs} className="min-w-0">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm">
        <li>
          <Link to={filePaths.list(serverId)} className={linkClass}>
            {t.editor.root}
          </Link>
        </li>
        {folderCrumbs(dir).map((crumb) => (
          <li key={crumb.dir} className="flex min-w-0 items-center gap-1.5">
            <span aria-hidden="true" className="text-fg-muted">
              /
            </span>
            <Link to={filePaths.list(serverId, crumb.dir)} className={`${linkClass} break-all`}>
              {crumb.name}
            </Link>
          </li>
        ))}
        <li className="flex min-w-0 items-center gap-1.5">
          <span aria-hidden="true" className="text-fg-muted">
            /
          </span>
          <span aria-current="page" className="font-medium break-all text-fg">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  )
}
