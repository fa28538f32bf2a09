import { isStaffUser } from '../../access/roles'
import { NavLink, type NavLinkProps } from '../../admin/NavLink'
import { adminText } from '../../admin/adminText'

/** Staff's way to the quarterly report. */
export function TicketReportNavLink({ i18n, payload, user }: NavLinkProps) {
  if (!isStaffUser(user)) return null
  return (
    <NavLink payload={payload} path="/ticket-report" className="velkomst-nav-report">
      {adminText(i18n).t('tickets.report.nav')}
    </NavLink>
  )
}
