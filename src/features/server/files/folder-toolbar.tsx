import { useRef, useState } from 'react'
import { Link } from 'react-router'

import { Button } from '@/components/ui/button'
import { buttonClasses } from '@/components/ui/styles'
import { useI18n } from '@/i18n/language'

import { ActionMenu } from './action-menu'
import { Breadcrumbs } from './breadcrumbs'
import { filesUrls } from './file-paths'
import { filesFromInput } from './read-drop'
import type { PickedTree } from './read-drop'

// The folder's top bar: where it is (breadcrumbs), refresh, and for those who may create files:
// new folder, new file (the editor), pull from a URL, and upload. Upload opens a small menu
// (files or a whole folder), each backed by a hidden file input.

export function FolderToolbar({
  serverId,
  dir,
  canCreate,
  refreshing,
  onRefresh,
  onNewFolder,
  onPull,
  onUpload,
}: {
  serverId: string
  dir: string
  canCreate: boolean
  refreshing: boolean
  onRefresh: () => void
  onNewFolder: () => void
  onPull: () => void
  onUpload: (tree: PickedTree) => void
}) {
  const { t } = useI18n()
  const [uploadMenu, setUploadMenu] = useState<HTMLElement | null>(null)
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <Breadcrumbs serverId={serverId} path={dir} />
        <div className="flex flex-wrap gap-2">
          <Button variant="ghost" size="sm" pending={refreshing} onClick={onRefresh}>
            {t.files.actions.refresh}
          </Button>
          {canCreate && (
            <>
              <Button variant="secondary" size="sm" onClick={onNewFolder}>
                {t.files.actions.newFolder}
              </Button>
              <Link
                to={filesUrls.create(serverId, dir)}
                className={buttonClasses('secondary', 'sm')}
              >
                {t.files.actions.newFile}
              </Link>
              <Button variant="secondary" size="sm" onClick={onPull}>
                {t.files.actions.pull}
              </Button>
              <Button
                size="sm"
                aria-haspopup="menu"
                onClick={(event) => setUploadMenu(event.currentTarget)}
              >
                {t.files.actions.upload}
              </Button>
              <input
                ref={filesInput}
                type="file"
                multiple
                hidden
                onChange={(event) => {
                  if (event.target.files) onUpload(filesFromInput(event.target.files))
                  event.target.value = ''
                }}
              />
              <input
                ref={(el) => {
                  folderInput.current = el
                  el?.setAttribute('webkitdirectory', '')
                }}
                type="file"
                hidden
                onChange={(event) => {
                  if (event.target.files) onUpload(filesFromInput(event.target.files))
                  event.target.value = ''
                }}
              />
            </>
          )}
        </div>
      </div>
      {uploadMenu && (
        <ActionMenu
          anchor={uploadMenu}
          label={t.files.actions.upload}
          items={[
            { id: 'files', label: t.files.actions.uploadFiles },
            { id: 'folder', label: t.files.actions.uploadFolder },
          ]}
          onPick={(id) => (id === 'files' ? filesInput : folderInput).current?.click()}
          onClose={() => setUploadMenu(null)}
        />
      )}
    </>
  )
}
