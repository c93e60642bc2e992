import { clsx } from 'clsx'
import type { ClassValue } from 'clsx'

/**
 * Joins class names (strings, arrays, `{ class: condition }`), skipping falsy values.
 *
 * It does not resolve conflicting Tailwind utilities (tailwind-merge was 8 kB gzip on every page):
 * primitives whose base classes callers override keep them in the CSS components layer
 * (`.btn*`, `.skeleton` in index.css), so a caller's utility wins; everywhere else, make
 * alternatives exclusive (`on ? 'text-fg' : 'text-fg-muted'`) instead of stacking them.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs)
}
