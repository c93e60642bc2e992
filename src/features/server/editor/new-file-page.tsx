import { useLocation, useParams } from 'react-router'

import { EmptyState } from '@/components/ui/empty-state'
import { useI18n } from '@/i18n/language'

import { useServerContext } from '../shell/server-context'
import { EditorScreen } from './editor-screen'
import { pathFromHash } from './file-paths'

/** `/server/:id/files/new#/<dir>`: an empty editor that asks for a name (contract §2.2). */
export default function NewFilePage() {
  const { id = '' } = useParams()
  const { hash } = useLocation()
  const { can } = useServerContext()
  const { t } = useI18n()
  const dir = pathFromHash(hash)

  // The panel's `files/write` checks `file.create`, for new and existing files alike.
  if (!can('file.create')) {
    return (
      <EmptyState
        title={t.editor.noCreateAccess.title}
        description={t.editor.noCreateAccess.description}
      />
    )
  }
  return (
    <EditorScreen key={dir} serverId={id} target={{ kind: 'new', dir }} initialText="" canSave />
  )
}
