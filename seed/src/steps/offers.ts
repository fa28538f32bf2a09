import { quarterBounds, quarterOf } from '@velkomst/shared/quarter'
import { dateKey } from '@velkomst/shared/time'

import { welcomeLetter } from '../data/letters'
import { ticketOffers } from '../data/ticketOffers'
import { en, type SeedContext } from '../context'

/** The current and next quarter's free tickets, matched by quarter and Danish title. */
export async function seedTicketOffers(ctx: SeedContext) {
  await ctx.step(
    'ticket offers',
    'ticket-offers',
    { fields: ['quarter', 'title'], of: (d) => `${String(d.quarter)}:${String(d.title)}` },
    ticketOffers(ctx.today),
    (o) => `${o.quarter}:${o.title.da}`,
    (o) =>
      ctx.createLocalized(
        'ticket-offers',
        {
          quarter: o.quarter,
          title: o.title.da,
          description: o.description.da,
          target: o.target
            ? { relationTo: o.target.collection, value: ctx.id(o.target.collection, o.target.slug) }
            : undefined,
          ticketsPerHousehold: o.perHousehold,
          totalAvailable: o.total,
          howToRedeem: o.redeem.da,
          status: o.status,
        },
        { title: en(o.title), description: en(o.description), howToRedeem: en(o.redeem) },
      ),
  )
}

/**
 * The current quarter's welcome letter with the quarter's demo offers, once, and only when the
 * seed created those offers in this run: a letter is never written around anyone else's offers.
 */
export async function seedWelcomeLetter(ctx: SeedContext) {
  const { payload, common } = ctx
  const letter = welcomeLetter(ctx.today)
  const { totalDocs: letters } = await payload.count({
    collection: 'welcome-letters',
    where: { quarter: { equals: letter.quarter } },
    ...common,
  })
  const offersMadeNow = [...(ctx.createdNow.get('ticket-offers') ?? [])]
  if (letters > 0 || offersMadeNow.length === 0) {
    ctx.count('skipped', 'welcome-letters')
    ctx.log(`welcome letter: ${letter.quarter} left as it is`)
    return
  }
  const quarterOffers = await payload.find({
    collection: 'ticket-offers',
    where: { and: [{ quarter: { equals: letter.quarter } }, { id: { in: offersMadeNow } }] },
    pagination: false,
    ...common,
  })
  const doc = await payload.create({
    collection: 'welcome-letters',
    data: {
      quarter: letter.quarter,
      greeting: letter.greeting.da,
      signatureName: letter.signatureName,
      signatureTitle: letter.signatureTitle.da,
      offers: quarterOffers.docs.map((o) => o.id),
      status: 'approved',
      lettersSent: letter.lettersSent,
    } as never,
    locale: 'da',
    ...common,
  })
  await payload.update({
    collection: 'welcome-letters',
    id: doc.id,
    data: { greeting: letter.greeting.en, signatureTitle: letter.signatureTitle.en },
    locale: 'en',
    ...common,
  })
  ctx.count('created', 'welcome-letters')
  ctx.log(`welcome letter: ${letter.quarter}`)
}

/**
 * Tickets handed out at the desks for the demo's current offers, so the uptake beside the letter
 * and the quarterly report show something: only on offers the seed created in this run, spread
 * over the days of the quarter so far.
 */
export async function seedTicketUptake(ctx: SeedContext) {
  const { payload, common } = ctx
  const madeNow = ctx.createdNow.get('ticket-offers') ?? new Set()
  const today = dateKey(ctx.today)
  let records = 0
  for (const o of ticketOffers(ctx.today)) {
    const id = ctx.id('ticket-offers', `${o.quarter}:${o.title.da}`)
    if (!o.handedOut || id === undefined || !madeNow.has(id) || o.quarter !== quarterOf(ctx.today))
      continue
    const first = quarterBounds(o.quarter).firstDay
    const days = Math.max(1, Math.round((Date.parse(today) - Date.parse(first)) / 864e5) + 1)
    for (const [i, count] of o.handedOut.entries()) {
      const day = new Date(Date.parse(first) + Math.floor((i * days) / o.handedOut.length) * 864e5)
      await payload.create({
        collection: 'ticket-redemptions',
        data: {
          offer: id as number,
          count,
          handedOutOn: `${dateKey(day)}T12:00:00.000Z`,
          source: 'desk',
        },
        ...common,
      })
      records += 1
    }
  }
  ctx.log(`ticket uptake: ${records} records`)
}
