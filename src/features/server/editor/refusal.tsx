import { Link } from 'react-router'

import { Button } from '@/components/ui/button'
import { buttonClasses } from '@/components/ui/styles'
import { useI18n } from '@/i18n/language'

import { filePaths } from './file-paths'
import { useDownload } from './use-download'

/** A file the editor won't open (too large, binary, not UTF-8): why, and a download instead. */
export function Refusal({
  serverId,
  path,
  dir,
  title,
  description,
}: {
  serverId: string
  path: string
  dir: string
  title: string
  description: string
}) {
  const { t } = useI18n()
  const download = useDownload(serverId, path)
  return (
    <div role="alert" className="rounded-lg border border-border bg-surface px-5 py-6 sm:px-6">
      <p className="text-base font-semibold text-fg">{title}</p>
      <p className="mt-1 max-w-prose text-sm text-fg-muted">{description}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button pending={download.pending} onClick={download.start} className="max-sm:w-full">
          {t.editor.toolbar.download}
        </Button>
        <Link
          to={filePaths.list(serverId, dir)}
          className={`${buttonClasses('secondary')} max-sm:w-full`}
        >
          {t.editor.backToFolder}
        </Link>
      </div>
    </div>
  )
}
