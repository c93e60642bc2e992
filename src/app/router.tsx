import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { createBrowserRouter } from 'react-router'
import type { RouteObject } from 'react-router'

import { AppFrameSkeleton, PageSkeleton } from '@/components/layout/page-skeleton'
import { RootLayout } from '@/components/layout/root-layout'
import type { RouteHandle } from '@/components/layout/root-layout'
import { RouteError } from '@/components/layout/route-error'
import type { Messages } from '@/i18n/catalogue'
import { loadServerAreaMessages } from '@/i18n/language'

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
                  // One settings section: its side navigation stays while its pages change.
                  path: 'account',
                  lazy: page(() => import('./routes/account-layout')),
                  children: [
                    {
                      // A failing settings page keeps the side navigation.
                      errorElement: <RouteError />,
                      children: [
                        {
                          index: true,
                          lazy: page(() => import('./routes/account')),
                          handle: handle('account'),
                        },
                        {
                          path: 'security',
                          loader: pages.account,
                          lazy: page(() => import('./routes/account-security')),
                          handle: handle('security'),
                        },
                        {
                          path: 'api',
                          loader: pages.apiKeys,
                          lazy: page(() => import('./routes/account-api-keys')),
                          handle: handle('apiKeys'),
                        },
                        {
                          path: 'ssh',
                          loader: pages.sshKeys,
                          lazy: page(() => import('./routes/account-ssh-keys')),
                          handle: handle('sshKeys'),
                        },
                        {
                          path: 'activity',
                          loader: pages.activity,
                          lazy: page(() => import('./routes/account-activity')),
                          handle: handle('activity'),
                        },
                      ],
                    },
                  ],
                },
                {
                  // The panel's own URL shape: `/server/<identifier>`.
                  path: 'server/:id',
                  loader: pages.server,
                  // The server area's texts come with it (not in the app's first load).
                  lazy: page(async () => {
                    const [route] = await Promise.all([
                      import('./routes/server'),
                      loadServerAreaMessages(),
                    ])
                    return route
                  }),
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
                      path: 'databases',
                      lazy: page(() => import('@/features/server/databases/databases-page')),
                      handle: handle('serverDatabases'),
                    },
                    {
                      path: 'users',
                      lazy: page(() => import('@/features/server/users/users-page')),
                      handle: handle('serverUsers'),
                    },
                    {
                      path: 'activity',
                      lazy: page(() => import('@/features/server/activity/server-activity-page')),
                      handle: handle('serverActivity'),
                    },
                    {
                      path: 'startup',
                      lazy: page(() => import('@/features/server/startup/startup-page')),
                      handle: handle('serverStartup'),
                    },
                    {
                      path: 'network',
                      lazy: page(() => import('@/features/server/network/network-page')),
                      handle: handle('serverNetwork'),
                    },
                    {
                      path: 'backups',
                      lazy: page(() => import('@/features/server/backups/backups-page')),
                      handle: handle('serverBackups'),
                    },
                    {
                      path: 'schedules',
                      lazy: page(() => import('@/features/server/schedules/schedules-page')),
                      handle: handle('serverSchedules'),
                    },
                    {
                      path: 'schedules/:sid',
                      lazy: page(() => import('@/features/server/schedules/schedule-detail-page')),
                      handle: handle('serverSchedule'),
                    },
                    {
                      // The panel's URL shapes: the file's path (or the new file's folder) is the
                      // hash. CodeMirror is in these pages' chunks, so only they load it.
                      path: 'files/edit',
                      lazy: page(() => import('@/features/server/editor/edit-page')),
                      handle: handle('editFile'),
                    },
                    {
                      path: 'files/new',
                      lazy: page(() => import('@/features/server/editor/new-file-page')),
                      handle: handle('newFile'),
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
