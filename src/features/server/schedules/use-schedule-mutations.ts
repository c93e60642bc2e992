import { useMutation, useQueryClient } from '@tanstack/react-query'

import {
  deleteSchedule,
  deleteTask,
  executeSchedule,
  scheduleQueries,
  updateTask,
  type ScheduleTask,
  type TaskAction,
} from '@/api/schedules'

// Mutations of the detail page. Each refreshes the server's schedules afterwards: the panel is
// the truth for sequence ids (it shifts the neighbours) and for the processing flag.

function useRefresh(server: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: scheduleQueries.all(server) })
}

export function useRunSchedule(server: string, scheduleId: number) {
  const refresh = useRefresh(server)
  return useMutation({
    meta: { form: true },
    mutationFn: () => executeSchedule(server, scheduleId),
    onSettled: refresh,
  })
}

export function useDeleteSchedule(server: string, scheduleId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    meta: { form: true },
    mutationFn: () => deleteSchedule(server, scheduleId),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: scheduleQueries.detail(server, scheduleId).queryKey })
      return queryClient.invalidateQueries({ queryKey: scheduleQueries.list(server).queryKey })
    },
  })
}

/** Moves a task to another step: the panel re-numbers the ones in between. */
export function useMoveTask(server: string, scheduleId: number) {
  const refresh = useRefresh(server)
  return useMutation({
    meta: { form: true },
    mutationFn: ({ task, to }: { task: ScheduleTask; to: number }) =>
      updateTask(server, scheduleId, task.id, {
        action: task.action as TaskAction,
        payload: task.payload,
        timeOffset: task.timeOffset,
        continueOnFailure: task.continueOnFailure,
        sequenceId: to,
      }),
    onSettled: refresh,
  })
}

export function useDeleteTask(server: string, scheduleId: number) {
  const refresh = useRefresh(server)
  return useMutation({
    meta: { form: true },
    mutationFn: (task: ScheduleTask) => deleteTask(server, scheduleId, task.id),
    onSettled: refresh,
  })
}
