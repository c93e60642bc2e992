import { QueryClientProvider } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import type { createBrowserRouter } from 'react-router'

import { SlowPanelNotice } from './slow-panel-notice'
import { Toaster } from '@/components/ui/toast'

type DataRouter = ReturnType<typeof createBrowserRouter>

interface AppProvidersProps {
  queryClient: QueryClient
  router: DataRouter
}

/** Query client + data router + slow-panel notice + toaster. Render errors reach the routes' errorElement. */
export function AppProviders({ queryClient, router }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      {/* Outside the router so it shows during the first load's loaders too. */}
      <SlowPanelNotice />
      <Toaster />
    </QueryClientProvider>
  )
}
