import type { Validate } from 'payload'

import { isEditorUser, ownAssociationIds } from '../../../access/roles'
import { messageFor } from '../../../fields/messages'

const idOf = (v: unknown) =>
  String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)

/**
 * An event has an organizer: an association or the municipality. An association editor's
 * event keeps at least one of their own associations among the organizers.
 */
export const validateOrganizers: Validate = (value, { req, data }) => {
  const organizers = Array.isArray(value) ? value.map(idOf) : []
  const byMunicipality = Boolean(
    (data as { organizedByMunicipality?: boolean }).organizedByMunicipality,
  )
  if (organizers.length === 0 && !byMunicipality) {
    return messageFor(req, { key: 'validation.event.organizer' })
  }
  if (isEditorUser(req?.user)) {
    const own = ownAssociationIds(req.user).map(String)
    if (!organizers.some((o) => own.includes(o))) {
      return messageFor(req, { key: 'validation.event.ownOrganizer' })
    }
  }
  return true
}
