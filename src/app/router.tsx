import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { createBrowserRouter } from 'react-router'
import type { RouteObject } from 'react-router'

import { PageSkeleton } from '@/components/layout/page-skeleton'
import { RootLayout } from '@/components/layout/root-layout'
import type { RouteHandle } from '@/components/layout/root-layout'
import { RouteError } from '@/components/layout/route-error'

import { guestLoader, protectedLoader } from './loaders'
import { AppLayout } from './routes/app-layout'

/** Every page is its own chunk. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
})

const handle = (title: string): RouteHandle => ({ title })

/** The route table (used by the browser router and, unchanged, by tests' memory router). */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: RootLayout,
      HydrateFallback: PageSkeleton,
      errorElement: <RouteError />,
      children: [
        {
          path: 'login',
          loader: guestLoader(queryClient),
          lazy: page(() => import('./routes/login')),
          handle: handle('Sign in'),
        },
        {
          path: 'login/checkpoint',
          loader: guestLoader(queryClient),
          lazy: page(() => import('./routes/login-checkpoint')),
          handle: handle('Two-factor authentication'),
        },
        {
          id: 'protected',
          loader: protectedLoader(queryClient),
          Component: AppLayout,
          errorElement: <RouteError />,
          children: [
            {
              // Page errors render inside the shell, so navigation stays usable.
              errorElement: <RouteError />,
              children: [
                {
                  index: true,
                  lazy: page(() => import('./routes/servers')),
                  handle: handle('Servers'),
                },
                {
                  path: 'account',
                  lazy: page(() => import('./routes/account')),
                  handle: handle('Account'),
                },
                {
                  path: 'account/api',
                  lazy: page(() => import('./routes/account-api-keys')),
                  handle: handle('API keys'),
                },
                {
                  path: 'account/ssh',
                  lazy: page(() => import('./routes/account-ssh-keys')),
                  handle: handle('SSH keys'),
                },
                {
                  path: 'account/activity',
                  lazy: page(() => import('./routes/account-activity')),
                  handle: handle('Activity'),
                },
              ],
            },
          ],
        },
        {
          path: '*',
          lazy: page(() => import('./routes/not-found')),
          handle: handle('Page not found'),
        },
      ],
    },
  ]
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient))
}
