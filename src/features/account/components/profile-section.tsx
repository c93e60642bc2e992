import { useQuery } from '@tanstack/react-query'

import { accountQueries } from '@/api/account'
import { ContentSection } from '@/components/ui/content-section'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

/** The account's language named in the interface language: "English (en)", "Deutsch (de)". */
function languageName(
  code: string,
  locale: string,
  format: (name: string, code: string) => string,
) {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code)
    return name && name !== code ? format(name, code) : code
  } catch {
    return code // not a BCP 47 tag
  }
}

function ProfileSkeleton() {
  const { t } = useI18n()
  return (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2" aria-busy="true">
      <span className="sr-only">{t.account.profile.loading}</span>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="space-y-1.5">
          <Skeleton className="h-4 w-20" />
          <Skeleton className="h-5 w-40 max-w-full" />
        </div>
      ))}
    </div>
  )
}

/** Read-only profile from GET /api/client/account (contract §3.1). */
export function ProfileSection() {
  const { t, locale } = useI18n()
  const account = useQuery(accountQueries.detail())

  return (
    <ContentSection title={t.account.profile.title} description={t.account.profile.description}>
      {account.isPending ? (
        <ProfileSkeleton />
      ) : account.isError ? (
        <ErrorState
          title={t.account.profile.loadFailed}
          error={account.error}
          onRetry={() => void account.refetch()}
          retrying={account.isFetching}
        />
      ) : (
        <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-fg-muted">{t.account.profile.username}</dt>
            <dd className="mt-0.5 flex flex-wrap items-center gap-2 font-medium text-fg">
              <span className="min-w-0 break-words">{account.data.username}</span>
              {account.data.admin && (
                <span className="inline-flex items-center rounded-full bg-accent-subtle px-2 py-0.5 text-xs font-medium text-accent-text">
                  {t.account.profile.administrator}
                </span>
              )}
            </dd>
          </div>
          {(
            [
              [t.account.profile.email, account.data.email],
              [
                t.account.profile.name,
                `${account.data.firstName} ${account.data.lastName}`.trim() ||
                  t.account.profile.nameNotSet,
              ],
              [
                t.account.profile.language,
                languageName(account.data.language, locale, t.account.profile.languageValue),
              ],
            ] as const
          ).map(([term, value]) => (
            <div key={term} className="min-w-0">
              <dt className="text-fg-muted">{term}</dt>
              <dd className="mt-0.5 font-medium break-words text-fg">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </ContentSection>
  )
}
