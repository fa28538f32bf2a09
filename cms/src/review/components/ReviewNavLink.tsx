import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '../../access/roles'
import { adminPath, adminText } from '../../admin/adminText'
import { countWaiting } from './waiting'

/** Staff's way to the review queue, with how many changes wait. */
export async function ReviewNavLink({
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
  const waiting = await countWaiting(payload, user)
  return (
    <a
      className="nav__link velkomst-nav-review"
      href={adminPath(payload.config.routes.admin, '/review')}
    >
      <span className="nav__link-label">
        {t('cms.review.title')}
        {waiting > 0 ? ` (${waiting})` : ''}
      </span>
    </a>
  )
}
