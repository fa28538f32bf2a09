import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatDate, formatNumber } from '@velkomst/shared/format'
import { isQuarterKey, quarterOf } from '@velkomst/shared/quarter'

import { isStaffUser } from '../../access/roles'
import { adminText } from '../../admin/adminText'
import { answeredQuarters, loadAnswers, tally } from '../results'
import { BarChart } from './BarChart'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/admin/survey-results` (staff): the newcomer survey per quarter. Each question's answers as a
 * bar chart with a table beside it (the table is what a screen reader reads), the written
 * answers, and CSV downloads of the quarter and of everything.
 */
export async function SurveyResultsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale: contentLocale } = initPageResult
  const { payload, user, i18n } = req
  const { locale, t } = adminText(i18n)
  const staff = isStaffUser(user)
  const quarters = staff ? await answeredQuarters(payload, user) : []
  const asked = first(searchParams?.quarter)
  const quarter = asked && isQuarterKey(asked) ? asked : (quarters[0] ?? quarterOf(new Date()))
  const results = staff ? tally(await loadAnswers(payload, user, quarter), quarter, locale) : null
  const api = payload.config.routes.api
  const percent = (count: number, of: number) =>
    of === 0 ? '–' : `${formatNumber(Math.round((count / of) * 100), locale)} %`

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
      <Gutter className="velkomst-survey">
        <h1>{t('survey.results.title')}</h1>
        {!results ? (
          <p role="alert">{t('cms.error.forbidden')}</p>
        ) : (
          <>
            <form className="velkomst-survey__quarter" method="get">
              <label htmlFor="survey-quarter">{t('survey.results.quarter')}</label>
              <select defaultValue={quarter} id="survey-quarter" name="quarter">
                {[...new Set([quarter, ...quarters])]
                  .sort()
                  .reverse()
                  .map((q) => (
                    <option key={q} value={q}>
                      {q}
                    </option>
                  ))}
              </select>
              <button className="btn btn--style-secondary btn--size-small" type="submit">
                {t('survey.results.show')}
              </button>
            </form>
            <p>
              {t('survey.results.intro', {
                quarter,
                count: results.count,
                inPerson: results.inPerson,
              })}
            </p>
            <p className="velkomst-survey__downloads">
              <a download href={`${api}/survey-answers/export?quarter=${quarter}`}>
                {t('survey.results.csvQuarter')}
              </a>
              {' · '}
              <a download href={`${api}/survey-answers/export`}>
                {t('survey.results.csv')}
              </a>
            </p>
            {results.count === 0 ? (
              <p>{t('survey.results.none')}</p>
            ) : (
              <>
                {results.charts.map((chart) => (
                  <section
                    aria-labelledby={`survey-${chart.field}`}
                    className="velkomst-chart"
                    key={chart.field}
                  >
                    <h2 id={`survey-${chart.field}`}>{chart.question}</h2>
                    <p>{t('survey.results.answered', { count: chart.answered })}</p>
                    <div className="velkomst-chart__body">
                      <BarChart chart={chart} />
                      <table className="velkomst-chart__table">
                        <caption className="velkomst-visually-hidden">{chart.question}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('survey.results.answer')}</th>
                            <th scope="col">{t('survey.results.count')}</th>
                            <th scope="col">{t('survey.results.share')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {chart.rows.map((row) => (
                            <tr key={row.value}>
                              <th scope="row">{row.label}</th>
                              <td>{row.count}</td>
                              <td>{percent(row.count, chart.answered)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </section>
                ))}
                <section aria-labelledby="survey-texts">
                  <h2 id="survey-texts">{t('survey.results.texts')}</h2>
                  {results.texts.map((group) => (
                    <section aria-labelledby={`survey-${group.field}`} key={group.field}>
                      <h3 id={`survey-${group.field}`}>{group.question}</h3>
                      {group.items.length === 0 ? (
                        <p>{t('survey.results.noTexts')}</p>
                      ) : (
                        <ul className="velkomst-survey__texts">
                          {group.items.map((item) => (
                            <li key={item.id}>
                              <p>{item.text}</p>
                              <p className="velkomst-survey__meta">
                                {formatDate(item.createdAt, locale)}
                                {item.inPerson ? ` · ${t('survey.field.inPerson')}` : ''}
                              </p>
                            </li>
                          ))}
                        </ul>
                      )}
                    </section>
                  ))}
                </section>
              </>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
