import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useId, useMemo, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod/mini'

import {
  createSchedule,
  MAX_SCHEDULE_NAME,
  scheduleQueries,
  updateSchedule,
  type CronFields,
  type Schedule,
} from '@/api/schedules'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { applyServerErrors } from '@/forms/form-errors'
import { messages, useI18n } from '@/i18n/language'

import { CheckboxField } from './checkbox-field'
import {
  CRON_FIELDS,
  cronFieldIsValid,
  describeCron,
  detectPreset,
  formatAtOffset,
  formatInBrowser,
  MINUTE_STEPS,
  nextRuns,
  offsetLabel,
  presetToCron,
  type CronField,
  type Preset,
  type PresetKind,
} from './cron'

const cronField = (field: CronField) =>
  z.string().check(
    z.trim(),
    z.minLength(1, { error: () => messages().schedules.form.fieldRequired }),
    z.refine((value) => cronFieldIsValid(field, value), {
      error: () => messages().schedules.form.fieldInvalid,
    }),
  )

const scheduleFormSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.minLength(1, { error: () => messages().schedules.form.nameRequired }),
    z.maxLength(MAX_SCHEDULE_NAME, {
      error: () => messages().schedules.form.nameTooLong(MAX_SCHEDULE_NAME),
    }),
  ),
  minute: cronField('minute'),
  hour: cronField('hour'),
  dayOfMonth: cronField('dayOfMonth'),
  month: cronField('month'),
  dayOfWeek: cronField('dayOfWeek'),
  isActive: z.boolean(),
  onlyWhenOnline: z.boolean(),
})
type ScheduleFormValues = z.output<typeof scheduleFormSchema>

const PRESET_KINDS: PresetKind[] = ['hourly', 'daily', 'weekly', 'everyMinutes', 'custom']
const NEW_SCHEDULE_PRESET: Preset = { kind: 'daily', hour: 3, minute: 0 }

const pad = (n: number) => String(n).padStart(2, '0')
const timeValue = (p: { hour: number; minute: number }) => `${pad(p.hour)}:${pad(p.minute)}`

/** A preset of `kind`, keeping the time of the current one where it has one. */
function switchPreset(kind: PresetKind, current: Preset): Preset {
  const hour = 'hour' in current ? current.hour : 3
  const minute = 'minute' in current ? current.minute : 0
  switch (kind) {
    case 'hourly':
      return { kind, minute }
    case 'daily':
      return { kind, hour, minute }
    case 'weekly':
      return { kind, day: 1, hour, minute }
    case 'everyMinutes':
      return { kind, every: 15 }
    case 'custom':
      return { kind }
  }
}

/** Weekday names in the interface language, Sunday first (cron's 0). */
function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2023, 0, 1 + i))))
}

export interface ScheduleFormDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  serverId: string
  /** Absent: a new schedule. */
  schedule?: Schedule
  /** The panel's UTC offset, when a schedule has told it; null until then. */
  panelOffsetMinutes: number | null
  onSaved: (schedule: Schedule) => void
}

/** Create or edit a schedule: presets, the five cron fields, a sentence and the next runs. */
export function ScheduleFormDialog(props: ScheduleFormDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={props.schedule ? t.schedules.form.editTitle : t.schedules.form.createTitle}
      description={props.schedule ? undefined : t.schedules.form.description}
      className="sm:max-w-2xl"
    >
      {/* Mounted per opening, so a cancelled edit starts fresh next time. */}
      {props.open && <ScheduleForm {...props} />}
    </Dialog>
  )
}

function ScheduleForm({
  onOpenChange,
  serverId,
  schedule,
  panelOffsetMinutes,
  onSaved,
}: ScheduleFormDialogProps) {
  const { t, language, locale } = useI18n()
  const queryClient = useQueryClient()
  const formId = useId()
  const inFlight = useRef(false)
  const initialPreset = schedule ? detectPreset(schedule.cron) : NEW_SCHEDULE_PRESET
  const [preset, setPreset] = useState<Preset>(initialPreset)
  const initialCron =
    schedule?.cron ?? presetToCron(NEW_SCHEDULE_PRESET as Exclude<Preset, { kind: 'custom' }>)
  const form = useForm<z.input<typeof scheduleFormSchema>, unknown, ScheduleFormValues>({
    resolver: zodResolver(scheduleFormSchema),
    defaultValues: {
      name: schedule?.name ?? '',
      ...initialCron,
      isActive: schedule?.isActive ?? true,
      onlyWhenOnline: schedule?.onlyWhenOnline ?? false,
    },
  })
  const { errors, isSubmitting } = form.formState
  const watched = useWatch({ control: form.control, name: [...CRON_FIELDS] })
  const cron: CronFields = {
    minute: watched[0],
    hour: watched[1],
    dayOfMonth: watched[2],
    month: watched[3],
    dayOfWeek: watched[4],
  }
  const days = useMemo(() => weekdayNames(locale), [locale])

  const applyPreset = (next: Preset) => {
    setPreset(next)
    if (next.kind === 'custom') return
    const fields = presetToCron(next)
    for (const field of CRON_FIELDS) {
      form.setValue(field, fields[field], { shouldDirty: true })
      if (form.formState.errors[field]) form.clearErrors(field)
    }
  }

  const onSubmit = async (values: ScheduleFormValues) => {
    if (inFlight.current) return
    inFlight.current = true
    try {
      const input = {
        name: values.name,
        isActive: values.isActive,
        onlyWhenOnline: values.onlyWhenOnline,
        cron: {
          minute: values.minute,
          hour: values.hour,
          dayOfMonth: values.dayOfMonth,
          month: values.month,
          dayOfWeek: values.dayOfWeek,
        },
      }
      const saved = schedule
        ? await updateSchedule(serverId, schedule.id, input)
        : await createSchedule(serverId, input)
      queryClient.setQueryData(scheduleQueries.detail(serverId, saved.id).queryKey, saved)
      await queryClient.invalidateQueries({ queryKey: scheduleQueries.list(serverId).queryKey })
      onSaved(saved)
    } catch (error) {
      applyServerErrors(form, error, {
        name: 'name',
        minute: 'minute',
        hour: 'hour',
        day_of_month: 'dayOfMonth',
        month: 'month',
        day_of_week: 'dayOfWeek',
        is_active: 'isActive',
        only_when_online: 'onlyWhenOnline',
      })
    } finally {
      inFlight.current = false
    }
  }

  return (
    <form
      id={formId}
      noValidate
      onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
      className="space-y-5"
    >
      <FormAlert message={errors.root?.server?.message} />
      <Field label={t.schedules.form.name} error={errors.name?.message}>
        <Input autoComplete="off" {...form.register('name')} />
      </Field>

      <div className="grid items-end gap-3 sm:grid-cols-3">
        <Field label={t.schedules.form.when}>
          <Select
            value={preset.kind}
            onChange={(e) => applyPreset(switchPreset(e.target.value as PresetKind, preset))}
          >
            {PRESET_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.schedules.form.presets[kind]}
              </option>
            ))}
          </Select>
        </Field>
        {preset.kind === 'hourly' && (
          <Field label={t.schedules.form.atMinute}>
            <Input
              type="number"
              inputMode="numeric"
              min={0}
              max={59}
              value={preset.minute}
              onChange={(e) => {
                const minute = Math.min(59, Math.max(0, Math.trunc(Number(e.target.value) || 0)))
                applyPreset({ kind: 'hourly', minute })
              }}
            />
          </Field>
        )}
        {preset.kind === 'weekly' && (
          <Field label={t.schedules.form.onDay}>
            <Select
              value={preset.day}
              onChange={(e) => applyPreset({ ...preset, day: Number(e.target.value) })}
            >
              {days.map((name, day) => (
                <option key={day} value={day}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {(preset.kind === 'daily' || preset.kind === 'weekly') && (
          <Field label={t.schedules.form.atTime}>
            <Input
              type="time"
              required
              value={timeValue(preset)}
              onChange={(e) => {
                const match = /^(\d\d):(\d\d)/.exec(e.target.value)
                if (!match) return
                applyPreset({ ...preset, hour: Number(match[1]), minute: Number(match[2]) })
              }}
            />
          </Field>
        )}
        {preset.kind === 'everyMinutes' && (
          <Field label={t.schedules.form.every}>
            <Select
              value={preset.every}
              onChange={(e) => applyPreset({ kind: 'everyMinutes', every: Number(e.target.value) })}
            >
              {MINUTE_STEPS.map((step) => (
                <option key={step} value={step}>
                  {t.schedules.form.minutes(step)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-fg">{t.schedules.form.expert}</legend>
        <p className="text-sm text-fg-muted">{t.schedules.form.expertHint}</p>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {CRON_FIELDS.map((field) => (
            <Field
              key={field}
              label={t.schedules.form.fields[field]}
              description={t.schedules.form.fieldHints[field]}
              error={errors[field]?.message}
            >
              <Input
                autoComplete="off"
                spellCheck={false}
                className="font-mono"
                {...form.register(field, {
                  onChange: () => setPreset(detectPreset(form.getValues())),
                })}
              />
            </Field>
          ))}
        </div>
      </fieldset>

      <CronPreview cron={cron} offset={panelOffsetMinutes} language={language} locale={locale} />

      <div className="space-y-3">
        <CheckboxField
          label={t.schedules.form.active}
          hint={t.schedules.form.activeHint}
          {...form.register('isActive')}
        />
        <CheckboxField
          label={t.schedules.form.onlyWhenOnline}
          hint={t.schedules.form.onlyWhenOnlineHint}
          {...form.register('onlyWhenOnline')}
        />
      </div>

      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" disabled={isSubmitting} onClick={() => onOpenChange(false)}>
          {t.common.cancel}
        </Button>
        <Button type="submit" pending={isSubmitting}>
          {schedule ? t.schedules.form.save : t.schedules.form.create}
        </Button>
      </div>
    </form>
  )
}

/** The expression in words and its next five runs, on the panel's clock and the browser's. */
export function CronPreview({
  cron,
  offset,
  language,
  locale,
  from,
  showSentence = true,
}: {
  cron: CronFields
  offset: number | null
  language: string
  locale: string
  from?: Date
  /** Off where the sentence is already shown next to the expression. */
  showSentence?: boolean
}) {
  const { t } = useI18n()
  const panelOffset = offset ?? 0
  const sentence = describeCron(cron, language)
  const runs = nextRuns(cron, panelOffset, from ?? new Date())
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  return (
    <section
      aria-label={t.schedules.form.preview}
      aria-live="polite"
      className="space-y-3 rounded-lg border border-border bg-surface-muted p-4"
    >
      {sentence && runs ? (
        <>
          {showSentence && <p className="text-sm font-medium text-fg">{sentence}</p>}
          <div>
            <h3 className="text-sm font-medium text-fg-muted">{t.schedules.form.nextRuns}</h3>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs text-fg-muted">
                  <tr>
                    <th scope="col" className="pr-4 pb-1 align-bottom font-medium">
                      {t.schedules.form.panelTime(offsetLabel(panelOffset))}
                    </th>
                    <th scope="col" className="pb-1 align-bottom font-medium">
                      {t.schedules.form.browserTime(browserZone)}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {runs.map((run) => (
                    <tr key={run.getTime()}>
                      <td className="py-0.5 pr-4 align-top text-fg tabular-nums">
                        {formatAtOffset(run, panelOffset, locale)}
                      </td>
                      <td className="py-0.5 align-top text-fg-muted tabular-nums">
                        {formatInBrowser(run, locale)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          {offset === null && (
            <p className="text-xs text-fg-muted">{t.schedules.form.offsetUnknown}</p>
          )}
        </>
      ) : (
        <p className="text-sm text-fg-muted">{t.schedules.form.previewInvalid}</p>
      )}
    </section>
  )
}
