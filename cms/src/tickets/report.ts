import type { Payload, PayloadRequest } from 'payload'
import { translate, vocabularyKey, type Locale } from '@velkomst/shared/i18n'
import { isQuarterKey } from '@velkomst/shared/quarter'
import { statusWithUptake } from '@velkomst/shared/validation'
import { offerStatuses, type OfferStatus } from '@velkomst/shared/vocabulary'

import { surveySummary, type SurveySummary } from './survey'
import { ticketsUsed } from './uptake'

type Id = number | string

export interface OfferUptake {
  id: string
  title: string
  /** The offer's total (0 once withdrawn); null when it has none (no limit). */
  available: number | null
  used: number
  /** As the site shows it: sold out once every ticket is handed out. */
  status: OfferStatus
}

const asStatus = (value: unknown): OfferStatus =>
  offerStatuses.find((s) => s === value) ?? 'available'

/** The offer's title, with its status when it is not simply available: "Koncert (Udsolgt)". */
export function offerLabel(offer: OfferUptake, locale: Locale): string {
  return offer.status === 'available'
    ? offer.title
    : `${offer.title} (${translate(locale, vocabularyKey('offerStatus', offer.status))})`
}

export interface QuarterReport {
  quarter: string
  /** As entered on the quarter's welcome letter; null when not entered (or no letter). */
  lettersSent: number | null
  offers: OfferUptake[]
  /** Tickets available: the sum of the offers' totals (offers without one are not counted). */
  available: number
  /** How many offers have no total. */
  unlimited: number
  used: number
  survey: SurveySummary
}

/** Handed out as a share of available, in whole per cent; null when there is no total. */
export function sharePercent(used: number, available: number | null): number | null {
  if (available === null || available <= 0) return null
  return Math.round((used / available) * 100)
}

/** Totals of a quarter from its offers. */
export function summarise(
  quarter: string,
  offers: OfferUptake[],
  lettersSent: number | null,
  survey: SurveySummary,
): QuarterReport {
  return {
    quarter,
    lettersSent,
    offers,
    available: offers.reduce((s, o) => s + (o.available ?? 0), 0),
    unlimited: offers.filter((o) => o.available === null).length,
    used: offers.reduce((s, o) => s + o.used, 0),
    survey,
  }
}

interface Access {
  req: Partial<PayloadRequest>
  user: unknown
}

const asUser = ({ req, user }: Access) => ({
  overrideAccess: false as const,
  user: user as never,
  req,
})

/**
 * A quarter's report, read with the user's own access (staff): its published offers with what was
 * handed out, the letters sent as entered on its letter, and the survey (see `survey.ts`).
 */
export async function quarterReport(
  payload: Payload,
  quarter: string,
  locale: Locale,
  access: Access,
): Promise<QuarterReport> {
  const [{ docs: offers }, { docs: letters }] = await Promise.all([
    payload.find({
      collection: 'ticket-offers',
      where: { and: [{ quarter: { equals: quarter } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      limit: 0,
      pagination: false,
      locale,
      sort: 'title',
      ...asUser(access),
    }),
    payload.find({
      collection: 'welcome-letters',
      where: { quarter: { equals: quarter } },
      depth: 0,
      limit: 1,
      ...asUser(access),
    }),
  ])
  const used = await ticketsUsed(
    payload,
    offers.map((o) => o.id as Id),
    access.req,
  )
  const letter = letters[0] as { lettersSent?: number | null } | undefined
  return summarise(
    quarter,
    (offers as unknown as Record<string, unknown>[]).map((o) => {
      const total = typeof o.totalAvailable === 'number' ? o.totalAvailable : null
      const handedOut = used.get(String(o.id)) ?? 0
      const status = statusWithUptake(asStatus(o.status), total, handedOut)
      return {
        id: String(o.id),
        title: typeof o.title === 'string' ? o.title : '',
        // A withdrawn offer has no tickets left to give: none of it counts as available.
        available: status === 'withdrawn' ? 0 : total,
        used: handedOut,
        status,
      }
    }),
    typeof letter?.lettersSent === 'number' ? letter.lettersSent : null,
    await surveySummary(payload, quarter, access),
  )
}

/** Quarters that have offers or a letter, newest first. */
export async function reportQuarters(payload: Payload, access: Access): Promise<string[]> {
  const [{ docs: offers }, { docs: letters }] = await Promise.all([
    payload.find({
      collection: 'ticket-offers',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { quarter: true },
      ...asUser(access),
    }),
    payload.find({
      collection: 'welcome-letters',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { quarter: true },
      ...asUser(access),
    }),
  ])
  const quarters = new Set(
    [...offers, ...letters].map((d) => (d as { quarter?: unknown }).quarter).filter(isQuarterKey),
  )
  return [...quarters].sort().reverse()
}

// CSV: semicolon-separated with a byte-order mark and CRLF, which Excel in Danish opens as
// columns straight away; numbers as plain digits.

/** One CSV cell: numbers as they are; text quoted when needed and never read as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  // A cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const csvRow = (cells: (string | number | null)[]) => cells.map(csvCell).join(';')

/** The report as CSV in `locale`: the summary, then one row per offer. */
export function reportCsv(report: QuarterReport, locale: Locale): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params)
  const rows: (string | number | null)[][] = [
    [t('tickets.report.title'), report.quarter],
    [t('tickets.report.lettersSent'), report.lettersSent],
    [t('tickets.report.offers'), report.offers.length],
    [t('tickets.report.available'), report.available],
    [t('tickets.report.used'), report.used],
    [`${t('tickets.report.uptake')} (%)`, sharePercent(report.used, report.available || null)],
    [t('tickets.report.survey'), report.survey.answers],
    [],
    [
      t('tickets.uptake.offer'),
      t('tickets.csv.status'),
      t('tickets.uptake.available'),
      t('tickets.uptake.used'),
      t('tickets.uptake.remaining'),
      `${t('tickets.uptake.share')} (%)`,
    ],
    ...report.offers.map((o) => [
      o.title,
      t(vocabularyKey('offerStatus', o.status)),
      o.available,
      o.used,
      o.available === null ? null : Math.max(0, o.available - o.used),
      sharePercent(o.used, o.available),
    ]),
  ]
  return `\uFEFF${rows.map(csvRow).join('\r\n')}\r\n`
}
