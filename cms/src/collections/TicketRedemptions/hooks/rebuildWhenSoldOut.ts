import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { notifySite } from '../../../site-builds/requestSiteRebuild'
import { offerFacts, ticketsUsed } from '../../../tickets/uptake'

type Record = { offer?: unknown; count?: unknown }

const offerId = (doc: Record | undefined) => {
  const o = doc?.offer
  return typeof o === 'object' && o ? (o as { id: number | string }).id : (o as number | string)
}
const countOf = (doc: Record | undefined) => (typeof doc?.count === 'number' ? doc.count : 0)

/**
 * When a record takes an offer to its total (or a correction takes it back below), the site is
 * asked to rebuild, so "sold out" shows within seconds instead of at the next scheduled build.
 * The reason names the offer, as a change to the offer would.
 */
async function checkCrossing(req: PayloadRequest, id: number | string, delta: number) {
  if (delta === 0 || id === undefined) return
  const facts = await offerFacts(req.payload, id, req)
  if (!facts || facts.totalAvailable === null) return
  const used = (await ticketsUsed(req.payload, [id], req)).get(String(id)) ?? 0
  const before = used - delta
  const total = facts.totalAvailable
  if (used >= total !== before >= total)
    notifySite(req, `ticket-offers ${id} update`, { collection: 'ticket-offers', id: String(id) })
}

export const rebuildWhenSoldOut: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const now = doc as Record
  const before = previousDoc as Record | undefined
  if (before && offerId(before) !== undefined && String(offerId(before)) !== String(offerId(now))) {
    await checkCrossing(req, offerId(before), -countOf(before))
    await checkCrossing(req, offerId(now), countOf(now))
  } else {
    await checkCrossing(req, offerId(now), countOf(now) - countOf(before))
  }
  return doc as unknown
}

export const rebuildWhenUnsold: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await checkCrossing(req, offerId(doc as Record), -countOf(doc as Record))
  return doc as unknown
}
