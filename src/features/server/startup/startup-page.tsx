import { useQuery } from '@tanstack/react-query'

import { startupQueries } from '@/api/startup'
import { ContentSection } from '@/components/ui/content-section'
import { CopyButton } from '@/components/ui/copy-button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { FormAlert } from '@/components/ui/form-alert'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { DockerImageSection } from './docker-image-section'
import { VariableField } from './variable-field'

/** `/server/:id/startup`: the rendered command, the Docker image, one control per variable. */
export default function StartupPage() {
  const { t } = useI18n()
  const { detail, can } = useServerContext()
  const id = detail.server.identifier
  const mayRead = can('startup.read')
  const query = useQuery({ ...startupQueries.detail(id), enabled: mayRead })
  if (!mayRead) return <NoAccess />

  if (query.isPending) return <StartupSkeleton />
  if (query.isError) {
    return (
      <ErrorState
        title={t.startup.loadError}
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    )
  }
  const { command, variables, dockerImages } = query.data
  const mayUpdate = can('startup.update')

  return (
    <div className="space-y-8">
      <h2 className="sr-only">{t.startup.title}</h2>
      <ContentSection
        title={t.startup.command.title}
        description={t.startup.command.description}
        actions={<CopyButton value={command} label={t.startup.command.copy} />}
      >
        <pre
          className="overflow-x-auto rounded-md bg-surface-muted px-3 py-2.5 font-mono text-sm break-all whitespace-pre-wrap text-fg"
          tabIndex={0}
        >
          {command}
        </pre>
      </ContentSection>
      <DockerImageSection
        serverId={id}
        current={detail.dockerImage}
        images={dockerImages}
        mayChange={can('startup.docker-image')}
      />
      <section aria-labelledby="startup-variables" className="space-y-3">
        <div>
          <h2 id="startup-variables" className="text-base font-semibold text-fg">
            {t.startup.variables.title}
          </h2>
          <p className="mt-1 text-sm text-fg-muted">{t.startup.variables.description}</p>
        </div>
        {!mayUpdate && variables.length > 0 && (
          <FormAlert tone="info" message={t.startup.variables.noPermission} />
        )}
        {variables.length === 0 ? (
          <EmptyState title={t.startup.variables.empty} />
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {variables.map((variable) => (
              <VariableField
                key={variable.envVariable}
                serverId={id}
                variable={variable}
                mayEdit={mayUpdate}
              />
            ))}
          </div>
        )}
      </section>
    </div>
  )
}

function StartupSkeleton() {
  const { t } = useI18n()
  return (
    <div className="space-y-8" aria-busy="true" aria-label={t.common.loading}>
      <Skeleton className="h-24 w-full rounded-lg" />
      <Skeleton className="h-28 w-full rounded-lg" />
      <div className="grid gap-4 md:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-36 rounded-lg" />
        ))}
      </div>
    </div>
  )
}
