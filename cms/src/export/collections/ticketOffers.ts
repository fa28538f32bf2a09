import type { QuarterKey } from '@velkomst/shared/quarter'
import { statusWithUptake } from '@velkomst/shared/validation'

import type { TicketOffer } from '../../payload-types'
import { day, defineCollection, idOf, optionalText, text, type WithLocales } from '../contract'

type Read = WithLocales<TicketOffer, 'title' | 'description' | 'howToRedeem'>

export const ticketOffers = defineCollection({
  key: 'ticketOffers',
  slug: 'ticket-offers',
  map: (o: Read, { ticketsUsed }) => {
    const target = o.target
    const targetId = target ? idOf(target.value) : null
    return {
      id: String(o.id),
      // Checked by the contract (a quarter such as 2026-Q4), whatever the field held.
      quarter: o.quarter as QuarterKey,
      title: text(o.title),
      description: optionalText(o.description),
      target: target && targetId ? { collection: target.relationTo, id: targetId } : null,
      ticketsPerHousehold: o.ticketsPerHousehold,
      totalAvailable: o.totalAvailable ?? null,
      validFrom: day(o.validFrom) ?? '',
      validTo: day(o.validTo) ?? '',
      howToRedeem: text(o.howToRedeem),
      // Sold out once the tickets handed out reach the total (withdrawn stays withdrawn).
      status: statusWithUptake(o.status, o.totalAvailable ?? null, ticketsUsed(String(o.id))),
      updatedAt: o.updatedAt,
    }
  },
})
