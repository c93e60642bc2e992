import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { accountQueries } from '@/api/account'
import { PageHeader } from '@/components/ui/page-header'
import { useI18n } from '@/i18n/language'

import { EmailForm } from './components/email-form'
import { LanguageChoiceSection } from './components/language-choice'
import { PasswordForm } from './components/password-form'
import { ProfileSection } from './components/profile-section'

interface AccountPageProps {
  /** Above the sections (e.g. the forced-2FA notice). */
  notice?: ReactNode
  /** Sections from other features, placed first (when urgent) or after the password. */
  leading?: ReactNode
  trailing?: ReactNode
}

/** /account: profile, email, password (+ sections the route adds, such as two-factor). */
export function AccountPage({ notice, leading, trailing }: AccountPageProps) {
  const { t } = useI18n()
  const account = useQuery(accountQueries.detail())
  return (
    <div className="space-y-10">
      <PageHeader title={t.account.page.title} description={t.account.page.description} />
      {notice}
      {leading}
      <ProfileSection />
      <LanguageChoiceSection />
      <EmailForm />
      <PasswordForm username={account.data?.username} />
      {trailing}
    </div>
  )
}
