import { useEffect, useRef, useState } from 'react'

import { getDatabasePassword, rotateDatabasePassword } from '@/api/databases'
import type { Database } from '@/api/databases'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { CopyButton } from '@/components/ui/copy-button'
import { Dialog } from '@/components/ui/dialog'
import { FormAlert } from '@/components/ui/form-alert'
import { StatusNotice } from '@/components/ui/status-notice'
import { errorText } from '@/i18n/error-text'
import { messages, useI18n } from '@/i18n/language'

import { endpoint, jdbcString, mysqlUri } from './connection-strings'

export interface OpenDatabase {
  database: Database
  /** A password the panel just handed back (create): shown at once, then dropped on close. */
  password?: string | null
}

interface DatabaseDetailsDialogProps {
  serverId: string
  open: OpenDatabase | null
  mayViewPassword: boolean
  mayRotate: boolean
  onClose: () => void
}

/** Endpoint, user, password on request, connection strings, rotation. */
export function DatabaseDetailsDialog({
  serverId,
  open,
  mayViewPassword,
  mayRotate,
  onClose,
}: DatabaseDetailsDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog
      open={open !== null}
      onOpenChange={(next) => {
        if (!next) onClose()
      }}
      title={open ? t.databases.details.title(open.database.name) : t.databases.details.done}
      className="sm:max-w-xl"
    >
      {/* Unmounted on close, so a shown password leaves memory with the dialog. */}
      {open && (
        <DetailsBody
          key={open.database.id}
          serverId={serverId}
          opened={open}
          mayViewPassword={mayViewPassword}
          mayRotate={mayRotate}
          onClose={onClose}
        />
      )}
    </Dialog>
  )
}

function DetailsBody({
  serverId,
  opened,
  mayViewPassword,
  mayRotate,
  onClose,
}: {
  serverId: string
  opened: OpenDatabase
  mayViewPassword: boolean
  mayRotate: boolean
  onClose: () => void
}) {
  const { t } = useI18n()
  const text = t.databases.details
  const db = opened.database
  const [password, setPassword] = useState<string | null>(opened.password ?? null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string>()
  const [notice, setNotice] = useState<string>()
  const [confirmRotate, setConfirmRotate] = useState(false)
  const [rotating, setRotating] = useState(false)
  const [rotateError, setRotateError] = useState<string>()
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), [])

  const reveal = async () => {
    if (loading) return
    abort.current?.abort()
    const controller = new AbortController()
    abort.current = controller
    setLoading(true)
    setError(undefined)
    try {
      // Read fresh each time, straight into this dialog's state: never into the query cache.
      const fresh = await getDatabasePassword(serverId, db.id, controller.signal)
      if (fresh === null) setError(text.noViewPassword)
      else setPassword(fresh)
    } catch (e) {
      if (!controller.signal.aborted) setError(text.passwordFailed(errorText(e)))
    } finally {
      if (!controller.signal.aborted) setLoading(false)
    }
  }

  const rotate = async () => {
    if (rotating) return
    setRotating(true)
    setRotateError(undefined)
    try {
      const result = await rotateDatabasePassword(serverId, db.id)
      setConfirmRotate(false)
      setPassword(result.password)
      setNotice(
        result.password === null
          ? messages().databases.details.rotatedHidden
          : messages().databases.details.rotated,
      )
    } catch (e) {
      setRotateError(errorText(e))
    } finally {
      setRotating(false)
    }
  }

  const shown = password !== null
  return (
    <div className="space-y-5">
      <StatusNotice message={notice} />
      <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[9rem_minmax(0,1fr)] sm:items-baseline">
        <dt className="font-medium text-fg-muted">{t.databases.list.endpoint}</dt>
        <dd className="flex min-w-0 flex-wrap items-center gap-2">
          <code className="min-w-0 font-mono break-all text-fg">{endpoint(db)}</code>
          <CopyButton value={endpoint(db)} label={t.databases.list.copyEndpoint} />
        </dd>
        <dt className="font-medium text-fg-muted">{t.databases.list.username}</dt>
        <dd className="flex min-w-0 flex-wrap items-center gap-2">
          <code className="min-w-0 font-mono break-all text-fg">{db.username}</code>
          <CopyButton value={db.username} label={t.databases.list.copyUsername} />
        </dd>
        <dt className="font-medium text-fg-muted">{t.databases.list.connectionsFrom}</dt>
        <dd className="font-mono break-all text-fg">
          {db.connectionsFrom}
          {db.connectionsFrom === '%' && (
            <span className="ml-2 font-sans text-fg-muted">({t.databases.list.anywhere})</span>
          )}
        </dd>
        <dt className="font-medium text-fg-muted">{text.password}</dt>
        <dd className="min-w-0 space-y-2">
          {!mayViewPassword ? (
            <p className="text-fg-muted">{text.noViewPassword}</p>
          ) : (
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              {shown ? (
                <code className="min-w-0 font-mono break-all text-fg" aria-label={text.password}>
                  {password}
                </code>
              ) : (
                <span className="text-fg-muted">
                  {loading ? text.loadingPassword : text.hidden}
                </span>
              )}
              {shown ? (
                <>
                  <CopyButton value={password ?? ''} label={text.copyPassword} />
                  <Button variant="ghost" size="sm" onClick={() => setPassword(null)}>
                    {text.hide}
                  </Button>
                </>
              ) : (
                <Button
                  variant="secondary"
                  size="sm"
                  pending={loading}
                  onClick={() => void reveal()}
                >
                  {text.reveal}
                </Button>
              )}
            </div>
          )}
          <FormAlert message={error} />
        </dd>
      </dl>

      <div className="space-y-3 border-t border-border pt-4">
        <ConnectionString
          label={text.jdbc}
          copyLabel={text.copyJdbc}
          value={jdbcString(db, password)}
        />
        <ConnectionString
          label={text.uri}
          copyLabel={text.copyUri}
          value={mysqlUri(db, password)}
        />
        <p className="text-xs text-fg-muted">{shown ? text.uriHint : text.uriWithoutPassword}</p>
      </div>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {mayRotate && (
          <Button variant="secondary" className="sm:mr-auto" onClick={() => setConfirmRotate(true)}>
            {text.rotate}
          </Button>
        )}
        <Button onClick={onClose}>{text.done}</Button>
      </div>

      <ConfirmDialog
        open={confirmRotate}
        onOpenChange={(next) => {
          setConfirmRotate(next)
          if (!next) setRotateError(undefined)
        }}
        title={t.databases.rotate.title(db.name)}
        description={t.databases.rotate.description}
        confirmLabel={t.databases.rotate.confirm}
        pending={rotating}
        error={rotateError}
        onConfirm={() => void rotate()}
      />
    </div>
  )
}

function ConnectionString({
  label,
  copyLabel,
  value,
}: {
  label: string
  copyLabel: string
  value: string
}) {
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-fg-muted">{label}</p>
      <div className="flex min-w-0 items-start gap-2">
        <code className="min-w-0 flex-1 rounded-md bg-surface-muted px-2 py-1.5 font-mono text-xs break-all text-fg">
          {value}
        </code>
        <CopyButton value={value} label={copyLabel} />
      </div>
    </div>
  )
}
