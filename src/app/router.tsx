import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { createBrowserRouter } from 'react-router'
import type { RouteObject } from 'react-router'

import { AppFrameSkeleton, PageSkeleton } from '@/components/layout/page-skeleton'
import { RootLayout } from '@/components/layout/root-layout'
import type { RouteHandle } from '@/components/layout/root-layout'
import { RouteError } from '@/components/layout/route-error'
import type { Messages } from '@/i18n/catalogue'

import { guestLoader, notFoundLoader, pageLoaders, protectedLoader } from './loaders'
import { AppLayout } from './routes/app-layout'

/** Every page is its own chunk. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
})

/** A route's page title, named by its key in the catalogue so it follows the language. */
const handle = (title: keyof Messages['layout']['titles']): RouteHandle => ({
  title: (t) => t.layout.titles[title],
})

/** The route table (used by the browser router and, unchanged, by tests' memory router). */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const pages = pageLoaders(queryClient)
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
          handle: handle('signIn'),
        },
        {
          path: 'login/checkpoint',
          loader: guestLoader(queryClient),
          lazy: page(() => import('./routes/login-checkpoint')),
          handle: handle('twoFactor'),
        },
        // The panel's own paths: its reset email links to /auth/password/reset/<token>?email=….
        {
          path: 'auth/password',
          loader: guestLoader(queryClient),
          lazy: page(() => import('./routes/forgot-password')),
          handle: handle('forgotPassword'),
        },
        {
          path: 'auth/password/reset/:token',
          loader: guestLoader(queryClient),
          lazy: page(() => import('./routes/reset-password')),
          handle: handle('resetPassword'),
        },
        {
          id: 'protected',
          loader: protectedLoader(queryClient),
          // A deep link paints the frame at once, while the account probe (and its retries when
          // the panel is down) runs.
          HydrateFallback: AppFrameSkeleton,
          Component: AppLayout,
          errorElement: <RouteError />,
          children: [
            {
              // Page errors render inside the shell, so navigation stays usable.
              errorElement: <RouteError />,
              children: [
                {
                  index: true,
                  loader: pages.servers,
                  lazy: page(() => import('./routes/servers')),
                  handle: handle('servers'),
                },
                {
                  path: 'account',
                  loader: pages.account,
                  lazy: page(() => import('./routes/account')),
                  handle: handle('account'),
                },
                {
                  path: 'account/api',
                  loader: pages.apiKeys,
                  lazy: page(() => import('./routes/account-api-keys')),
                  handle: handle('apiKeys'),
                },
                {
                  path: 'account/ssh',
                  loader: pages.sshKeys,
                  lazy: page(() => import('./routes/account-ssh-keys')),
                  handle: handle('sshKeys'),
                },
                {
                  path: 'account/activity',
                  loader: pages.activity,
                  lazy: page(() => import('./routes/account-activity')),
                  handle: handle('activity'),
                },
                {
                  // The panel's own URL shape: `/server/<identifier>`.
                  path: 'server/:id',
                  loader: pages.server,
                  lazy: page(() => import('./routes/server')),
                  children: [
                    {
                      index: true,
                      lazy: page(() => import('@/features/server/console/console-page')),
                      handle: handle('server'),
                    },
                    {
                      path: 'files',
                      lazy: page(() => import('@/features/server/files/files-page')),
                      handle: handle('serverFiles'),
                    },
                    {
                      path: 'settings',
                      lazy: page(() => import('@/features/server/settings/settings-page')),
                      handle: handle('serverSettings'),
                    },
                    {
                      path: 'activity',
                      lazy: page(() => import('@/features/server/activity/server-activity-page')),
                      handle: handle('serverActivity'),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          path: '*',
          loader: notFoundLoader(queryClient),
          lazy: page(() => import('./routes/not-found')),
          handle: handle('notFound'),
        },
      ],
    },
  ]
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient))
}
