import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { adminPath, adminText } from '../../admin/adminText'
import { offerLabel, quarterReport } from '../report'
import { UptakeChart } from './UptakeChart'

interface Props {
  id?: number | string
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/**
 * Beside the welcome letter: how many of the quarter's free tickets have been handed out, per
 * offer (a chart and its table), and the way to the quarterly report.
 */
export async function LetterUptake({ id, i18n, payload, user }: Props) {
  const { locale, t } = adminText(i18n)
  if (id === undefined) return null
  const letter = (await payload
    .findByID({
      collection: 'welcome-letters',
      id,
      depth: 0,
      overrideAccess: false,
      user: user ?? undefined,
      disableErrors: true,
    })
    .catch(() => null)) as { quarter?: string } | null
  if (!letter?.quarter) return null
  const report = await quarterReport(payload, letter.quarter, locale, { req: { payload }, user })
  const href = `${adminPath(payload.config.routes.admin, '/ticket-report')}?quarter=${letter.quarter}`
  return (
    <section aria-labelledby="velkomst-uptake-heading" className="velkomst-uptake-panel">
      <h2 id="velkomst-uptake-heading">{t('tickets.uptake.heading')}</h2>
      {report.offers.length === 0 ? (
        <p>{t('tickets.uptake.none')}</p>
      ) : (
        <UptakeChart
          id="velkomst-letter-uptake"
          locale={locale}
          rowHeader={t('tickets.uptake.offer')}
          rows={report.offers.map((o) => ({
            key: o.id,
            label: offerLabel(o, locale),
            available: o.available,
            used: o.used,
          }))}
          title={t('tickets.uptake.chartTitle', { quarter: report.quarter })}
          total
        />
      )}
      <p>
        <a href={href}>{t('tickets.uptake.report')}</a>
      </p>
    </section>
  )
}
