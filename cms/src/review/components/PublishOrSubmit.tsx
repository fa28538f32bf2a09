import type { I18nClient } from '@payloadcms/translations'
import { PublishButton } from '@payloadcms/ui'
import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { isStaffUser } from '../../access/roles'
import { publishesDirectly, type ReviewedCollection } from '../trust'
import { adminText } from '../../admin/adminText'
import { SubmitForReview } from './SubmitForReview'

interface Props {
  collection: ReviewedCollection
  id?: number | string
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/**
 * Payload's "Publish" for those who may publish (staff, trusted associations); for other
 * editors "Submit for review", which saves the change as a draft marked for the municipality.
 */
export async function PublishOrSubmit({ collection, id, i18n, payload, user }: Props) {
  if (isStaffUser(user)) return <PublishButton />
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const doc =
    id === undefined
      ? undefined
      : await payload.findByID({ collection, id, depth: 0, draft: true, overrideAccess: true })
  if (await publishesDirectly(req, collection, doc ?? { id })) return <PublishButton />
  const { t } = adminText(i18n)
  return <SubmitForReview label={t('cms.review.submit')} done={t('cms.review.submitted')} />
}
