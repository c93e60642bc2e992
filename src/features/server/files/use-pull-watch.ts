import { useQueryClient } from '@tanstack/react-query'

import { ApiError } from '@/api/errors'
import { fileQueries } from '@/api/files'
import { useI18n } from '@/i18n/language'

import type { RunJob } from './use-file-jobs'

// What follows an accepted pull from a URL (pull-dialog.tsx): a job that lasts until the file
// shows up in the folder.

const PULL_WATCH_MS = 5 * 60_000

export function usePullWatch({
  serverId,
  dir,
  names,
  runJob,
}: {
  serverId: string
  dir: string
  /** Names in the folder now: with no expected name, the first other name is the pulled file. */
  names: ReadonlySet<string>
  runJob: RunJob
}) {
  const { t } = useI18n()
  const queryClient = useQueryClient()

  // Wings pulls in the background (the panel answers at once): watch the folder, every 3 s for up
  // to 5 minutes, so the job ends when the file is there — or says it is still on its way.
  const watchPull = (what: string, expected: string | null) => {
    const before = new Set(names)
    void runJob(
      t.files.jobs.pulling(what),
      async () => {
        const deadline = Date.now() + PULL_WATCH_MS
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 3000))
          const list = await queryClient.fetchQuery({
            ...fileQueries.list(serverId, dir),
            staleTime: 0,
          })
          const found = list.find((e) => (expected ? e.name === expected : !before.has(e.name)))
          if (found) return t.files.jobs.pulled(found.name)
          if (Date.now() > deadline) throw new ApiError({ status: 0, code: 'TimeoutError' })
        }
      },
      t.files.jobs.pullNote,
    )
  }

  return watchPull
}
