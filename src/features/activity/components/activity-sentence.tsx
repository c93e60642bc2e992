import { Fragment } from 'react'
import type { ReactNode } from 'react'

import { useI18n } from '@/i18n/language'

import { getActivityEvent, parseTemplate } from '../event-templates'
import { isCountKey, propertyText } from '../property-text'

interface ActivitySentenceProps {
  event: string
  properties: Record<string, unknown>
  locale: string
}

function Value({ name, value, locale }: { name: string; value: unknown; locale: string }) {
  const { t } = useI18n()
  const text = propertyText(name, value, locale, t.activity.values)
  if (text === undefined) {
    return <strong className="font-medium text-fg-muted italic">{t.activity.values.missing}</strong>
  }
  // The panel bolds every property except counts (they drive plurals, not emphasis).
  if (isCountKey(name)) return <>{text}</>
  return <strong className="font-semibold text-fg">{text}</strong>
}

/**
 * One activity entry as the panel's sentence in the current language, with `:placeholders`
 * filled from `properties` (as React text nodes, so markup in a value is shown, never run). An
 * event Talon has no sentence for shows its name and its properties instead.
 */
export function ActivitySentence({ event, properties, locale }: ActivitySentenceProps) {
  const { t } = useI18n()
  const info = getActivityEvent(event)
  if (!info) return <UnknownEventSentence event={event} properties={properties} locale={locale} />
  const entry = t.activity.events[info.key]
  // The panel picks `_one`/`_other` by `count` (trans_choice); only some events have both.
  const many =
    'sentenceMany' in entry && typeof properties.count === 'number' && properties.count !== 1
  const parts = parseTemplate(many ? entry.sentenceMany : entry.sentence)
  return (
    <>
      {parts.map((part, index) =>
        'text' in part ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          <Value
            key={index}
            name={part.placeholder}
            value={propertyAt(properties, part.placeholder)}
            locale={locale}
          />
        ),
      )}
    </>
  )
}

/** `files.0.from` → properties.files[0].from (the panel's dotted placeholders, Arr::get). */
function propertyAt(properties: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(properties, path)) return properties[path]
  let value: unknown = properties
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

const HIDDEN_IN_SUMMARY = new Set(['ip', 'useragent', 'using_sftp'])

function UnknownEventSentence({ event, properties, locale }: ActivitySentenceProps) {
  const shown = Object.entries(properties).filter(([key]) => !HIDDEN_IN_SUMMARY.has(key))
  const summary: ReactNode[] = shown.map(([key, value], index) => (
    <Fragment key={key}>
      {index > 0 && ', '}
      <span className="text-fg-muted">{key}</span>{' '}
      <Value name={key} value={value} locale={locale} />
    </Fragment>
  ))
  return (
    <>
      <span className="font-mono text-[0.8125rem]">{event}</span>
      {summary.length > 0 && <> ({summary})</>}
    </>
  )
}
