import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'

import { isApiError } from '@/api/errors'
import {
  createAllocation,
  deleteAllocation,
  networkQueries,
  setPrimaryAllocation,
} from '@/api/network'
import type { Allocation } from '@/api/network'
import { serverDetailQueries } from '@/api/server'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ContentSection } from '@/components/ui/content-section'
import { EmptyState } from '@/components/ui/empty-state'
import { FormAlert } from '@/components/ui/form-alert'
import { QueryList } from '@/components/ui/query-list'
import { Skeleton } from '@/components/ui/skeleton'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { allocationAddress } from './address'
import { AllocationRow } from './allocation-row'

// The panel's DisplayException texts for a refused POST /network/allocations (contract §2.7).
const NOT_ENABLED = 'Server auto-allocation is not enabled for this instance.'
const NO_SPACE = 'Cannot assign additional allocation: no more space available on node.'

type AddProblem = { kind: 'notEnabled' } | { kind: 'message'; text: string }

/** `/server/:id/network`: allocations with notes, the primary one, add and remove. */
export default function NetworkPage() {
  const { t } = useI18n()
  const { detail, can } = useServerContext()
  const queryClient = useQueryClient()
  const id = detail.server.identifier
  const mayRead = can('allocation.read')
  const list = networkQueries.list(id)
  const query = useQuery({ ...list, enabled: mayRead })
  const [announcement, setAnnouncement] = useState('')
  const [actionError, setActionError] = useState<string>()
  const [focusRequest, setFocusRequest] = useState(0)
  const [primaryFor, setPrimaryFor] = useState<number | null>(null)
  const [removing, setRemoving] = useState<Allocation | null>(null)
  const [removePending, setRemovePending] = useState(false)
  const [removeError, setRemoveError] = useState<string>()
  const [adding, setAdding] = useState(false)
  const [addProblem, setAddProblem] = useState<AddProblem>()
  const [restartHint, setRestartHint] = useState(false)
  const busy = useRef(false)

  if (!mayRead) return <NoAccess />

  // null (no limit set) works like 0 in the panel's checks: nothing may be added or removed.
  const limit = detail.featureLimits.allocations ?? 0
  const allocations = query.data ?? []
  const mayCreate = can('allocation.create') && limit > 0
  // The panel refuses every delete on a server without an allocation limit.
  const mayDelete = can('allocation.delete') && limit > 0
  const mayUpdate = can('allocation.update')

  /** Only one change at a time: the rows' actions and Add share this guard. */
  const exclusive = async (work: () => Promise<void>) => {
    if (busy.current) return
    busy.current = true
    try {
      await work()
    } finally {
      busy.current = false
    }
  }

  const refreshServer = () =>
    queryClient.invalidateQueries({ queryKey: serverDetailQueries.detail(id).queryKey })

  const makePrimary = (allocation: Allocation) =>
    exclusive(async () => {
      setPrimaryFor(allocation.id)
      setActionError(undefined)
      try {
        const primary = await setPrimaryAllocation(id, allocation.id)
        queryClient.setQueryData(list.queryKey, (items) =>
          items?.map((a) => ({ ...a, isPrimary: a.id === primary.id })),
        )
        setAnnouncement(t.network.madePrimary(allocationAddress(primary)))
        setRestartHint(true)
        await refreshServer()
      } catch (error) {
        setActionError(errorText(error))
      } finally {
        setPrimaryFor(null)
      }
    })

  const confirmRemove = () =>
    exclusive(async () => {
      if (!removing) return
      setRemovePending(true)
      setRemoveError(undefined)
      try {
        await deleteAllocation(id, removing.id)
        queryClient.setQueryData(list.queryKey, (items) =>
          items?.filter((a) => a.id !== removing.id),
        )
        setAnnouncement(t.network.removed(allocationAddress(removing)))
        setRemoving(null)
        setAddProblem(undefined)
        // The row and the button that opened the dialog are gone: focus goes to the list.
        setFocusRequest((n) => n + 1)
        await refreshServer()
      } catch (error) {
        setRemoveError(errorText(error))
      } finally {
        setRemovePending(false)
      }
    })

  const add = () =>
    exclusive(async () => {
      setAdding(true)
      setAddProblem(undefined)
      try {
        const created = await createAllocation(id)
        queryClient.setQueryData(list.queryKey, (items) => [...(items ?? []), created])
        setAnnouncement(t.network.added(allocationAddress(created)))
        await refreshServer()
      } catch (error) {
        const detailText = isApiError(error) && error.status === 400 ? error.detail : ''
        setAddProblem(
          detailText === NOT_ENABLED
            ? { kind: 'notEnabled' }
            : {
                kind: 'message',
                text: detailText === NO_SPACE ? t.network.noSpace : errorText(error),
              },
        )
        // Someone else may have added one meanwhile (the limit answer): show the real list.
        await queryClient.invalidateQueries({ queryKey: list.queryKey })
      } finally {
        setAdding(false)
      }
    })

  const atLimit = allocations.length >= limit
  const footer =
    mayCreate && query.isSuccess ? (
      <div className="flex w-full flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-fg-muted">{t.network.usage(allocations.length, limit)}</p>
        {atLimit ? (
          <p className="text-sm text-fg-muted">{t.network.atLimit}</p>
        ) : (
          <Button pending={adding} onClick={() => void add()} className="max-sm:w-full">
            {adding ? t.network.adding : t.network.add}
          </Button>
        )}
      </div>
    ) : undefined

  return (
    <div className="space-y-4">
      <ContentSection title={t.network.title} description={t.network.description} footer={footer}>
        <QueryList
          label={t.network.listLabel}
          query={query}
          skeleton={<NetworkSkeleton />}
          errorTitle={t.network.loadError}
          empty={<EmptyState title={t.network.empty} />}
          announcement={announcement}
          actionError={actionError}
          focusRequest={focusRequest}
        >
          {(items) => (
            <ul className="divide-y divide-border">
              {items.map((allocation) => (
                <AllocationRow
                  key={allocation.id}
                  serverId={id}
                  allocation={allocation}
                  mayUpdate={mayUpdate}
                  mayDelete={mayDelete}
                  primaryPending={primaryFor === allocation.id}
                  onMakePrimary={(a) => void makePrimary(a)}
                  onRemove={(a) => {
                    setRemoveError(undefined)
                    setRemoving(a)
                  }}
                />
              ))}
            </ul>
          )}
        </QueryList>
      </ContentSection>
      {restartHint && <FormAlert tone="info" message={t.network.primaryRestart} />}
      {addProblem?.kind === 'notEnabled' && (
        <FormAlert
          tone="warning"
          title={t.network.notEnabled.title}
          message={t.network.notEnabled.description}
        />
      )}
      {addProblem?.kind === 'message' && <FormAlert message={addProblem.text} />}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open && !removePending) setRemoving(null)
        }}
        title={removing ? t.network.removeTitle(allocationAddress(removing)) : ''}
        description={t.network.removeDescription}
        confirmLabel={t.network.remove}
        onConfirm={() => void confirmRemove()}
        pending={removePending}
        error={removeError}
        tone="danger"
      />
    </div>
  )
}

function NetworkSkeleton() {
  const { t } = useI18n()
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        {t.common.loading}
      </p>
      <ul className="divide-y divide-border" aria-hidden="true">
        {[0, 1].map((i) => (
          <li
            key={i}
            className="grid gap-3 py-4 first:pt-0 md:grid-cols-[minmax(0,17rem)_minmax(0,1fr)_14rem] md:items-center md:gap-4"
          >
            <Skeleton className="h-5 w-44" />
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-8 w-28" />
          </li>
        ))}
      </ul>
    </div>
  )
}
