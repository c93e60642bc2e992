import { useQuery } from '@tanstack/react-query'

import { accountQueries } from '@/api/account'
import { ContentSection } from '@/components/ui/content-section'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'

function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code)
    return name && name !== code ? `${name} (${code})` : code
  } catch {
    return code // not a BCP 47 tag
  }
}

function ProfileSkeleton() {
  return (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2" aria-busy="true">
      <span className="sr-only">Loading your profile…</span>
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
  const account = useQuery(accountQueries.detail())

  return (
    <ContentSection
      title="Profile"
      description="Your name and language are managed by your panel administrator."
    >
      {account.isPending ? (
        <ProfileSkeleton />
      ) : account.isError ? (
        <ErrorState
          title="Couldn't load your profile"
          error={account.error}
          onRetry={() => void account.refetch()}
          retrying={account.isFetching}
        />
      ) : (
        <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-fg-muted">Username</dt>
            <dd className="mt-0.5 flex flex-wrap items-center gap-2 font-medium text-fg">
              <span className="min-w-0 break-words">{account.data.username}</span>
              {account.data.admin && (
                <span className="inline-flex items-center rounded-full bg-accent-subtle px-2 py-0.5 text-xs font-medium text-accent-text">
                  Administrator
                </span>
              )}
            </dd>
          </div>
          {(
            [
              ['Email', account.data.email],
              ['Name', `${account.data.firstName} ${account.data.lastName}`.trim() || 'Not set'],
              ['Language', languageName(account.data.language)],
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
