// Date formats the panel emits. Fractal transformers use Carbon's toAtomString() in APP_TIMEZONE
// (UTC here), while the login response serialises the Eloquent model (Laravel's ISO format).

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** `2024-10-24T12:00:00+00:00` — seconds precision, explicit offset, no `Z`. */
export function atom(ms: number): string {
  const d = new Date(ms)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+00:00`
  )
}

/** `2024-10-24T12:00:00.000000Z` — Laravel's model date serialisation (microseconds, always 0 here). */
export function laravelIso(ms: number): string {
  const seconds = Math.floor(ms / 1000) * 1000
  return new Date(seconds).toISOString().replace(/\.\d{3}Z$/, '.000000Z')
}

/** Symfony's cookie `expires` format: `Sat, 23-Nov-2024 12:00:00 GMT`. */
export function cookieDate(ms: number): string {
  const d = new Date(ms)
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ]
  return (
    `${days[d.getUTCDay()] ?? 'Sun'}, ${pad(d.getUTCDate())}-${months[d.getUTCMonth()] ?? 'Jan'}-` +
    `${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`
  )
}
