import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '../../access/roles'
import { adminText } from '../../admin/adminText'
import { EraseButton, EraseForm } from './EraseForm'

interface Props {
  id?: number | string
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/** Above the visit requests (staff): delete one person's data by email or phone, on request. */
export function ErasePerson({ i18n, user }: Props) {
  if (!isStaffUser(user)) return null
  const { t } = adminText(i18n)
  return (
    <EraseForm
      strings={{
        heading: t('ambassadors.erase.heading'),
        intro: t('ambassadors.erase.intro'),
        email: t('ambassadors.erase.email'),
        phone: t('ambassadors.erase.phone'),
        submit: t('ambassadors.erase.submit'),
        confirm: t('ambassadors.erase.confirm'),
      }}
    />
  )
}

/** In a visit request's sidebar (staff): the same, for the person who sent it. */
export async function ErasePersonOfRequest({ id, i18n, payload, user }: Props) {
  if (!isStaffUser(user) || id === undefined) return null
  const { t } = adminText(i18n)
  const request = await payload
    .findByID({ collection: 'visit-requests', id, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!request || (!request.email && !request.phone)) return null
  const who = request.email ?? request.phone ?? ''
  return (
    <EraseButton
      listUrl={`${payload.config.routes.admin}/collections/visit-requests`}
      person={{ email: request.email ?? '', phone: request.phone ?? '' }}
      strings={{
        button: t('ambassadors.erase.thisPerson'),
        confirm: t('ambassadors.erase.confirm', { who }),
      }}
    />
  )
}
