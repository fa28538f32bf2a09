import type { Payload, PayloadRequest } from 'payload'
import { formatDate, formatShortDate } from '@velkomst/shared/format'
import { translate, type DictionaryKey, type Locale, type Params } from '@velkomst/shared/i18n'
import { toDayKey } from '@velkomst/shared/time'

type Id = number | string

/**
 * Tickets handed out per offer (the sum of its records). Records hold counts and days only, no
 * personal data; this reads them with the system's access so the export (public access for
 * everything else) can mark an offer sold out, and the desk can say what is left. Nothing but
 * the sums leaves this function.
 */
export async function ticketsUsed(
  payload: Payload,
  offerIds: readonly Id[],
  req?: Partial<PayloadRequest>,
): Promise<Map<string, number>> {
  const used = new Map<string, number>(offerIds.map((id) => [String(id), 0]))
  if (offerIds.length === 0) return used
  const { docs } = await payload.find({
    collection: 'ticket-redemptions',
    where: { offer: { in: [...offerIds] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { offer: true, count: true },
    req,
  })
  for (const doc of docs as { offer?: unknown; count?: unknown }[]) {
    const offer =
      typeof doc.offer === 'object' && doc.offer ? (doc.offer as { id: Id }).id : doc.offer
    const key = String(offer)
    used.set(key, (used.get(key) ?? 0) + (typeof doc.count === 'number' ? doc.count : 0))
  }
  return used
}

/** What the desk and the rules need to know about an offer, as published. */
export interface OfferFacts {
  id: string
  quarter: string
  title: { da: string; en: string | null }
  validFrom: string
  validTo: string
  totalAvailable: number | null
  status: 'available' | 'sold-out' | 'withdrawn'
  published: boolean
}

/** The offer as the public sees it (its published version), or null when there is none. */
export async function offerFacts(
  payload: Payload,
  id: Id,
  req?: Partial<PayloadRequest>,
): Promise<OfferFacts | null> {
  const doc = (await payload
    .findByID({
      collection: 'ticket-offers',
      id,
      depth: 0,
      draft: false,
      locale: 'all',
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)) as Record<string, unknown> | null
  return doc ? factsOf(doc) : null
}

export function factsOf(doc: Record<string, unknown>): OfferFacts {
  const title = (doc.title ?? {}) as { da?: string | null; en?: string | null }
  return {
    id: String(doc.id),
    quarter: typeof doc.quarter === 'string' ? doc.quarter : '',
    title: { da: title.da ?? '', en: title.en?.trim() ? title.en : null },
    validFrom: toDayKey(doc.validFrom) ?? '',
    validTo: toDayKey(doc.validTo) ?? '',
    totalAvailable: typeof doc.totalAvailable === 'number' ? doc.totalAvailable : null,
    status: (doc.status as OfferFacts['status']) ?? 'available',
    published: doc._status !== 'draft',
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A message in `locale`, with the days it names written out: "1. oktober 2026" in a rule's
 * message, the short "28.11.2026" where `short` (a confirmation on a phone).
 */
export function problemText(
  locale: Locale,
  problem: { key: DictionaryKey; params?: Params },
  { short = false } = {},
): string {
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' && DAY.test(v)
        ? short
          ? formatShortDate(v, locale)
          : formatDate(v, locale)
        : v,
    ]),
  )
  return translate(locale, problem.key, params)
}
