import { PageHeader } from '@/components/ui/page-header'
import { useI18n } from '@/i18n/language'

import { EmailForm } from './components/email-form'
import { LanguageChoiceSection } from './components/language-choice'
import { ProfileSection } from './components/profile-section'

/** /account (the settings section's first page): account details, language, email. */
export function AccountPage() {
  const { t } = useI18n()
  return (
    <div className="space-y-10">
      <PageHeader title={t.account.page.title} description={t.account.page.description} />
      <ProfileSection />
      <LanguageChoiceSection />
      <EmailForm />
    </div>
  )
}
