import type { CollectionBeforeValidateHook } from 'payload'
import { parseQuarter, quarterBounds } from '@velkomst/shared/quarter'

/** Without explicit dates, an offer is valid for its whole quarter. */
type Offer = { quarter?: unknown; validFrom?: unknown; validTo?: unknown }

export const defaultValidity: CollectionBeforeValidateHook = ({ data: incoming, originalDoc }) => {
  if (!incoming) return incoming
  const data = incoming as Offer
  const stored = originalDoc as Offer | undefined
  const quarter = data.quarter ?? stored?.quarter
  if (typeof quarter !== 'string' || !parseQuarter(quarter)) return data
  const bounds = quarterBounds(quarter)
  const validFrom = data.validFrom ?? stored?.validFrom
  const validTo = data.validTo ?? stored?.validTo
  return {
    ...data,
    validFrom: validFrom || `${bounds.firstDay}T12:00:00.000Z`,
    validTo: validTo || `${bounds.lastDay}T12:00:00.000Z`,
  }
}
