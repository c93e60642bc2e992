import { useEffect } from 'react'
import { useLoaderData, useNavigate, useSearchParams } from 'react-router'

import { safeRedirect } from '@/lib/paths'

import type { GuestLoaderData } from '../loaders'

/** Sends a visitor the guest loader found signed in on to where they were going. */
export function useGuestRedirect() {
  const { signedIn } = useLoaderData<GuestLoaderData>()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const redirect = searchParams.get('redirect')

  useEffect(() => {
    let current = true
    void signedIn.then((yes) => {
      if (yes && current) void navigate(safeRedirect(redirect), { replace: true })
    })
    return () => {
      current = false
    }
  }, [signedIn, redirect, navigate])
}
