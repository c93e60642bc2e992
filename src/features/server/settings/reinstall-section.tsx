import { useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import { errorText } from '@/i18n/error-text'

import { reinstallServer, serverDetailQueries } from '@/api/server'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ContentSection } from '@/components/ui/content-section'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { useI18n } from '@/i18n/language'

/** Reinstall behind a typed confirmation (the server's name) → POST /settings/reinstall. */
export function ReinstallSection({ serverId, name }: { serverId: string; name: string }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string>()
  const [touched, setTouched] = useState(false)
  const inFlight = useRef(false)
  const fieldId = useId()
  const matches = typed.trim() === name.trim()

  const confirm = async () => {
    setTouched(true)
    if (!matches || inFlight.current) return
    inFlight.current = true
    setPending(true)
    setError(undefined)
    try {
      await reinstallServer(serverId)
      setOpen(false)
      setTyped('')
      // The server is now `installing`: the shell shows the install state.
      await queryClient.invalidateQueries({ queryKey: serverDetailQueries.all(serverId) })
    } catch (e) {
      setError(errorText(e))
    } finally {
      inFlight.current = false
      setPending(false)
    }
  }

  return (
    <ContentSection
      title={t.server.settings.reinstall.title}
      description={t.server.settings.reinstall.description}
    >
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t.server.settings.reinstall.action}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          if (!next) {
            setTyped('')
            setTouched(false)
            setError(undefined)
          }
        }}
        title={t.server.settings.reinstall.dialogTitle}
        description={t.server.settings.reinstall.dialogDescription}
        confirmLabel={t.server.settings.reinstall.confirm}
        pending={pending}
        error={error}
        onConfirm={() => void confirm()}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void confirm()
          }}
        >
          <Field
            id={fieldId}
            label={t.server.settings.reinstall.typeName(name)}
            error={touched && !matches ? t.server.settings.reinstall.mismatch : undefined}
          >
            <Input
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
            />
          </Field>
        </form>
      </ConfirmDialog>
    </ContentSection>
  )
}
