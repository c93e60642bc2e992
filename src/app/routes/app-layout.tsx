import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { Outlet, useNavigate } from 'react-router'

import { accountDisplayName, accountQueries } from '@/api/account'
import { logout } from '@/api/auth'
import { isApiError } from '@/api/errors'
import { AppShell } from '@/components/layout/app-shell'
import { errorText } from '@/i18n/error-text'
import { messages } from '@/i18n/language'
import { paths } from '@/lib/paths'
import { toast } from '@/lib/toast-store'

/**
 * The signed-in branch's element (not lazy: it paints while page chunks load). `children`
 * replaces the outlet for pages outside the branch that still belong in the frame (404).
 */
export function AppLayout({ children }: { children?: ReactNode }) {
  const { data: account } = useQuery(accountQueries.detail())
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [signingOut, setSigningOut] = useState(false)

  const signOut = async () => {
    setSigningOut(true)
    try {
      await logout()
    } catch (error) {
      // 401/419: the session is already gone, which is what the person wanted.
      if (!(isApiError(error) && (error.status === 401 || error.status === 419))) {
        setSigningOut(false)
        toast(messages().layout.signOutFailed(isApiError(error) ? errorText(error) : ''), 'error')
        return
      }
    }
    await navigate(paths.login({ reason: 'signed-out' }), { replace: true })
    queryClient.clear()
  }

  return (
    <AppShell
      userName={account ? accountDisplayName(account) : undefined}
      onSignOut={() => void signOut()}
      signingOut={signingOut}
    >
      {children ?? <Outlet />}
    </AppShell>
  )
}
