import type { CollectionBeforeValidateHook } from 'payload'

import { offerFacts } from '../../../tickets/uptake'

/** A record belongs to its offer's quarter (for the quarterly report), whatever is sent. */
export const fillQuarter: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const offer = (data as { offer?: unknown }).offer ?? (originalDoc as { offer?: unknown })?.offer
  const id = typeof offer === 'object' && offer ? (offer as { id: unknown }).id : offer
  if (typeof id !== 'number' && typeof id !== 'string') return data
  const facts = await offerFacts(req.payload, id, req)
  return facts ? { ...data, quarter: facts.quarter } : data
}
