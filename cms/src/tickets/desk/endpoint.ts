import type { Endpoint, PayloadRequest } from 'payload'
import { localeCodes, type Locale } from '@velkomst/shared/i18n'
import { dateKey, toDayKey } from '@velkomst/shared/time'
import type { DictionaryKey } from '@velkomst/shared/i18n'
import { checkHandedOutDay, checkTicketCount, checkWithinTotal } from '@velkomst/shared/validation'

import { offerOfDeskCode } from '../desks'
import { factsOf, problemText, ticketsUsed, type OfferFacts } from '../uptake'
import { deskHtml, type DeskView, type RecentRecord } from './page'
import { RateLimit } from './rateLimit'

/** How long after an offer's last day the desk may still record (a late tally). */
export const LATE_RECORDING_DAYS = 7
/** How long the desk itself may undo a record it made (a mistap); later only staff can. */
export const UNDO_MINUTES = 15
const MAX_BODY_BYTES = 4096
const limit = new RateLimit(30, 60_000)

/**
 * The desk's language: `?lang=`, else the browser's first Danish or English preference
 * (Accept-Language, by weight), else Danish.
 */
export function deskLocale(lang: string | null | undefined, acceptLanguage: string | null): Locale {
  if (lang && (localeCodes as readonly string[]).includes(lang)) return lang as Locale
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...rest] = part.trim().split(';')
      const q = rest.map((r) => /^\s*q=([\d.]+)/.exec(r)?.[1]).find(Boolean)
      return { primary: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q) : 1, i }
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
  const found = wanted.find((w) => (localeCodes as readonly string[]).includes(w.primary))
  return (found?.primary as Locale | undefined) ?? 'da'
}

const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  // The code in the address is the credential: never sent on, never framed, nothing loaded.
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}

const page = (view: DeskView, status = 200) => new Response(deskHtml(view), { status, headers })

function codeOf(req: PayloadRequest): string {
  const code = req.routeParams?.code
  return typeof code === 'string' ? code : ''
}

function query(req: PayloadRequest, name: string): string | null {
  return typeof req.searchParams?.get === 'function' ? req.searchParams.get(name) : null
}

interface Desk {
  locale: Locale
  action: string
  today: string
  facts: OfferFacts & { perHousehold: number }
  used: number
}

/** The offer behind the code and its state, or the page that says why there is none. */
async function openDesk(req: PayloadRequest): Promise<Desk | Response> {
  const locale = deskLocale(query(req, 'lang'), req.headers.get('accept-language'))
  const code = codeOf(req)
  const action = `${req.payload.config.routes.api}/ticket-desk/${encodeURIComponent(code)}`
  const today = dateKey(new Date())
  const base = { locale, action, today, undoMinutes: UNDO_MINUTES }
  const problem = (key: DictionaryKey, status: number, params = {}) =>
    page(
      { ...base, notice: { kind: 'problem', text: problemText(locale, { key, params }) } },
      status,
    )
  const offerId = await offerOfDeskCode(req.payload, code, req)
  if (offerId === null) return problem('tickets.desk.error.unknown', 404)
  const doc = (await req.payload
    .findByID({
      collection: 'ticket-offers',
      id: offerId,
      depth: 0,
      draft: false,
      locale: 'all',
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)) as Record<string, unknown> | null
  if (!doc) return problem('tickets.desk.error.unknown', 404)
  const facts = { ...factsOf(doc), perHousehold: Number(doc.ticketsPerHousehold ?? 1) || 1 }
  if (!facts.published) return problem('tickets.desk.error.notPublished', 409)
  if (facts.status === 'withdrawn') return problem('tickets.desk.error.withdrawn', 409)
  if (today < facts.validFrom) {
    return problem('tickets.desk.error.notYet', 409, { day: facts.validFrom })
  }
  const lastDay = new Date(`${facts.validTo}T12:00:00Z`)
  lastDay.setUTCDate(lastDay.getUTCDate() + LATE_RECORDING_DAYS)
  if (today > dateKey(lastDay)) {
    return problem('tickets.desk.error.closed', 409, { day: facts.validTo })
  }
  const used = (await ticketsUsed(req.payload, [facts.id], req)).get(facts.id) ?? 0
  return { locale, action, today, facts, used }
}

async function recentRecords(req: PayloadRequest, offer: string): Promise<RecentRecord[]> {
  const { docs } = await req.payload.find({
    collection: 'ticket-redemptions',
    where: { and: [{ offer: { equals: offer } }, { source: { equals: 'desk' } }] },
    sort: '-createdAt',
    limit: 5,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const now = Date.now()
  return (docs as { id: number; count: number; handedOutOn: string; createdAt: string }[]).map(
    (d) => ({
      id: String(d.id),
      count: d.count,
      day: toDayKey(d.handedOutOn) ?? '',
      createdAt: d.createdAt,
      undoable: now - new Date(d.createdAt).getTime() < UNDO_MINUTES * 60_000,
    }),
  )
}

function viewOf(desk: Desk, extra: Partial<DeskView> = {}, recent: RecentRecord[] = []): DeskView {
  const { facts, locale } = desk
  return {
    locale,
    action: desk.action,
    today: desk.today,
    undoMinutes: UNDO_MINUTES,
    offer: {
      title: (locale === 'en' && facts.title.en) || facts.title.da,
      validFrom: facts.validFrom,
      validTo: facts.validTo,
      total: facts.totalAvailable,
      used: desk.used,
      perHousehold: facts.perHousehold,
    },
    recent,
    ...extra,
  }
}

async function formOf(req: PayloadRequest): Promise<URLSearchParams | null> {
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > MAX_BODY_BYTES) return null
  const text = req.text ? await req.text() : ''
  if (text.length > MAX_BODY_BYTES) return null
  return new URLSearchParams(text)
}

/** After a change, the page is loaded again (no resubmit on reload), saying what happened. */
const seeOther = (desk: Desk, params: Record<string, string>) =>
  new Response(null, {
    status: 303,
    headers: {
      Location: `${desk.action}?${new URLSearchParams({ lang: desk.locale, ...params })}`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  })

/**
 * `/api/ticket-desk/:code`: the ticket desk for one offer, for whoever hands out its tickets (a
 * volunteer at the cinema's desk, on a phone). The code in the link is the only key: no account,
 * no password, no cookie. It opens this one offer and can only add records (and undo its own for
 * a quarter of an hour); staff replace a link that has got out. GET shows the desk; POST records.
 */
export const ticketDeskEndpoints: Endpoint[] = [
  {
    path: '/ticket-desk/:code',
    method: 'get',
    handler: async (req) => {
      const desk = await openDesk(req)
      if (desk instanceof Response) return desk
      const recent = await recentRecords(req, desk.facts.id)
      const recorded = query(req, 'recorded')
      const record = recent.find((r) => r.id === recorded)
      const plural = new Intl.PluralRules(desk.locale === 'da' ? 'da-DK' : 'en-GB')
      let notice: DeskView['notice']
      if (record) {
        notice = {
          kind: 'done',
          text: problemText(
            desk.locale,
            {
              key:
                plural.select(record.count) === 'one'
                  ? 'tickets.desk.recorded.one'
                  : 'tickets.desk.recorded.other',
              params: { count: record.count, day: record.day },
            },
            { short: true },
          ),
          undo: record.undoable ? record : undefined,
        }
      } else if (query(req, 'undone')) {
        notice = {
          kind: 'done',
          text: problemText(desk.locale, { key: 'tickets.desk.undone' }),
        }
      }
      return page(viewOf(desk, { notice }, recent))
    },
  },
  {
    path: '/ticket-desk/:code',
    method: 'post',
    handler: async (req) => {
      const desk = await openDesk(req)
      if (desk instanceof Response) return desk
      const text = (key: DictionaryKey, params = {}) => problemText(desk.locale, { key, params })
      if (!limit.take(codeOf(req))) {
        return page(
          viewOf(desk, { notice: { kind: 'problem', text: text('tickets.desk.error.busy') } }),
          429,
        )
      }
      const form = await formOf(req)
      if (!form) {
        return page(
          viewOf(desk, { notice: { kind: 'problem', text: text('tickets.desk.error.tooLarge') } }),
          413,
        )
      }

      const undo = form.get('undo')
      if (undo) {
        const record = (await req.payload
          .findByID({
            collection: 'ticket-redemptions',
            id: undo,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
            req,
          })
          .catch(() => null)) as {
          id: number
          offer: unknown
          source: string
          createdAt: string
        } | null
        const fresh =
          record &&
          String(record.offer) === desk.facts.id &&
          record.source === 'desk' &&
          Date.now() - new Date(record.createdAt).getTime() < UNDO_MINUTES * 60_000
        if (!fresh) {
          const recent = await recentRecords(req, desk.facts.id)
          return page(
            viewOf(
              desk,
              {
                notice: {
                  kind: 'problem',
                  text: text('tickets.desk.error.undoTooLate', { minutes: UNDO_MINUTES }),
                },
              },
              recent,
            ),
            409,
          )
        }
        await req.payload.delete({
          collection: 'ticket-redemptions',
          id: record.id,
          overrideAccess: true,
          req,
        })
        return seeOther(desk, { undone: '1' })
      }

      const quick = form.get('count')
      const typedCount = quick === 'other' ? (form.get('other') ?? '').trim() : (quick ?? '')
      const typedDay = (form.get('day') ?? desk.today).trim() || desk.today
      const errors: NonNullable<DeskView['errors']> = []
      const countProblem = checkTicketCount(typedCount)
      const count = Number(typedCount)
      const overTotal = countProblem
        ? null
        : checkWithinTotal(desk.used, count, desk.facts.totalAvailable)
      if (countProblem ?? overTotal) {
        errors.push({
          field: 'count-other',
          text: problemText(desk.locale, (countProblem ?? overTotal)!),
        })
      }
      const dayProblem = checkHandedOutDay(typedDay, {
        today: desk.today,
        validFrom: desk.facts.validFrom,
        validTo: desk.facts.validTo,
      })
      if (dayProblem) errors.push({ field: 'day', text: problemText(desk.locale, dayProblem) })
      if (errors.length > 0) {
        const recent = await recentRecords(req, desk.facts.id)
        return page(
          viewOf(desk, { errors, typed: { count: typedCount, day: typedDay } }, recent),
          422,
        )
      }
      const created = await req.payload.create({
        collection: 'ticket-redemptions',
        data: {
          offer: Number.isNaN(Number(desk.facts.id))
            ? (desk.facts.id as never)
            : Number(desk.facts.id),
          count,
          handedOutOn: `${typedDay}T12:00:00.000Z`,
          source: 'desk',
        },
        overrideAccess: true,
        context: { ticketDesk: true },
        req,
      })
      return seeOther(desk, { recorded: String(created.id) })
    },
  },
]
