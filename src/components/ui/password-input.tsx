import { useState } from 'react'
import type { ComponentPropsWithRef } from 'react'

import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import { Input } from './input'

type PasswordInputProps = Omit<ComponentPropsWithRef<'input'>, 'type'>

/** A password field with a show/hide toggle ("Show password" / "Hide password"). */
export function PasswordInput({ className, disabled, ...props }: PasswordInputProps) {
  const { t } = useI18n()
  const [visible, setVisible] = useState(false)
  return (
    <div className="relative">
      <Input
        type={visible ? 'text' : 'password'}
        className={cn('pr-12', className)}
        disabled={disabled}
        spellCheck={false}
        autoCapitalize="none"
        {...props}
      />
      <button
        type="button"
        className="absolute inset-y-0 right-0 flex w-11 items-center justify-center rounded-r-md text-fg-muted hover:text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none disabled:opacity-50"
        aria-label={visible ? t.common.hidePassword : t.common.showPassword}
        aria-pressed={visible}
        disabled={disabled}
        onClick={() => setVisible((v) => !v)}
      >
        <svg viewBox="0 0 20 20" fill="none" className="size-5" aria-hidden="true">
          <path
            d="M1.5 10S4.5 4 10 4s8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6Z"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <circle cx="10" cy="10" r="2.5" stroke="currentColor" strokeWidth="1.5" />
          {visible && <path d="M3 3l14 14" stroke="currentColor" strokeWidth="1.5" />}
        </svg>
      </button>
    </div>
  )
}
