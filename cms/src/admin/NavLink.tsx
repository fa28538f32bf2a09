import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import type { ReactNode } from 'react'

import { adminPath } from './adminText'

/** What Payload gives a component in the admin's navigation (`afterNavLinks`). */
export interface NavLinkProps {
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/** A link in the admin's navigation to one of our own views, styled as Payload's own. */
export function NavLink({
  payload,
  path,
  className,
  children,
}: {
  payload: Payload
  /** The view's path below the admin (`/review`). */
  path: string
  className: string
  children: ReactNode
}) {
  return (
    <a className={`nav__link ${className}`} href={adminPath(payload.config.routes.admin, path)}>
      <span className="nav__link-label">{children}</span>
    </a>
  )
}
