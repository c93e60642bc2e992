import { QueryClientProvider } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import type { createBrowserRouter } from 'react-router'

import { Toaster } from '@/components/ui/toast'

type DataRouter = ReturnType<typeof createBrowserRouter>

interface AppProvidersProps {
  queryClient: QueryClient
  router: DataRouter
}

/** Query client + data router + toaster. Render errors reach the routes' errorElement. */
export function AppProviders({ queryClient, router }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>
  )
}
