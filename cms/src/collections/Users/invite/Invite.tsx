import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { adminText } from '../../../admin/adminText'
import { InviteForm } from './InviteForm'

/** Above the users list, for staff: invite an association's editor by email address. */
export async function Invite({
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
  const { docs } = await payload.find({
    collection: 'associations',
    draft: true,
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true },
    overrideAccess: false,
    user,
  })
  const strings = Object.fromEntries(
    (
      [
        'cms.invite.title',
        'cms.invite.intro',
        'cms.invite.email',
        'cms.invite.send',
        'cms.field.displayName',
        'cms.field.associations',
      ] as const
    ).map((key) => [key, t(key)]),
  )
  return (
    <InviteForm
      associations={docs.map((d) => ({ id: d.id, name: d.name ?? String(d.id) }))}
      strings={strings}
    />
  )
}
