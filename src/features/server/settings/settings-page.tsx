import { useQuery } from '@tanstack/react-query'

import { accountQueries } from '@/api/account'
import { ContentSection } from '@/components/ui/content-section'
import { CopyButton } from '@/components/ui/copy-button'
import { useI18n } from '@/i18n/language'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { ReinstallSection } from './reinstall-section'
import { RenameForm } from './rename-form'

/** `/server/:id/settings`: rename, SFTP details, support details, reinstall. */
export default function SettingsPage() {
  const { t } = useI18n()
  const { detail, can } = useServerContext()
  const { server, sftp } = detail
  const account = useQuery(accountQueries.detail())

  const mayRename = can('settings.rename')
  const mayReinstall = can('settings.reinstall')
  const maySftp = can('file.sftp')
  if (!mayRename && !mayReinstall && !maySftp) return <NoAccess />

  // `<panel username>.<server identifier>` (contract §2.9).
  const username = account.data ? `${account.data.username}.${server.identifier}` : ''
  const sftpUrl = username ? `sftp://${username}@${sftp.host}:${sftp.port}` : ''

  return (
    <div className="space-y-8">
      <h2 className="sr-only">{t.server.shell.tabs.settings}</h2>
      {mayRename && (
        <RenameForm
          serverId={server.identifier}
          name={server.name}
          description={server.description}
        />
      )}
      {maySftp && (
        <ContentSection
          title={t.server.settings.sftp.title}
          description={t.server.settings.sftp.description}
        >
          <dl className="grid gap-4 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
            <dt className="font-medium text-fg-muted">{t.server.settings.sftp.address}</dt>
            <dd className="flex min-w-0 flex-wrap items-center gap-2">
              <code className="min-w-0 font-mono break-all text-fg">
                sftp://{sftp.host}:{sftp.port}
              </code>
              <CopyButton
                value={`sftp://${sftp.host}:${sftp.port}`}
                label={t.server.settings.sftp.copyAddress}
              />
            </dd>
            <dt className="font-medium text-fg-muted">{t.server.settings.sftp.username}</dt>
            <dd className="flex min-w-0 flex-wrap items-center gap-2">
              <code className="min-w-0 font-mono break-all text-fg">{username || '…'}</code>
              {username && (
                <CopyButton value={username} label={t.server.settings.sftp.copyUsername} />
              )}
            </dd>
            <dt className="font-medium text-fg-muted">{t.server.settings.sftp.password}</dt>
            <dd className="text-fg">{t.server.settings.sftp.passwordValue}</dd>
          </dl>
          {sftpUrl && (
            <div className="mt-5 space-y-1">
              <a href={sftpUrl} className="btn btn-secondary btn-md max-sm:w-full">
                {t.server.settings.sftp.launch}
              </a>
              <p className="text-xs text-fg-muted">{t.server.settings.sftp.launchHint}</p>
            </div>
          )}
        </ContentSection>
      )}
      <ContentSection
        title={t.server.settings.debug.title}
        description={t.server.settings.debug.description}
      >
        <dl className="grid gap-4 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
          <dt className="font-medium text-fg-muted">{t.server.settings.debug.node}</dt>
          <dd className="text-fg">{server.node}</dd>
          <dt className="font-medium text-fg-muted">{t.server.settings.debug.uuid}</dt>
          <dd className="flex min-w-0 flex-wrap items-center gap-2">
            <code className="min-w-0 font-mono break-all text-fg">{server.uuid}</code>
            <CopyButton value={server.uuid} label={t.server.settings.debug.copyUuid} />
          </dd>
        </dl>
      </ContentSection>
      {mayReinstall && <ReinstallSection serverId={server.identifier} name={server.name} />}
    </div>
  )
}
