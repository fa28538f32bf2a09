import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '../../access/roles'
import { adminPath, adminText } from '../../admin/adminText'

/** Staff's way to the quarterly report. */
export function TicketReportNavLink({
  i18n,
  payload,
  user,
}: {
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}) {
  if (!isStaffUser(user)) return null
  const { t } = adminText(i18n)
  return (
    <a
      className="nav__link velkomst-nav-report"
      href={adminPath(payload.config.routes.admin, '/ticket-report')}
    >
      <span className="nav__link-label">{t('tickets.report.nav')}</span>
    </a>
  )
}
