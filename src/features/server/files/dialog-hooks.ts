import { useQueryClient } from '@tanstack/react-query'

import { fileQueries } from '@/api/files'
import { useI18n } from '@/i18n/language'

import { checkEntryName } from './file-paths'

// Two helpers the file dialogs share: refresh the server's file lists after a change, and check a
// typed name (well formed, and not already in the folder) before asking the panel.

export function useRefresh(serverId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: fileQueries.all(serverId) })
}

export function useNameError() {
  const { t } = useI18n()
  return (name: string, names: ReadonlySet<string>, current?: string): string | undefined => {
    const problem = checkEntryName(name)
    if (problem) return t.files.name[problem]
    if (name.trim() !== current && names.has(name.trim())) return t.files.name.exists
    return undefined
  }
}
