import { useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

import { MAX_UPLOAD_BYTES, uploadFile, uploadLimitFromError } from '@/api/file-upload'
import { createFolder, fileQueries, getUploadUrl } from '@/api/files'

import { parentPath } from './file-paths'
import { createUploadQueue } from './upload-queue'
import type { UploadQueue } from './upload-queue'

// One upload queue per server, kept for the life of the app (per QueryClient): leaving the files
// page doesn't drop uploads in flight, and coming back shows them. The node's per-file limit is
// learnt from its first refusal (the panel doesn't publish it), so later over-size files are
// refused before a byte is sent.

const queues = new WeakMap<QueryClient, Map<string, UploadQueue>>()
const learntLimits = new Map<string, number>()

export function knownUploadLimit(serverId: string): number {
  return learntLimits.get(serverId) ?? MAX_UPLOAD_BYTES
}

function makeQueue(queryClient: QueryClient, serverId: string): UploadQueue {
  const refresh = (dir: string) =>
    void queryClient.invalidateQueries({ queryKey: fileQueries.list(serverId, dir).queryKey })
  return createUploadQueue({
    concurrency: 2,
    limitBytes: () => knownUploadLimit(serverId),
    onUploaded: (item) => refresh(item.directory),
    transport: {
      createFolder: async (root, name) => {
        await createFolder(serverId, root, name)
        refresh(root)
        refresh(parentPath(`${root}/${name}`))
      },
      send: async (file, directory, onProgress, signal) => {
        // A fresh single-use link per file; it is used at once and never kept.
        const url = await getUploadUrl(serverId, signal)
        try {
          await uploadFile(url, file, directory, onProgress, signal)
        } catch (error) {
          const limit = uploadLimitFromError(error)
          if (limit !== null)
            learntLimits.set(serverId, Math.min(limit, knownUploadLimit(serverId)))
          throw error
        }
      },
    },
  })
}

export function useUploadQueue(serverId: string): UploadQueue {
  const queryClient = useQueryClient()
  let byServer = queues.get(queryClient)
  if (!byServer) {
    byServer = new Map()
    queues.set(queryClient, byServer)
  }
  let queue = byServer.get(serverId)
  if (!queue) {
    queue = makeQueue(queryClient, serverId)
    byServer.set(serverId, queue)
  }
  return queue
}

export function useUploadItems(queue: UploadQueue) {
  return useSyncExternalStore(queue.subscribe, queue.items, queue.items)
}
