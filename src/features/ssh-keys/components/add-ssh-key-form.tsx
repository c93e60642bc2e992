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
import { applyServerErrors } from '@/lib/form-errors'

import { useAddSshKey } from '../hooks/use-add-ssh-key'
import {
  looksPrivate,
  MAX_KEY_FILE_BYTES,
  parseKeyLine,
  PRIVATE_KEY_MESSAGE,
  SECURITY_KEY_TYPES,
} from '../public-key'
import { addSshKeyFormSchema } from '../schemas'
import type { AddSshKeyFormInput, AddSshKeyFormValues } from '../schemas'

const INVALID_KEY = 'The public key provided is not valid.'
const SECURITY_KEY_HINT =
  ' This panel can’t read security-key (sk-…) keys; add an ed25519, ECDSA or RSA key instead.'

const typesDescription = (
  <>
    One line from your <code className="font-mono">.pub</code> file: the type, the key and an
    optional comment. Supported: <code className="font-mono">ssh-ed25519</code>,{' '}
    <code className="font-mono">ssh-rsa</code> (2048 bits or more),{' '}
    <code className="font-mono">ecdsa-sha2-nistp256/384/521</code>. Security-key types (
    <code className="font-mono">sk-ssh-ed25519@openssh.com</code>,{' '}
    <code className="font-mono">sk-ecdsa-sha2-nistp256@openssh.com</code>) work only if your panel
    supports them. Never paste a private key.
  </>
)

interface AddSshKeyFormProps {
  onAdded: (key: SshKey) => void
}

export function AddSshKeyForm({ onAdded }: AddSshKeyFormProps) {
  const addKey = useAddSshKey()
  const fileRef = useRef<HTMLInputElement>(null)
  const fileErrorId = useId()
  // Kept apart from the field's own error, so re-validating the textarea doesn't hide it.
  const [fileError, setFileError] = useState<string>()
  const form = useForm<AddSshKeyFormInput, unknown, AddSshKeyFormValues>({
    resolver: zodResolver(addSshKeyFormSchema),
    defaultValues: { name: '', publicKey: '' },
  })
  const { errors, isSubmitting } = form.formState

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = '' // picking the same file again still fires change
    if (!file) return
    setFileError(undefined)
    if (file.size > MAX_KEY_FILE_BYTES) {
      setFileError(
        `“${file.name}” is larger than 16 KiB, so it isn’t a public key file. Pick the .pub file.`,
      )
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      setFileError(`Couldn’t read “${file.name}”. Pick the file again, or paste the key.`)
      return
    }
    if (looksPrivate(text)) {
      setFileError(`“${file.name}” holds a private key. ${PRIVATE_KEY_MESSAGE}`)
      return
    }
    const line = text.trim()
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
      const messages = isApiError(error) ? error.fieldErrors.public_key : undefined
      if (messages && messages.length > 0) {
        const securityKey = SECURITY_KEY_TYPES.includes(parseKeyLine(values.publicKey).type)
        const hint = securityKey && messages.includes(INVALID_KEY) ? SECURITY_KEY_HINT : ''
        form.setError('publicKey', { type: 'server', message: messages.join(' ') + hint })
      }
    }
  }

  return (
    <form
      noValidate
      aria-label="Add SSH key"
      onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
      className="space-y-5"
    >
      <FormAlert message={errors.root?.server?.message} />
      <Field
        label="Name"
        error={errors.name?.message}
        description="So you can tell your keys apart, e.g. “Laptop”."
      >
        <Input autoComplete="off" {...form.register('name')} />
      </Field>
      <Field label="Public key" error={errors.publicKey?.message} description={typesDescription}>
        <Textarea
          rows={4}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          placeholder="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… you@laptop"
          className="font-mono break-all"
          {...form.register('publicKey')}
        />
      </Field>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" pending={isSubmitting} className="w-full sm:w-auto">
          Add SSH key
        </Button>
        <Button
          variant="secondary"
          className="w-full sm:w-auto"
          aria-describedby={fileError ? fileErrorId : undefined}
          onClick={() => fileRef.current?.click()}
        >
          Load from a .pub file…
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".pub,text/plain"
          aria-label=".pub file to load"
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
