import type { CollectionBeforeValidateHook } from 'payload'
import { parseQuarter, quarterBounds } from '@velkomst/shared/quarter'

/** Without explicit dates, an offer is valid for its whole quarter. */
export const defaultValidity: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const quarter = data.quarter ?? originalDoc?.quarter
  if (typeof quarter !== 'string' || !parseQuarter(quarter)) return data
  const bounds = quarterBounds(quarter)
  const validFrom = data.validFrom ?? originalDoc?.validFrom
  const validTo = data.validTo ?? originalDoc?.validTo
  return {
    ...data,
    validFrom: validFrom || `${bounds.firstDay}T12:00:00.000Z`,
    validTo: validTo || `${bounds.lastDay}T12:00:00.000Z`,
  }
}
