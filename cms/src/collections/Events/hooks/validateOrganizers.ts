import type { Validate } from 'payload'

import { isEditorUser, ownAssociationIds } from '../../../access/roles'
import { messageFor } from '../../../fields/messages'

const idOf = (v: unknown) =>
  String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)

/**
 * An event has an organizer: an association, the municipality or residents. An association editor's
 * event keeps at least one of their own associations among the organizers, and an editor adds
 * only their own: putting another association's name on an event is staff's to do (they may
 * keep organizers staff added).
 */
export const validateOrganizers: Validate = async (value, { req, data, id, previousValue }) => {
  const organizers = Array.isArray(value) ? value.map(idOf) : []
  const d = data as { organizedByMunicipality?: boolean; organizedByResidents?: boolean }
  const byOthers = Boolean(d.organizedByMunicipality) || Boolean(d.organizedByResidents)
  if (organizers.length === 0 && !byOthers) {
    return messageFor(req, { key: 'validation.event.organizer' })
  }
  if (!isEditorUser(req?.user)) return true
  const own = ownAssociationIds(req.user).map(String)
  if (!organizers.some((o) => own.includes(o))) {
    return messageFor(req, { key: 'validation.event.ownOrganizer' })
  }
  let before: unknown = previousValue
  if (before === undefined && id !== undefined && id !== null && req.payload) {
    const stored = await req.payload.findByID({
      collection: 'events',
      id,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    before = stored?.organizers
  }
  const kept = new Set(Array.isArray(before) ? before.map(idOf) : [])
  const added = organizers.filter((o) => !own.includes(o) && !kept.has(o))
  if (added.length === 0) return true
  const { docs } = await req.payload.find({
    collection: 'associations',
    where: { id: { in: added } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  const names = docs.map((d) => d.name).filter(Boolean)
  return messageFor(req, {
    key: 'validation.event.otherOrganizer',
    params: { names: names.length ? names.join(', ') : added.join(', ') },
  })
}
