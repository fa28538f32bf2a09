'use client'

import { usePathname } from 'next/navigation'
import { useEffect, type ReactNode } from 'react'

/**
 * Marks the page once the admin has hydrated for the current path (`<html data-admin-ready>`),
 * so browser tests wait for the admin instead of racing it or sleeping.
 */
export function AdminReady({ children }: { children?: ReactNode }) {
  const pathname = usePathname()
  useEffect(() => {
    document.documentElement.dataset.adminReady = pathname
  }, [pathname])
  return children
}
