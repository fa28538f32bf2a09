import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../../access/roles'

/**
 * Versions hold drafts, submissions and staff's messages: staff read all; an editor the
 * versions of their own associations; the public none.
 */
export const readsAssociationVersions: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  const own = ownAssociationIds(req.user)
  if (isEditorUser(req.user) && own.length > 0) return { parent: { in: own } }
  return false
}
