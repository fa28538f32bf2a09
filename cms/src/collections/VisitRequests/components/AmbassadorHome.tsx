import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import { formatDate } from '@velkomst/shared/format'
import { vocabularyKey } from '@velkomst/shared/i18n'
import { visitStatuses } from '@velkomst/shared/newcomers'

import { isAmbassadorUser, isStaffUser } from '../../../access/roles'
import { adminPath, adminText } from '../../../admin/adminText'

interface Props {
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/**
 * On the dashboard: an ambassador's open visit requests (the only ones they can read), and for
 * staff how many new requests wait to be assigned.
 */
export async function AmbassadorHome({ i18n, payload, user }: Props) {
  const { locale, t } = adminText(i18n)
  const admin = payload.config.routes.admin
  const requests = adminPath(admin, '/collections/visit-requests')
  if (isStaffUser(user)) {
    const { totalDocs } = await payload.count({
      collection: 'visit-requests',
      where: { status: { equals: 'new' } },
      overrideAccess: false,
      user,
    })
    return (
      <section aria-labelledby="velkomst-visits-heading" className="velkomst-home__panel">
        <h2 id="velkomst-visits-heading">{t('ambassadors.requests.plural')}</h2>
        <p>{t('ambassadors.home.queue', { count: totalDocs })}</p>
        <a href={`${requests}?where[status][equals]=new`}>{t('ambassadors.home.queueLink')}</a>
      </section>
    )
  }
  if (!isAmbassadorUser(user)) return null
  const { docs } = await payload.find({
    collection: 'visit-requests',
    where: { status: { not_equals: 'closed' } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const statusLabel = (status: string) => {
    const known = visitStatuses.find((s) => s === status)
    return known ? t(vocabularyKey('visitStatus', known)) : status
  }
  return (
    <div className="velkomst-home">
      <section aria-labelledby="velkomst-visits-heading" className="velkomst-home__panel">
        <h2 id="velkomst-visits-heading">{t('ambassadors.home.heading')}</h2>
        <p>{t('ambassadors.home.intro')}</p>
        {docs.length === 0 ? (
          <p>{t('ambassadors.home.none')}</p>
        ) : (
          <ul className="velkomst-home__list">
            {docs.map((r) => (
              <li key={r.id}>
                <a href={`${requests}/${r.id}`}>{t('ambassadors.home.open', { name: r.name })}</a>
                {' · '}
                {statusLabel(r.status)}
                {' · '}
                {formatDate(r.createdAt, locale)}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={adminPath(admin, '/collections/survey-answers/create')}>
            {t('ambassadors.home.survey')}
          </a>
        </p>
      </section>
    </div>
  )
}
