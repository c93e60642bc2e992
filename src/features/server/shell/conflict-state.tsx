import { Button } from '@/components/ui/button'
import { useI18n } from '@/i18n/language'

import type { ConflictKind } from '../permissions'

/** The panel answers 409 on this server's pages: say why, plainly, instead of broken pages. */
export function ConflictState({
  kind,
  onRefresh,
  refreshing,
  adminConsole,
}: {
  kind: ConflictKind
  onRefresh: () => void
  refreshing: boolean
  adminConsole: boolean
}) {
  const { t } = useI18n()
  const text = t.server.conflict[kind]
  const tone =
    kind === 'installFailed' || kind === 'reinstallFailed' || kind === 'suspended'
      ? 'border-danger-text/30 bg-danger-subtle'
      : 'border-warning-text/30 bg-warning-subtle'
  return (
    <section
      aria-labelledby="server-conflict-title"
      className={`rounded-lg border px-4 py-5 sm:px-6 ${tone}`}
    >
      <h2 id="server-conflict-title" className="text-base font-semibold text-fg">
        {text.title}
      </h2>
      <p className="mt-1.5 max-w-prose text-sm text-fg">{text.description}</p>
      {adminConsole && (
        <p className="mt-2 text-sm text-fg-muted">{t.server.conflict.adminConsole}</p>
      )}
      <Button
        variant="secondary"
        size="sm"
        className="mt-4"
        pending={refreshing}
        onClick={onRefresh}
      >
        {t.server.conflict.refresh}
      </Button>
    </section>
  )
}
