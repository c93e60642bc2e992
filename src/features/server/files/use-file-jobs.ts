import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'

import { isApiError } from '@/api/errors'
import { fileQueries } from '@/api/files'
import { errorText } from '@/i18n/error-text'
import { toast } from '@/lib/toast-store'

// Archive and unarchive can take minutes on a big world. Each runs as a "job" that ends, always:
// done (a toast), failed (the reason), or cut off by the panel's limit (the node may finish).

export interface FileJob {
  id: number
  label: string
  startedAt: number
  state: 'running' | 'failed' | 'timedOut'
  message?: string
  /** What the running job says about its time limit (the panel's, by default). */
  note?: string
}

/** Runs `work` as a job; its answer is the toast when it ends well. */
export type RunJob = (label: string, work: () => Promise<string>, note?: string) => Promise<void>

let nextJobId = 1

export function useFileJobs(serverId: string) {
  const queryClient = useQueryClient()
  const [jobs, setJobs] = useState<FileJob[]>([])
  const patch = (id: number, change: Partial<FileJob>) =>
    setJobs((list) => list.map((j) => (j.id === id ? { ...j, ...change } : j)))

  const run: RunJob = async (label, work, note) => {
    const id = nextJobId++
    setJobs((list) => [
      ...list,
      { id, label, startedAt: Date.now(), state: 'running', ...(note ? { note } : {}) },
    ])
    try {
      const done = await work()
      setJobs((list) => list.filter((j) => j.id !== id))
      toast(done, 'success')
    } catch (error) {
      const timedOut =
        isApiError(error) &&
        (error.code === 'TimeoutError' || error.status === 504 || error.status === 524)
      patch(id, timedOut ? { state: 'timedOut' } : { state: 'failed', message: errorText(error) })
    } finally {
      void queryClient.invalidateQueries({ queryKey: fileQueries.all(serverId) })
    }
  }
  const dismiss = (id: number) => setJobs((list) => list.filter((j) => j.id !== id))
  return { jobs, run, dismiss }
}
