import { formatNumber } from '../../lib/format'

import { plural } from '../plural'

const num = (value: number) => formatNumber(value, 'en')

// Schedules (/server/:id/schedules and /server/:id/schedules/:sid): the list, the schedule form
// with presets and cron fields, the detail page with its tasks.
export const schedules = {
  page: {
    title: 'Schedules',
    description:
      'Run console commands, power actions and backups on a timetable. The panel reads the times on its own clock ({zone}).',
    create: 'New schedule',
    listLabel: 'Schedules',
    loading: 'Loading schedules…',
    loadError: 'Couldn’t load the schedules',
  },
  empty: {
    title: 'No schedules yet',
    description:
      'A schedule runs its tasks — a command, a power action or a backup — at the times you pick, for example a restart every night.',
  },
  status: {
    active: 'Active',
    inactive: 'Inactive',
    processing: 'Processing',
  },
  row: {
    nextRun: 'Next run',
    lastRun: 'Last run',
    never: 'Never',
    notScheduled: 'Not planned',
    /** next_run_at in the past: the panel skips schedules without tasks, or it is processing. */
    overdue: 'Due — waiting',
    inactiveNext: 'Paused',
    processingSince: 'Processing since',
    stuckHint: 'Stuck? Switch the schedule off and on again to reset it.',
    tasks: (count: number) => plural('en', count, { one: '1 task', other: `${num(count)} tasks` }),
    noTasksHint: 'No tasks: the panel skips this schedule until it has one.',
    yourTime: (time: string) => `your time: ${time}`,
  },
  stuck: {
    title: 'Still processing',
    description:
      'A run normally ends within a few minutes of its last task. If this one stays stuck (for example the panel’s queue worker stopped), switch the schedule off and on again: that resets it.',
  },
  form: {
    createTitle: 'New schedule',
    editTitle: 'Edit schedule',
    description: 'Pick when it runs; add its tasks on the next page.',
    name: 'Name',
    nameRequired: 'Enter a name.',
    nameTooLong: (max: number) => `Use at most ${num(max)} characters.`,
    when: 'When',
    presets: {
      hourly: 'Every hour',
      daily: 'Every day at…',
      weekly: 'Every week on…',
      everyMinutes: 'Every few minutes',
      custom: 'Custom (cron fields)',
    },
    atMinute: 'At minute',
    atTime: 'At',
    onDay: 'On',
    every: 'Every',
    minutes: (count: number) =>
      plural('en', count, { one: 'minute', other: `${num(count)} minutes` }),
    expert: 'Cron fields',
    expertHint:
      'For experts: the five fields of a cron expression, as the panel stores them. Editing them switches to Custom when no preset fits.',
    fields: {
      minute: 'Minute',
      hour: 'Hour',
      dayOfMonth: 'Day of month',
      month: 'Month',
      dayOfWeek: 'Day of week',
    },
    fieldHints: {
      minute: '0–59',
      hour: '0–23',
      dayOfMonth: '1–31',
      month: '1–12',
      dayOfWeek: '0–6, Sun = 0',
    },
    fieldRequired: 'Required.',
    fieldInvalid: 'Not a valid value for this field.',
    cronInvalid: 'The panel can’t read this expression: check the marked fields.',
    preview: 'What this means',
    previewInvalid: 'Fix the marked fields to see when it runs.',
    nextRuns: 'Next five runs',
    panelTime: (zone: string) => `Panel time (${zone})`,
    browserTime: (zone: string) => `Your time (${zone})`,
    offsetUnknown:
      'The panel tells its timezone with the first saved schedule; until then UTC is assumed.',
    active: 'Active',
    activeHint: 'Inactive schedules don’t run on their own; “Run now” still works.',
    onlyWhenOnline: 'Only when the server is online',
    onlyWhenOnlineHint: 'Skips a run while the server is offline or stopping.',
    save: 'Save',
    create: 'Create schedule',
    saved: 'Schedule saved.',
  },
  detail: {
    back: 'All schedules',
    loading: 'Loading the schedule…',
    loadError: 'Couldn’t load this schedule',
    notFound: 'This schedule doesn’t exist any more.',
    expression: 'Expression',
    onlyWhenOnline: 'Runs only while the server is online',
    edit: 'Edit',
    runNow: 'Run now',
    runNowHint: 'Runs the first task at once, without its offset, then the others in turn.',
    started: 'Started: the first task has run; the rest follow their offsets.',
    runNeedsTasks: 'Add a task first.',
    delete: 'Delete',
    deleteTitle: (name: string) => `Delete “${name}”?`,
    deleteDescription:
      'The schedule and its tasks are removed. A run in progress stops before its next task.',
    deleteConfirm: 'Delete schedule',
    deleted: (name: string) => `Schedule “${name}” deleted.`,
  },
  tasks: {
    title: 'Tasks',
    description:
      'Run one after another, in this order. Each waits its offset after the one before it.',
    counter: (count: number, max: number) => `${num(count)} / ${num(max)}`,
    counterLabel: (count: number, max: number) => `${num(count)} of ${num(max)} tasks`,
    limitReached: (max: number) =>
      `A schedule can have at most ${num(max)} tasks. Remove one to add another.`,
    add: 'Add task',
    listLabel: 'Tasks in run order',
    empty: 'No tasks yet. A schedule without tasks never runs.',
    step: (n: number) => `Step ${num(n)}`,
    actions: { command: 'Send command', power: 'Power action', backup: 'Create backup' },
    power: { start: 'Start', restart: 'Restart', stop: 'Stop', kill: 'Kill' },
    offsetFirst: (seconds: number) =>
      seconds === 0 ? 'At the start' : `${num(seconds)} s after the start`,
    offsetNext: (seconds: number) =>
      seconds === 0 ? 'Right after the previous task' : `${num(seconds)} s after the previous task`,
    continues: 'Continues if it fails',
    queued: 'Queued',
    ignoredFiles: 'Ignored files',
    noIgnoredFiles: 'No ignored files',
    moveUp: (n: number) => `Move step ${num(n)} up`,
    moveDown: (n: number) => `Move step ${num(n)} down`,
    moved: (n: number) => `Moved to step ${num(n)}.`,
    edit: (n: number) => `Edit step ${num(n)}`,
    delete: (n: number) => `Delete step ${num(n)}`,
    deleteTitle: (n: number) => `Delete step ${num(n)}?`,
    deleteDescription: 'The tasks after it move up one step.',
    deleteConfirm: 'Delete task',
  },
  taskForm: {
    createTitle: 'Add a task',
    editTitle: (n: number) => `Edit step ${num(n)}`,
    action: 'Action',
    command: 'Command',
    commandHint: 'Sent to the server’s console, as if typed there. The server must be running.',
    commandRequired: 'Enter a command.',
    powerAction: 'Power action',
    ignoredFiles: 'Ignored files (optional)',
    ignoredFilesHint: 'One path or pattern per line, like a .pteroignore file.',
    offset: 'Offset (seconds)',
    offsetHint: (max: number) =>
      `Wait this long after the previous task (0–${num(max)}). “Run now” skips the first task’s wait.`,
    offsetInvalid: (max: number) => `Enter whole seconds from 0 to ${num(max)}.`,
    continueOnFailure: 'Continue if this task fails',
    continueOnFailureHint:
      'Only failures reported by the node count (for example a command to a stopped server); others still end the run.',
    save: 'Save task',
    create: 'Add task',
  },
}
