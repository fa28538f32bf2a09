import { quarterBounds, type QuarterKey } from '@velkomst/shared/quarter'
import type { TicketOffer } from '@velkomst/shared/schemas'

import type { Model } from './model'
import { query } from './query'

/** `2026-Q3` → `2026-q3`, the stable short path the welcome letter's QR code points to. */
export const quarterSlug = (quarter: string) => quarter.toLowerCase()

/** Quarters with offers, newest first; past quarters stay (the archive), coming ones appear. */
export function offerQuarters(model: Model): QuarterKey[] {
  const quarters = new Set<QuarterKey>([model.quarter])
  for (const o of model.offers) quarters.add(o.quarter)
  return [...quarters].sort().reverse()
}

const statusOrder = { available: 0, 'sold-out': 1, withdrawn: 2 } as const

export function offersIn(model: Model, quarter: string): TicketOffer[] {
  return model.offers
    .filter((o) => o.quarter === quarter)
    .sort(
      (a, b) =>
        statusOrder[a.status] - statusOrder[b.status] || a.title.da.localeCompare(b.title.da, 'da'),
    )
}

export const isPastQuarter = (model: Model, quarter: string): boolean =>
  query(
    model,
    `quarter.past:${quarter}`,
    (m) => quarterBounds(quarter).end.getTime() <= m.now.getTime(),
  )
