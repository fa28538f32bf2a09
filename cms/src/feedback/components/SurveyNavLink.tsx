import { isStaffUser } from '../../access/roles'
import { NavLink, type NavLinkProps } from '../../admin/NavLink'
import { adminText } from '../../admin/adminText'

/** Staff's way to the survey's results. */
export function SurveyNavLink({ i18n, payload, user }: NavLinkProps) {
  if (!isStaffUser(user)) return null
  return (
    <NavLink payload={payload} path="/survey-results" className="velkomst-nav-survey">
      {adminText(i18n).t('survey.results.nav')}
    </NavLink>
  )
}
