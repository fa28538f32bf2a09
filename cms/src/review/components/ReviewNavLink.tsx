import { isStaffUser } from '../../access/roles'
import { NavLink, type NavLinkProps } from '../../admin/NavLink'
import { adminText } from '../../admin/adminText'
import { countWaiting } from './waiting'

/** Staff's way to the review queue, with how many changes wait. */
export async function ReviewNavLink({ i18n, payload, user }: NavLinkProps) {
  if (!isStaffUser(user)) return null
  const { t } = adminText(i18n)
  const waiting = await countWaiting(payload, user)
  return (
    <NavLink payload={payload} path="/review" className="velkomst-nav-review">
      {t('cms.review.title')}
      {waiting > 0 ? ` (${waiting})` : ''}
    </NavLink>
  )
}
