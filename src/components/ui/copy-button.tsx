import { useEffect, useRef, useState } from 'react'

import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import { Button } from './button'
import type { ButtonProps } from './button'

interface CopyButtonProps extends Omit<ButtonProps, 'onClick' | 'children' | 'value'> {
  /** The text to copy (or a function giving it at click time). It is never rendered or announced. */
  value: string | (() => string)
  /** Accessible name, e.g. "Copy API key"; “Copy” in the interface language by default. */
  label?: string
  /** Visible text while idle, e.g. "Copy all"; “Copy” by default. */
  text?: string
}

/** Copies to the clipboard and announces "Copied" politely — never the copied value. */
export function CopyButton({
  value,
  label,
  text,
  variant = 'secondary',
  size = 'sm',
  className,
  ...props
}: CopyButtonProps) {
  const { t } = useI18n()
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof value === 'function' ? value() : value)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setStatus('idle'), 2000)
  }

  return (
    <>
      <Button
        variant={variant}
        size={size}
        className={cn('min-w-20', className)}
        aria-label={label ?? t.common.copy}
        onClick={() => void copy()}
        {...props}
      >
        {status === 'copied' ? t.common.copied : (text ?? t.common.copy)}
      </Button>
      <span role="status" aria-live="polite" className="sr-only">
        {status === 'copied' ? t.common.copied : status === 'failed' ? t.common.copyFailed : ''}
      </span>
    </>
  )
}
