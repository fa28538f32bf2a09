import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { diffWords } from 'diff'
import type { AdminViewServerProps, Field } from 'payload'
import { formatDateTime } from '@velkomst/shared/format'
import { isLocale, type Locale } from '@velkomst/shared/i18n'

import { isStaffUser } from '../../access/roles'
import type { FieldChange } from '../diff'
import { reviewQueue } from '../queue'
import { adminPath, adminText } from '../../admin/adminText'
import { ReviewActions } from './ReviewActions'

type Labelled = { name?: string; label?: unknown; fields?: Field[]; tabs?: { fields: Field[] }[] }

/** A top-level field's label in the admin language, looking through tabs and rows. */
function labelOf(fields: Field[], name: string, locale: Locale): string {
  for (const field of fields as Labelled[]) {
    if (field.name === name) {
      const label = field.label as Record<string, string> | string | undefined
      return typeof label === 'object' ? (label[locale] ?? name) : (label ?? name)
    }
    const nested = [...(field.fields ?? []), ...(field.tabs ?? []).flatMap((tab) => tab.fields)]
    if (!field.name && nested.length) {
      const found = labelOf(nested, name, locale)
      if (found !== name) return found
    }
  }
  return name
}

/** Before and after, with the words that went marked in one and the words that came in the other. */
function Compared({ change }: { change: FieldChange }) {
  const parts = diffWords(change.before, change.after)
  return (
    <>
      <td>
        {parts
          .filter((p) => !p.added)
          .map((p, i) =>
            p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>,
          )}
      </td>
      <td>
        {parts
          .filter((p) => !p.removed)
          .map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>))}
      </td>
    </>
  )
}

/** `/admin/review`: every change waiting for review, what changed, and publish / send back. */
export async function ReviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale: contentLocale } = initPageResult
  const { payload, user, i18n } = req
  const { locale, t } = adminText(i18n)
  const admin = payload.config.routes.admin
  const queue = isStaffUser(user) ? await reviewQueue(payload, req) : []
  const strings = Object.fromEntries(
    (
      [
        'cms.review.publish',
        'cms.review.sendBack',
        'cms.review.comment',
        'activities.review.comment',
        'cms.review.commentRequired',
      ] as const
    ).map((key) => [key, t(key)]),
  )
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={contentLocale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="velkomst-review">
        <h1>{t('cms.review.title')}</h1>
        {!isStaffUser(user) ? (
          <p role="alert">{t('cms.error.forbidden')}</p>
        ) : queue.length === 0 ? (
          <p>{t('cms.review.empty')}</p>
        ) : (
          <>
            <p>{t('cms.review.intro')}</p>
            {queue.map((item) => {
              const config = payload.collections[item.collection].config
              const kind = t(`cms.collection.${item.collection}.singular`)
              const editHref = adminPath(admin, `/collections/${item.collection}/${item.id}`)
              return (
                <section
                  aria-labelledby={`review-${item.collection}-${item.id}`}
                  className="velkomst-review__item"
                  key={`${item.collection}-${item.id}`}
                >
                  <h2 id={`review-${item.collection}-${item.id}`}>
                    {item.title} <small>({kind})</small>
                  </h2>
                  <p>
                    {t('cms.review.by', {
                      who: item.submittedBy ?? '?',
                      when: item.submittedAt ? formatDateTime(item.submittedAt, locale) : '',
                    })}
                    {item.isNew ? ` · ${t('cms.review.new')}` : ''}
                  </p>
                  {item.changes.length === 0 ? (
                    <p>{t('cms.review.noChanges')}</p>
                  ) : (
                    <table className="velkomst-review__changes">
                      <caption>{t('cms.review.changes')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('cms.review.field')}</th>
                          <th scope="col">{t('cms.review.before')}</th>
                          <th scope="col">{t('cms.review.after')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {item.changes.map((change) => (
                          <tr key={[change.field, ...change.path].join('.')}>
                            <th scope="row">
                              {labelOf(config.fields, change.field, locale)}
                              {change.path.length > 0 &&
                                ` (${change.path
                                  .map((p) => (isLocale(p) ? p.toUpperCase() : p))
                                  .join(' › ')})`}
                            </th>
                            <Compared change={change} />
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <p className="velkomst-review__links">
                    <a href={editHref}>{t('cms.review.open', { name: item.title })}</a>
                    {' · '}
                    <a href={`${editHref}/versions`}>{t('cms.review.versions')}</a>
                  </p>
                  <ReviewActions
                    byResidents={item.byResidents}
                    collection={item.collection}
                    id={item.id}
                    strings={strings}
                    title={item.title}
                    version={item.versionId}
                  />
                </section>
              )
            })}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
