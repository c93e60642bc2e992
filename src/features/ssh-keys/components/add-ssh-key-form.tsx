import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useRef, useState } from 'react'
import type { ChangeEvent } from 'react'
import { useForm } from 'react-hook-form'

import { isApiError } from '@/api/errors'
import type { SshKey } from '@/api/ssh-keys'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import { interpolate } from '@/i18n/interpolate'
import { messages, useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'
import { useFormDraft } from '@/forms/form-drafts'

import { useAddSshKey } from '../hooks/use-add-ssh-key'
import {
  looksPrivate,
  MAX_KEY_FILE_BYTES,
  parseKeyLine,
  privateKeyMessage,
  SECURITY_KEY_TYPES,
} from '../public-key'
import { addSshKeyFormSchema } from '../schemas'
import type { AddSshKeyFormInput, AddSshKeyFormValues } from '../schemas'

/** The panel's own verdict (its words, not Talon's) on a key phpseclib can't load. */
const INVALID_KEY = 'The public key provided is not valid.'
/** The panel's own words for a small RSA key say "bytes" where it means bits (it counts bits). */
const RSA_TOO_SMALL = /^RSA keys must be at least (\d+) bytes in length\.$/

/** The panel's verdicts on the key, with its RSA size message put right (and translated). */
const keyVerdicts = (details: string[]): string[] =>
  details.map((detail) => {
    const bits = RSA_TOO_SMALL.exec(detail)?.[1]
    return bits ? messages().sshKeys.validation.rsaTooSmall(Number(bits)) : detail
  })

const code = (text: string) => <code className="font-mono">{text}</code>

/** Code-set key types and file names for the `{slots}` of `form.publicKeyHint`. */
const hintSlots = {
  pubFile: code('.pub'),
  ed25519: code('ssh-ed25519'),
  rsa: code('ssh-rsa'),
  ecdsa: code('ecdsa-sha2-nistp256/384/521'),
  skEd25519: code('sk-ssh-ed25519@openssh.com'),
  skEcdsa: code('sk-ecdsa-sha2-nistp256@openssh.com'),
}

interface AddSshKeyFormProps {
  onAdded: (key: SshKey) => void
}

export function AddSshKeyForm({ onAdded }: AddSshKeyFormProps) {
  const { t } = useI18n()
  const text = t.sshKeys.form
  const addKey = useAddSshKey()
  const fileRef = useRef<HTMLInputElement>(null)
  const fileErrorId = useId()
  // Kept apart from the field's own error, so re-validating the textarea doesn't hide it.
  const [fileError, setFileError] = useState<string>()
  const form = useForm<AddSshKeyFormInput, unknown, AddSshKeyFormValues>({
    resolver: zodResolver(addSshKeyFormSchema),
    defaultValues: { name: '', publicKey: '' },
  })
  // A public key is not a secret: kept across a session expiry like the name.
  useFormDraft(form, 'ssh-keys.add', ['name', 'publicKey'])
  const { errors, isSubmitting } = form.formState

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = '' // picking the same file again still fires change
    if (!file) return
    setFileError(undefined)
    // Read after the file is read (a moment later), in the language of that moment.
    const says = () => messages().sshKeys.form
    if (file.size > MAX_KEY_FILE_BYTES) {
      setFileError(says().fileTooLarge(file.name))
      return
    }
    let content: string
    try {
      content = await file.text()
    } catch {
      setFileError(says().fileUnreadable(file.name))
      return
    }
    if (looksPrivate(content)) {
      setFileError(says().filePrivate(file.name, privateKeyMessage()))
      return
    }
    const line = content.trim()
    form.setValue('publicKey', line, { shouldValidate: true, shouldDirty: true })
    if (!form.getValues('name').trim()) {
      const { comment } = parseKeyLine(line)
      const fromFile = file.name.replace(/\.pub$/i, '')
      form.setValue('name', comment || fromFile, { shouldValidate: true, shouldDirty: true })
    }
    form.setFocus('publicKey')
  }

  const onSubmit = async (values: AddSshKeyFormValues) => {
    try {
      const key = await addKey.mutateAsync({ name: values.name, publicKey: values.publicKey })
      form.reset()
      onAdded(key)
    } catch (error) {
      applyServerErrors(form, error, { name: 'name', public_key: 'publicKey' })
      const details = isApiError(error) ? error.fieldErrors.public_key : undefined
      if (details && details.length > 0) {
        const securityKey = SECURITY_KEY_TYPES.includes(parseKeyLine(values.publicKey).type)
        const hint = securityKey && details.includes(INVALID_KEY)
        const verdicts = keyVerdicts(details)
        const parts = hint ? [...verdicts, messages().sshKeys.form.securityKeyHint] : verdicts
        form.setError('publicKey', { type: 'server', message: parts.join(' ') })
      }
    }
  }

  return (
    <form
      noValidate
      aria-label={text.label}
      onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
      className="space-y-5"
    >
      <FormAlert message={errors.root?.server?.message} />
      <Field label={text.nameLabel} error={errors.name?.message} description={text.nameHint}>
        <Input autoComplete="off" {...form.register('name')} />
      </Field>
      <Field
        label={text.publicKeyLabel}
        error={errors.publicKey?.message}
        description={interpolate(text.publicKeyHint, hintSlots)}
      >
        <Textarea
          rows={4}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          placeholder={text.publicKeyPlaceholder}
          className="font-mono break-all"
          {...form.register('publicKey')}
        />
      </Field>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" pending={isSubmitting} className="w-full sm:w-auto">
          {text.submit}
        </Button>
        <Button
          variant="secondary"
          className="w-full sm:w-auto"
          aria-describedby={fileError ? fileErrorId : undefined}
          onClick={() => fileRef.current?.click()}
        >
          {text.loadFile}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".pub,text/plain"
          aria-label={text.fileInput}
          className="hidden"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {fileError && (
        <p id={fileErrorId} role="alert" className="text-sm font-medium text-danger-text">
          {fileError}
        </p>
      )}
    </form>
  )
}
