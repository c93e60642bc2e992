import { AccountPage } from '@/features/account/account-page'

export default function AccountRoute() {
  return <AccountPage />
}
