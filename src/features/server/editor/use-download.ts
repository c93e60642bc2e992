import { useState } from 'react'

import { downloadFile } from '@/api/file-contents'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { toast } from '@/lib/toast-store'

/** Starts a download of `path`; says so in a toast when the panel refuses. */
export function useDownload(serverId: string, path: string) {
  const { t } = useI18n()
  const [pending, setPending] = useState(false)
  const start = async () => {
    if (pending) return
    setPending(true)
    try {
      await downloadFile(serverId, path)
    } catch (error) {
      toast(t.editor.downloadFailed(errorText(error, t)), 'error')
    } finally {
      setPending(false)
    }
  }
  return { pending, start: () => void start() }
}
