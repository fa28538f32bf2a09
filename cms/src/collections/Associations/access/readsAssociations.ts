import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../../access/roles'

/**
 * Published associations for the public; staff see all. A signed-in editor works on their own
 * associations only (drafts included): another association's page is not theirs to open, even
 * read-only (the public site shows it to them like to anyone).
 */
export const readsAssociations: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (isEditorUser(req.user)) return { id: { in: ownAssociationIds(req.user) } }
  return { _status: { equals: 'published' } }
}
