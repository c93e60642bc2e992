import { useState } from 'react'
import { Link } from 'react-router'

import type { ActivityActor, ActivityEntry } from '@/api/activity'
import { RelativeTime } from '@/components/ui/relative-time'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { formatDateTime } from '@/lib/format'

import { describeUserAgent } from '../user-agent'

import { ActivitySentence } from './activity-sentence'

interface ActivityEntryRowProps {
  entry: ActivityEntry
  locale: string
  /** URL that filters the feed by this entry's event. */
  filterHref: (event: string) => string
  /** The name of the account's SSH key with this fingerprint, if it still has one. */
  sshKeyName?: (fingerprint: string) => string | undefined
}

/** The key's name for an SSH key event: the entry's own `name`, else the key list's. */
function keyNameOf(
  entry: ActivityEntry,
  lookup: ActivityEntryRowProps['sshKeyName'],
): string | undefined {
  if (!entry.event.startsWith('user:ssh-key.')) return undefined
  const { name, fingerprint } = entry.properties
  if (typeof name === 'string' && name.trim() !== '') return name
  return typeof fingerprint === 'string' ? lookup?.(fingerprint) : undefined
}

// Interactive bits get ≥ 44 px touch targets on small screens; plain text does not need them.
const metaTarget = 'inline-flex min-h-11 items-center sm:min-h-0'
const metaItem = 'inline-flex items-center'

export function ActivityEntryRow({ entry, locale, filterHref, sshKeyName }: ActivityEntryRowProps) {
  const { t } = useI18n()
  const keyName = keyNameOf(entry, sshKeyName)
  const ipHidden = entry.ip === null && entry.properties.ip === '[hidden]'
  const userAgent =
    typeof entry.properties.useragent === 'string' ? entry.properties.useragent : undefined
  const device = userAgent ? describeUserAgent(userAgent, t.activity.device) : undefined
  return (
    <li className="flex gap-3 px-4 py-4 sm:px-6">
      <ActorAvatar actor={entry.actor} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-col gap-x-4 gap-y-0.5 sm:flex-row sm:items-baseline sm:justify-between">
          <p className="min-w-0 text-sm wrap-break-word text-fg">
            <ActivitySentence event={entry.event} properties={entry.properties} locale={locale} />
            {keyName && (
              <>
                {' '}
                <span
                  className="inline-block max-w-full truncate align-bottom text-fg-muted sm:max-w-64"
                  title={keyName}
                >
                  {t.activity.entry.keyName(keyName)}
                </span>
              </>
            )}
          </p>
          {/* The exact time is in its title, read out, and in the details: not a Tab stop. */}
          <RelativeTime
            date={entry.timestamp}
            locale={locale}
            align="end"
            focusable={false}
            className="self-start text-xs whitespace-nowrap text-fg-muted sm:self-auto"
          />
        </div>
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs text-fg-muted">
          <ActorName actor={entry.actor} />
          <span className={cn(metaItem, 'font-mono wrap-anywhere')}>{entry.event}</span>
          {entry.ip !== null && (
            <span className={metaItem}>
              <span className="mr-1">{t.activity.entry.ip}</span>
              <span className="font-mono wrap-anywhere text-fg">{entry.ip}</span>
            </span>
          )}
          {ipHidden && (
            <span className={metaItem} title={t.activity.entry.ipHiddenHint}>
              {t.activity.entry.ipHidden}
            </span>
          )}
          {device && (
            <span className={metaItem} title={userAgent}>
              {device}
            </span>
          )}
          {entry.isApi && <ApiMarker />}
          <EntryDetails entry={entry} locale={locale} filterHref={filterHref} />
        </div>
      </div>
    </li>
  )
}

function ActorAvatar({ actor }: { actor: ActivityActor | null | undefined }) {
  if (!actor) {
    return (
      <span
        aria-hidden="true"
        className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-surface-muted text-fg-muted"
      >
        <svg viewBox="0 0 20 20" fill="none" className="size-4">
          <rect
            x="3"
            y="4"
            width="14"
            height="5"
            rx="1.5"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <rect
            x="3"
            y="11"
            width="14"
            height="5"
            rx="1.5"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <path
            d="M6 6.5h.01M6 13.5h.01"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </span>
    )
  }
  return (
    <span
      aria-hidden="true"
      className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-subtle text-sm font-semibold text-accent-text uppercase"
    >
      {Array.from(actor.username)[0] ?? '?'}
    </span>
  )
}

function ActorName({ actor }: { actor: ActivityActor | null | undefined }) {
  const { t } = useI18n()
  if (actor === null) {
    return <span className={cn(metaItem, 'font-medium text-fg')}>{t.activity.entry.system}</span>
  }
  if (actor === undefined) return <span className={metaItem}>{t.activity.entry.unknownUser}</span>
  return (
    <span className={cn(metaItem, 'font-medium wrap-anywhere text-fg')} title={actor.email}>
      {actor.username}
    </span>
  )
}

function ApiMarker() {
  const { t } = useI18n()
  return (
    <span className={cn(metaItem, 'gap-1 font-medium text-warning-text')}>
      <svg viewBox="0 0 16 16" fill="none" className="size-3.5 shrink-0" aria-hidden="true">
        <rect
          x="1.5"
          y="2.5"
          width="13"
          height="11"
          rx="2"
          stroke="currentColor"
          strokeWidth="1.3"
        />
        <path
          d="M4.5 6.5 6.5 8l-2 1.5M8 10h3"
          stroke="currentColor"
          strokeWidth="1.3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {t.activity.entry.viaApiKey}
    </span>
  )
}

/**
 * The row's one Tab stop: a disclosure with what the row's line has no room for: the exact time,
 * the link that filters the feed by this event, the description and the raw properties.
 */
function EntryDetails({
  entry,
  locale,
  filterHref,
}: {
  entry: ActivityEntry
  locale: string
  filterHref: (event: string) => string
}) {
  const { t } = useI18n()
  // The content exists only while open: closed, nothing in it is a Tab stop (in every browser),
  // and a page of rows doesn't build 50 JSON dumps nobody opened.
  const [open, setOpen] = useState(false)
  return (
    <details
      className="group/details open:basis-full"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary
        className={cn(
          metaTarget,
          'cursor-pointer list-none gap-1 rounded-sm select-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none [&::-webkit-details-marker]:hidden',
          entry.hasAdditionalMetadata
            ? 'font-medium text-accent-text'
            : 'text-fg-muted hover:text-fg',
        )}
      >
        <svg
          viewBox="0 0 12 12"
          className="size-3 shrink-0 transition-transform group-open/details:rotate-90"
          aria-hidden="true"
        >
          <path d="M4.5 2.5 8 6l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {entry.hasAdditionalMetadata ? t.activity.entry.moreDetails : t.activity.entry.details}
        {entry.hasAdditionalMetadata && (
          <span aria-hidden="true" className="ml-0.5 size-1.5 rounded-full bg-accent" />
        )}
      </summary>
      {open && (
        <div className="mt-2 space-y-2">
          <p className="flex flex-wrap items-center gap-x-3 text-xs">
            <span className="text-fg">{formatDateTime(entry.timestamp, locale)}</span>
            <Link
              to={filterHref(entry.event)}
              className={cn(
                metaTarget,
                'rounded-sm text-accent-text underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
              )}
            >
              {t.activity.entry.filterByEvent(entry.event)}
            </Link>
          </p>
          {entry.description && (
            <p className="text-xs text-fg">
              <span className="text-fg-muted">{t.activity.entry.descriptionLabel}</span>
              {entry.description}
            </p>
          )}
          <p className="text-xs text-fg-muted">{t.activity.entry.properties}</p>
          <pre className="max-h-72 overflow-auto rounded-md border border-border bg-surface-muted p-3 font-mono text-xs wrap-anywhere whitespace-pre-wrap text-fg">
            {JSON.stringify(entry.properties, null, 2)}
          </pre>
        </div>
      )}
    </details>
  )
}
