import { Outlet } from 'react-router'

import { SettingsNav } from '@/components/layout/settings-nav'

/** /account/…: one settings section, its side navigation beside (phone: above) the page. */
export default function AccountLayout() {
  return (
    <div className="-mt-3 flex flex-col gap-6 sm:-mt-4 md:mt-0 md:flex-row md:gap-10">
      <aside className="md:w-48 md:shrink-0">
        <div className="md:sticky md:top-24">
          <SettingsNav />
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
  )
}
