import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { accountQueries } from '@/api/account'
import { PageHeader } from '@/components/ui/page-header'
import { useI18n } from '@/i18n/language'

import { PasswordForm } from './components/password-form'

interface SecurityPageProps {
  /** Above the sections (e.g. the forced-2FA notice). */
  notice?: ReactNode
  /** Sections from other features, placed first (when urgent) or after the password. */
  leading?: ReactNode
  trailing?: ReactNode
}

/** /account/security: the password (+ sections the route adds, such as two-factor). */
export function SecurityPage({ notice, leading, trailing }: SecurityPageProps) {
  const { t } = useI18n()
  const account = useQuery(accountQueries.detail())
  return (
    <div className="space-y-10">
      <PageHeader title={t.account.security.title} description={t.account.security.description} />
      {notice}
      {leading}
      <PasswordForm username={account.data?.username} />
      {trailing}
    </div>
  )
}
