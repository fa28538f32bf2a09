import type { I18nClient } from '@payloadcms/translations'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { formatDate } from '@velkomst/shared/format'
import type { DictionaryKey } from '@velkomst/shared/i18n'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../access/roles'
import { fetchBuilds } from '../../site-builds/endpoints'
import { publishesDirectly, trustedAssociationIds } from '../../review/trust'
import { adminPath, adminText } from '../adminText'
import { countWaiting } from '../../review/components/waiting'
import { ConfirmButton } from '../../collections/Associations/confirm/ConfirmButton'
import { SiteBuilds } from '../../site-builds/components/SiteBuilds'
import { demoAccounts } from './demoAccounts'

interface Props {
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/** The first thing on the dashboard: an editor's own listings, or staff's daily work. */
export async function Home(props: Props) {
  if (isStaffUser(props.user)) return <StaffHome {...props} />
  if (isEditorUser(props.user)) return <EditorHome {...props} />
  return null
}

/** Listings last confirmed before this day (a quarter ago) are due for a check. */
export function staleBefore(now = new Date()): string {
  const quarterAgo = new Date(now)
  quarterAgo.setMonth(quarterAgo.getMonth() - 3)
  return quarterAgo.toISOString()
}

async function StaffHome({ i18n, payload, user }: Props) {
  const { locale, t } = adminText(i18n)
  const admin = payload.config.routes.admin
  const waiting = await countWaiting(payload, user)
  const before = staleBefore()
  const staleWhere = {
    or: [{ lastConfirmed: { less_than: before } }, { lastConfirmed: { exists: false } }],
  }
  const { totalDocs: stale } = await payload.count({
    collection: 'associations',
    where: staleWhere,
    overrideAccess: false,
    user,
  })
  const staleQuery = new URLSearchParams({
    'where[or][0][lastConfirmed][less_than]': before,
    'where[or][1][lastConfirmed][exists]': 'false',
    sort: 'lastConfirmed',
  })
  const builds = await fetchBuilds()
  const text = (key: DictionaryKey) => t(key)
  const demo = await demoAccounts(payload)
  return (
    <div className="velkomst-home">
      {demo.length > 0 && (
        <section aria-labelledby="velkomst-demo-heading" className="velkomst-home__panel">
          <h2 id="velkomst-demo-heading">{t('cms.home.demoAccountsTitle')}</h2>
          <p className="velkomst-home__warning">
            {t('cms.home.demoAccounts', { emails: demo.join(', ') })}
          </p>
        </section>
      )}
      <section aria-labelledby="velkomst-review-heading" className="velkomst-home__panel">
        <h2 id="velkomst-review-heading">{t('cms.review.title')}</h2>
        <p>{waiting === 0 ? t('cms.review.empty') : t('cms.review.count', { count: waiting })}</p>
        {waiting > 0 && <a href={adminPath(admin, '/review')}>{t('cms.home.reviewLink')}</a>}
      </section>
      <section aria-labelledby="velkomst-stale-heading" className="velkomst-home__panel">
        <h2 id="velkomst-stale-heading">{t('cms.field.lastConfirmed')}</h2>
        <p>{t('cms.home.stale', { count: stale })}</p>
        {stale > 0 && (
          <a href={`${adminPath(admin, '/collections/associations')}?${staleQuery.toString()}`}>
            {t('cms.home.staleLink')}
          </a>
        )}
      </section>
      <SiteBuilds
        initial={JSON.parse(JSON.stringify(builds)) as typeof builds}
        locale={locale}
        strings={Object.fromEntries(
          (
            [
              'cms.builds.title',
              'cms.builds.rebuild',
              'cms.builds.requested',
              'cms.builds.lastFailed',
              'cms.builds.recent',
              'cms.builds.when',
              'cms.builds.duration',
              'cms.builds.result',
              'cms.builds.reason',
              'cms.builds.ok',
              'cms.builds.failed',
              'cms.builds.running',
              'cms.builds.none',
              'cms.builds.unavailable',
              'cms.builds.notConfigured',
              'cms.builds.webhookOnly',
            ] as const
          ).map((key) => [key, text(key)]),
        )}
      />
    </div>
  )
}

async function EditorHome({ i18n, payload, user }: Props) {
  const { locale, t } = adminText(i18n)
  const admin = payload.config.routes.admin
  const own = ownAssociationIds(user)
  if (own.length === 0)
    return <p className="velkomst-home__panel">{t('cms.home.noAssociations')}</p>
  const query = { collection: 'associations' as const, where: { id: { in: own } }, depth: 0 }
  const [latest, live, events] = await Promise.all([
    payload.find({ ...query, draft: true, locale, pagination: false, overrideAccess: false, user }),
    payload.find({
      ...query,
      pagination: false,
      overrideAccess: false,
      user,
      select: { _status: true },
    }),
    payload.count({
      collection: 'events',
      where: { organizers: { in: own } },
      overrideAccess: false,
      user,
    }),
  ])
  const onSite = new Set(live.docs.filter((d) => d._status === 'published').map((d) => d.id))
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const trusted = await Promise.all(
    latest.docs.map((d) => publishesDirectly(req, 'associations', d)),
  )
  const allTrusted = trusted.every(Boolean)
  // Editors of a trusted association write good stories about it.
  const writesStories = (await trustedAssociationIds(req)).length > 0
  const stories = writesStories
    ? await payload.count({
        collection: 'stories',
        where: { associations: { in: own } },
        overrideAccess: false,
        user,
      })
    : null
  return (
    <div className="velkomst-home">
      <section aria-labelledby="velkomst-own-heading" className="velkomst-home__panel">
        <h2 id="velkomst-own-heading">{t('cms.home.yourAssociations')}</h2>
        <p>{allTrusted ? t('cms.home.introTrusted') : t('cms.home.intro')}</p>
        <ul className="velkomst-home__list">
          {latest.docs.map((doc) => (
            <li key={doc.id} className="velkomst-home__item">
              <h3>{doc.name}</h3>
              <p>
                {onSite.has(doc.id) ? t('cms.home.published') : t('cms.home.notPublished')}
                {doc.reviewState && doc.reviewState !== 'none'
                  ? ` · ${t(`vocab.reviewState.${doc.reviewState}`)}`
                  : ''}
              </p>
              {doc.reviewState === 'changes-requested' && doc.reviewComment && (
                <div className="velkomst-home__comment">
                  <strong>{t('cms.field.reviewComment')}:</strong> {doc.reviewComment}
                </div>
              )}
              <p>
                {doc.lastConfirmed
                  ? t('cms.confirm.last', { date: formatDate(doc.lastConfirmed, locale) })
                  : t('cms.confirm.never')}
              </p>
              <div className="velkomst-home__actions">
                <a
                  aria-label={`${t('cms.home.edit')}: ${doc.name}`}
                  className="btn btn--style-primary btn--size-medium"
                  href={adminPath(admin, `/collections/associations/${doc.id}`)}
                >
                  {t('cms.home.edit')}
                </a>
                <ConfirmButton id={doc.id} label={t('cms.confirm.button')} name={doc.name ?? ''} />
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="velkomst-events-heading" className="velkomst-home__panel">
        <h2 id="velkomst-events-heading">{t('cms.home.events')}</h2>
        <p>
          <a href={adminPath(admin, '/collections/events')}>
            {t('cms.home.events')} ({events.totalDocs})
          </a>
        </p>
        <p>
          <a href={adminPath(admin, '/collections/events/create')}>{t('cms.home.newEvent')}</a>
        </p>
      </section>
      {stories && (
        <section aria-labelledby="velkomst-stories-heading" className="velkomst-home__panel">
          <h2 id="velkomst-stories-heading">{t('cms.collection.stories.plural')}</h2>
          <p>{t('stories.cms.home.intro')}</p>
          <p>
            <a href={adminPath(admin, '/collections/stories')}>
              {t('cms.collection.stories.plural')} ({stories.totalDocs})
            </a>
          </p>
          <p>
            <a href={adminPath(admin, '/collections/stories/create')}>
              {t('stories.cms.home.new')}
            </a>
          </p>
        </section>
      )}
    </div>
  )
}
