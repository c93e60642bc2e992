import { useCallback, useEffect, useState } from 'react'

import { messages } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

import { pathFromHash } from './file-paths'
import { filesFromDataTransfer } from './read-drop'
import type { PickedTree } from './read-drop'
import type { UploadQueue } from './upload-queue'

// Uploads from the files page: `upload` hands picked files (and empty folders) to the server's
// queue, and while `enabled`, files dropped anywhere on the page go there too; `dragging` says
// a drag carrying files is over the page (the page shows where they will land).

export function useDropUpload(queue: UploadQueue, enabled: boolean) {
  const [dragging, setDragging] = useState(false)

  const upload = useCallback(
    (tree: PickedTree, target: string) => {
      if (tree.files.length > 0 || tree.emptyFolders.length > 0) {
        queue.add(tree.files, target, tree.emptyFolders)
      }
    },
    [queue],
  )

  // Drop anywhere on the page. Only drags that carry files count (not text or links).
  useEffect(() => {
    if (!enabled) return
    let depth = 0
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth++
      setDragging(true)
    }
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return
      e.preventDefault()
      depth = 0
      setDragging(false)
      // The folder at the moment of the drop, read synchronously with the entries.
      const target = pathFromHash(window.location.hash)
      void filesFromDataTransfer(e.dataTransfer).then(
        (tree) => upload(tree, target),
        () => toast(messages().files.upload.noFolderSupport, 'error'),
      )
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [enabled, upload])

  return { upload, dragging }
}
