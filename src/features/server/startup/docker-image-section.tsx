import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'

import { serverDetailQueries } from '@/api/server'
import { setDockerImage } from '@/api/startup'
import { ContentSection } from '@/components/ui/content-section'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { Spinner } from '@/components/ui/spinner'
import { StatusNotice } from '@/components/ui/status-notice'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'

interface DockerImageSectionProps {
  serverId: string
  current: string
  images: { label: string; image: string }[]
  mayChange: boolean
}

/**
 * The image choice, offered only where the panel would accept it: the egg has more than one
 * image and the server runs one of them (an admin's hand-set image is refused with a 400).
 */
export function DockerImageSection({
  serverId,
  current,
  images,
  mayChange,
}: DockerImageSectionProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [value, setValue] = useState(current)
  const [pending, setPending] = useState(false)
  const [saved, setSaved] = useState(false)
  const [error, setError] = useState<string>()
  const inFlight = useRef(false)

  const isCustom = !images.some((i) => i.image.toLowerCase() === current.toLowerCase())
  const choosable = images.length > 1 && !isCustom && mayChange
  const reason = isCustom
    ? t.startup.image.custom
    : images.length < 2
      ? t.startup.image.single
      : t.startup.image.noPermission

  const change = async (image: string) => {
    if (inFlight.current || image === value) return
    inFlight.current = true
    const previous = value
    setValue(image)
    setPending(true)
    setSaved(false)
    setError(undefined)
    try {
      await setDockerImage(serverId, image)
      setSaved(true)
      await queryClient.invalidateQueries({
        queryKey: serverDetailQueries.detail(serverId).queryKey,
      })
    } catch (failure) {
      // The select goes back to the image the server really has.
      setValue(previous)
      setError(errorText(failure))
    } finally {
      inFlight.current = false
      setPending(false)
    }
  }

  return (
    <ContentSection title={t.startup.image.title} description={t.startup.image.description}>
      <div className="max-w-xl space-y-3">
        {choosable ? (
          <Field label={t.startup.image.label} description={t.startup.image.hint} error={error}>
            <Select value={value} disabled={pending} onChange={(e) => void change(e.target.value)}>
              {images.map(({ label, image }) => (
                <option key={image} value={image}>
                  {label === image ? image : `${label} — ${image}`}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field label={t.startup.image.label} description={reason}>
            <Input value={current} readOnly className="font-mono" />
          </Field>
        )}
        {pending && (
          <p className="flex items-center gap-2 text-sm text-fg-muted">
            <Spinner />
            {t.startup.image.saving}
          </p>
        )}
        <StatusNotice message={saved ? t.startup.image.saved : undefined} />
      </div>
    </ContentSection>
  )
}
