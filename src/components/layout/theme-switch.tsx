import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'

import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { getThemePreference, setThemePreference, watchSystemTheme } from '@/lib/theme'
import type { ThemePreference } from '@/lib/theme'

// Labels come from the catalogue: t.layout.theme[value].
const options: { value: ThemePreference; icon: ReactNode }[] = [
  {
    value: 'light',
    icon: (
      <>
        <circle cx="10" cy="10" r="3.5" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M10 2v1.5M10 16.5V18M2 10h1.5M16.5 10H18M4.3 4.3l1.1 1.1M14.6 14.6l1.1 1.1M4.3 15.7l1.1-1.1M14.6 5.4l1.1-1.1"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </>
    ),
  },
  {
    value: 'dark',
    icon: (
      <path
        d="M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9Z"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    ),
  },
  {
    value: 'system',
    icon: (
      <>
        <rect
          x="2.5"
          y="3.5"
          width="15"
          height="10"
          rx="1.5"
          stroke="currentColor"
          strokeWidth="1.5"
        />
        <path
          d="M7 17h6M10 13.5V17"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </>
    ),
  },
]

/** Light / Dark / System as native radios (keyboard: arrow keys). Stored in `talon:theme`. */
export function ThemeSwitch({ className }: { className?: string }) {
  const { t } = useI18n()
  const [preference, setPreference] = useState<ThemePreference>(getThemePreference)
  useEffect(() => watchSystemTheme(getThemePreference), [])

  return (
    <fieldset className={cn('flex rounded-md border border-border p-0.5', className)}>
      <legend className="sr-only">{t.layout.theme.legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          title={t.layout.theme[option.value]}
          className={cn(
            'relative flex size-11 cursor-pointer items-center justify-center rounded sm:size-7',
            'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
            preference === option.value
              ? 'bg-surface-muted text-fg'
              : 'text-fg-muted hover:text-fg',
          )}
        >
          <input
            type="radio"
            name="talon-theme"
            value={option.value}
            checked={preference === option.value}
            onChange={() => {
              setPreference(option.value)
              setThemePreference(option.value)
            }}
            className="sr-only"
          />
          <svg viewBox="0 0 20 20" fill="none" className="size-4" aria-hidden="true">
            {option.icon}
          </svg>
          <span className="sr-only">{t.layout.theme[option.value]}</span>
        </label>
      ))}
    </fieldset>
  )
}
