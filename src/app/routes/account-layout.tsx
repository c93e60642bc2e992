import { Outlet } from 'react-router'

import { SettingsNav } from '@/components/layout/settings-nav'

/** /account/…: one settings section, its side navigation beside (phone: above) the page. */
export default function AccountLayout() {
  return (
    <div className="flex flex-col gap-6 md:flex-row md:gap-10">
      <aside className="md:w-48 md:shrink-0">
        <SettingsNav />
      </aside>
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
  )
}
