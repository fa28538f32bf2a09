import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../../access/roles'

/** Staff edit every event; an editor those where one of their associations is an organizer. */
export const editsOwnEvents: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (isEditorUser(req.user)) return { organizers: { in: ownAssociationIds(req.user) } }
  return false
}
