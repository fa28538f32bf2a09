import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../../access/roles'

/** Staff edit every association; an editor only the ones they are linked to. */
export const editsOwnAssociation: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (isEditorUser(req.user)) return { id: { in: ownAssociationIds(req.user) } }
  return false
}
