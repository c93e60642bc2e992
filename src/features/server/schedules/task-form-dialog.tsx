import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod/mini'

import {
  createTask,
  MAX_TIME_OFFSET,
  POWER_ACTIONS,
  scheduleQueries,
  TASK_ACTIONS,
  updateTask,
  type ScheduleTask,
  type TaskAction,
} from '@/api/schedules'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'
import { applyServerErrors } from '@/forms/form-errors'
import { messages, useI18n } from '@/i18n/language'

import { CheckboxField } from './checkbox-field'

const taskFormSchema = z
  .object({
    action: z.enum(TASK_ACTIONS),
    command: z.string(),
    power: z.enum(POWER_ACTIONS),
    ignoredFiles: z.string(),
    timeOffset: z.string().check(
      z.refine((v) => /^\d+$/.test(v.trim()) && Number(v) <= MAX_TIME_OFFSET, {
        error: () => messages().schedules.taskForm.offsetInvalid(MAX_TIME_OFFSET),
      }),
    ),
    continueOnFailure: z.boolean(),
  })
  .check(
    z.refine((v) => v.action !== 'command' || v.command.trim() !== '', {
      path: ['command'],
      error: () => messages().schedules.taskForm.commandRequired,
    }),
  )
type TaskFormValues = z.output<typeof taskFormSchema>

export interface TaskFormDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  serverId: string
  scheduleId: number
  /** Absent: a new task at the end. */
  task?: ScheduleTask
  /** The step shown in the title when editing. */
  step?: number
}

export function TaskFormDialog(props: TaskFormDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={
        props.task
          ? t.schedules.taskForm.editTitle(props.step ?? props.task.sequenceId)
          : t.schedules.taskForm.createTitle
      }
    >
      {props.open && <TaskForm {...props} />}
    </Dialog>
  )
}

function TaskForm({ onOpenChange, serverId, scheduleId, task }: TaskFormDialogProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const inFlight = useRef(false)
  const action = (TASK_ACTIONS as readonly string[]).includes(task?.action ?? '')
    ? (task?.action as TaskAction)
    : 'command'
  const form = useForm<z.input<typeof taskFormSchema>, unknown, TaskFormValues>({
    resolver: zodResolver(taskFormSchema),
    defaultValues: {
      action,
      command: action === 'command' ? (task?.payload ?? '') : '',
      power:
        action === 'power' && (POWER_ACTIONS as readonly string[]).includes(task?.payload ?? '')
          ? (task?.payload as (typeof POWER_ACTIONS)[number])
          : 'restart',
      ignoredFiles: action === 'backup' ? (task?.payload ?? '') : '',
      timeOffset: String(task?.timeOffset ?? 0),
      continueOnFailure: task?.continueOnFailure ?? false,
    },
  })
  const { errors, isSubmitting } = form.formState
  const chosen = useWatch({ control: form.control, name: 'action' })
  const payloadField =
    chosen === 'command' ? 'command' : chosen === 'power' ? 'power' : 'ignoredFiles'

  const onSubmit = async (values: TaskFormValues) => {
    if (inFlight.current) return
    inFlight.current = true
    try {
      const input = {
        action: values.action,
        payload:
          values.action === 'command'
            ? values.command
            : values.action === 'power'
              ? values.power
              : values.ignoredFiles,
        timeOffset: Number(values.timeOffset),
        continueOnFailure: values.continueOnFailure,
      }
      if (task) await updateTask(serverId, scheduleId, task.id, input)
      else await createTask(serverId, scheduleId, input)
      await queryClient.invalidateQueries({ queryKey: scheduleQueries.all(serverId) })
      onOpenChange(false)
    } catch (error) {
      applyServerErrors(form, error, {
        action: 'action',
        payload: payloadField,
        time_offset: 'timeOffset',
        continue_on_failure: 'continueOnFailure',
      })
    } finally {
      inFlight.current = false
    }
  }

  return (
    <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} className="space-y-5">
      <FormAlert message={errors.root?.server?.message} />
      <Field label={t.schedules.taskForm.action} error={errors.action?.message}>
        <Select {...form.register('action')}>
          {TASK_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t.schedules.tasks.actions[a]}
            </option>
          ))}
        </Select>
      </Field>
      {chosen === 'command' && (
        <Field
          label={t.schedules.taskForm.command}
          description={t.schedules.taskForm.commandHint}
          error={errors.command?.message}
        >
          <Textarea
            rows={2}
            className="font-mono"
            spellCheck={false}
            {...form.register('command')}
          />
        </Field>
      )}
      {chosen === 'power' && (
        <Field label={t.schedules.taskForm.powerAction} error={errors.power?.message}>
          <Select {...form.register('power')}>
            {POWER_ACTIONS.map((p) => (
              <option key={p} value={p}>
                {t.schedules.tasks.power[p]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {chosen === 'backup' && (
        <Field
          label={t.schedules.taskForm.ignoredFiles}
          description={t.schedules.taskForm.ignoredFilesHint}
          error={errors.ignoredFiles?.message}
        >
          <Textarea
            rows={3}
            className="font-mono"
            spellCheck={false}
            {...form.register('ignoredFiles')}
          />
        </Field>
      )}
      <Field
        label={t.schedules.taskForm.offset}
        description={t.schedules.taskForm.offsetHint(MAX_TIME_OFFSET)}
        error={errors.timeOffset?.message}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_TIME_OFFSET}
          className="max-w-40"
          {...form.register('timeOffset')}
        />
      </Field>
      <CheckboxField
        label={t.schedules.taskForm.continueOnFailure}
        hint={t.schedules.taskForm.continueOnFailureHint}
        {...form.register('continueOnFailure')}
      />
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" disabled={isSubmitting} onClick={() => onOpenChange(false)}>
          {t.common.cancel}
        </Button>
        <Button type="submit" pending={isSubmitting}>
          {task ? t.schedules.taskForm.save : t.schedules.taskForm.create}
        </Button>
      </div>
    </form>
  )
}
