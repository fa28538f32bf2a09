import { useTranslations, type Locale } from '@velkomst/shared/i18n'
import { localeDefinition } from '@velkomst/shared/locales'

export interface UptakeRow {
  key: string
  label: string
  available: number | null
  used: number
}

const percent = (locale: Locale, used: number, available: number | null) =>
  available && available > 0
    ? new Intl.NumberFormat(localeDefinition(locale).intl, {
        style: 'percent',
        maximumFractionDigits: 0,
      }).format(used / available)
    : null

const number = (locale: Locale, n: number) => n.toLocaleString(localeDefinition(locale).intl)

/**
 * Handed out against available, as horizontal bars (an SVG with a title and a description) and
 * the same numbers in a table beside it, which is what screen readers and keyboards use. Bars
 * differ in length and the numbers are written on them, so nothing is told by colour alone.
 */
export function UptakeChart({
  id,
  rows,
  title,
  locale,
  rowHeader,
  total,
}: {
  id: string
  rows: UptakeRow[]
  title: string
  locale: Locale
  rowHeader: string
  /** Adds a "Total" row to the table. */
  total?: boolean
}) {
  const t = useTranslations(locale)
  const width = 640
  const rowHeight = 46
  const barHeight = 16
  const height = Math.max(rowHeight, rows.length * rowHeight) + 8
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.available ?? 0, r.used)))
  const totalAvailable = rows.every((r) => r.available === null)
    ? null
    : rows.reduce((s, r) => s + (r.available ?? 0), 0)
  const totalUsed = rows.reduce((s, r) => s + r.used, 0)
  return (
    <div className="velkomst-uptake">
      <figure className="velkomst-uptake__figure">
        <svg
          aria-labelledby={`${id}-title ${id}-desc`}
          height={height}
          role="img"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{t('tickets.uptake.chartDesc')}</desc>
          {rows.map((r, i) => {
            const y = i * rowHeight + 4
            const availableWidth = ((r.available ?? r.used) / scale) * (width - 4)
            const usedWidth = (r.used / scale) * (width - 4)
            const share = percent(locale, r.used, r.available)
            return (
              <g key={r.key}>
                <text className="velkomst-uptake__label" x="2" y={y + 13}>
                  {r.label}
                  {' — '}
                  {r.available === null
                    ? `${number(locale, r.used)} (${t('tickets.uptake.noLimit')})`
                    : `${number(locale, r.used)} / ${number(locale, r.available)}${share ? ` (${share})` : ''}`}
                </text>
                <rect
                  className="velkomst-uptake__available"
                  height={barHeight}
                  width={Math.max(2, availableWidth)}
                  x="2"
                  y={y + 20}
                />
                <rect
                  className="velkomst-uptake__used"
                  height={barHeight}
                  width={usedWidth}
                  x="2"
                  y={y + 20}
                />
              </g>
            )
          })}
        </svg>
      </figure>
      <table className="velkomst-uptake__table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col">{t('tickets.uptake.available')}</th>
            <th scope="col">{t('tickets.uptake.used')}</th>
            <th scope="col">{t('tickets.uptake.remaining')}</th>
            <th scope="col">{t('tickets.uptake.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>
                {r.available === null ? t('tickets.uptake.noLimit') : number(locale, r.available)}
              </td>
              <td>{number(locale, r.used)}</td>
              <td>
                {r.available === null
                  ? t('tickets.report.notAvailable')
                  : number(locale, Math.max(0, r.available - r.used))}
              </td>
              <td>{percent(locale, r.used, r.available) ?? t('tickets.report.notAvailable')}</td>
            </tr>
          ))}
        </tbody>
        {total && rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('tickets.uptake.total')}</th>
              <td>
                {totalAvailable === null
                  ? t('tickets.uptake.noLimit')
                  : number(locale, totalAvailable)}
              </td>
              <td>{number(locale, totalUsed)}</td>
              <td>
                {totalAvailable === null
                  ? t('tickets.report.notAvailable')
                  : number(locale, Math.max(0, totalAvailable - totalUsed))}
              </td>
              <td>
                {percent(locale, totalUsed, totalAvailable) ?? t('tickets.report.notAvailable')}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}
