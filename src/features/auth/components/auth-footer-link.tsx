import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** The quiet link under an auth card ("Back to sign in"), with a touch-sized target on phones. */
export function AuthFooterLink({
  to,
  onClick,
  children,
}: {
  to: string
  onClick?: () => void
  children: ReactNode
}) {
  return (
    <Link
      to={to}
      onClick={onClick}
      className="inline-flex min-h-11 items-center rounded px-2 text-fg-muted hover:text-fg hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:min-h-8"
    >
      {children}
    </Link>
  )
}
