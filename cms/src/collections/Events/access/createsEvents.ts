import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../../access/roles'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

/**
 * Staff create any event. An editor creates events organized by one of their associations;
 * without organizers in the data (the admin asking whether to show "Create new", or opening the
 * create view, which it asks with `{ _status: 'draft' }`) the answer is yes, and the organizers
 * field then insists on one of their own.
 */
export const createsEvents: Access = ({ req, data }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return false
  const organizers = (data as { organizers?: unknown[] | null } | undefined)?.organizers
  if (organizers === undefined) return true
  const own = ownAssociationIds(req.user).map(String)
  return (organizers ?? []).some((o) => own.includes(String(idOf(o))))
}
