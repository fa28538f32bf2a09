import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { localeDefinition } from '@velkomst/shared/locales'
import { isQuarterKey, quarterOf } from '@velkomst/shared/quarter'

import { isStaffUser } from '../../access/roles'
import { adminPath, adminText } from '../../admin/adminText'
import { offerLabel, quarterReport, reportQuarters, sharePercent } from '../report'
import { UptakeChart } from './UptakeChart'

/**
 * `/admin/ticket-report?quarter=2026-Q4`: what staff take to the committee. The quarter's letters
 * sent (as entered on its letter), tickets available and handed out per offer (chart and table),
 * the newcomer survey's answers (a seam until it exists), quarter by quarter, and the same as CSV.
 */
export async function TicketReportView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale: contentLocale } = initPageResult
  const { payload, user, i18n } = req
  const { locale, t } = adminText(i18n)
  const admin = payload.config.routes.admin
  const asked = typeof searchParams?.quarter === 'string' ? searchParams.quarter : undefined
  const staff = isStaffUser(user)
  const access = { req, user }
  const quarters = staff ? await reportQuarters(payload, access) : []
  // The quarter asked for, else this quarter, else the newest with offers or a letter.
  const current = quarterOf(new Date())
  const quarter =
    asked && isQuarterKey(asked)
      ? asked
      : quarters.includes(current)
        ? current
        : (quarters[0] ?? current)
  const report = staff ? await quarterReport(payload, quarter, locale, access) : null
  const overview = staff
    ? await Promise.all(
        [...quarters].reverse().map((q) => quarterReport(payload, q, locale, access)),
      )
    : []
  const number = (n: number) => n.toLocaleString(localeDefinition(locale).intl)
  const share = report ? sharePercent(report.used, report.available || null) : null
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
      <Gutter className="velkomst-report">
        <h1>{t('tickets.report.title')}</h1>
        {!staff || !report ? (
          <p role="alert">{t('cms.error.forbidden')}</p>
        ) : (
          <>
            {asked && !isQuarterKey(asked) && <p role="alert">{t('tickets.report.badQuarter')}</p>}
            <nav aria-labelledby="velkomst-report-quarters" className="velkomst-report__quarters">
              <h2 id="velkomst-report-quarters">{t('tickets.report.otherQuarters')}</h2>
              <ul>
                {quarters.map((q) => (
                  <li key={q}>
                    <a
                      aria-current={q === quarter ? 'page' : undefined}
                      href={`${adminPath(admin, '/ticket-report')}?quarter=${q}`}
                    >
                      {q}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>

            <section aria-labelledby="velkomst-report-summary">
              <h2 id="velkomst-report-summary">
                {t('tickets.report.summary')}: {quarter}
              </h2>
              <dl className="velkomst-report__summary">
                <dt>{t('tickets.report.lettersSent')}</dt>
                <dd>
                  {report.lettersSent === null
                    ? t('tickets.report.notEntered')
                    : number(report.lettersSent)}
                </dd>
                <dt>{t('tickets.report.offers')}</dt>
                <dd>{number(report.offers.length)}</dd>
                <dt>{t('tickets.report.available')}</dt>
                <dd>
                  {number(report.available)}
                  {report.unlimited > 0 &&
                    ` (+ ${report.unlimited} ${t('tickets.uptake.noLimit')})`}
                </dd>
                <dt>{t('tickets.report.used')}</dt>
                <dd>{number(report.used)}</dd>
                <dt>{t('tickets.report.uptake')}</dt>
                <dd>{share === null ? t('tickets.report.notAvailable') : `${share} %`}</dd>
                <dt>{t('tickets.report.survey')}</dt>
                <dd>{t('tickets.report.surveyCount', { count: report.survey.answers })}</dd>
              </dl>
              <p>
                <a download href={`${payload.config.routes.api}/ticket-report?quarter=${quarter}`}>
                  {t('tickets.report.csv')}
                </a>
              </p>
            </section>

            <section aria-labelledby="velkomst-report-offers">
              <h2 id="velkomst-report-offers">{t('tickets.report.perOffer')}</h2>
              {report.offers.length === 0 ? (
                <p>{t('tickets.uptake.none')}</p>
              ) : (
                <UptakeChart
                  id="velkomst-report-offers-chart"
                  locale={locale}
                  rowHeader={t('tickets.uptake.offer')}
                  rows={report.offers.map((o) => ({
                    key: o.id,
                    label: offerLabel(o, locale),
                    available: o.available,
                    used: o.used,
                  }))}
                  title={t('tickets.uptake.chartTitle', { quarter })}
                  total
                />
              )}
            </section>

            {overview.length > 1 && (
              <section aria-labelledby="velkomst-report-quarterly">
                <h2 id="velkomst-report-quarterly">{t('tickets.report.perQuarter')}</h2>
                <UptakeChart
                  id="velkomst-report-quarters-chart"
                  locale={locale}
                  rowHeader={t('cms.field.quarter')}
                  rows={overview.map((r) => ({
                    key: r.quarter,
                    label: r.quarter,
                    available: r.available || null,
                    used: r.used,
                  }))}
                  title={t('tickets.report.perQuarterTitle')}
                />
              </section>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
