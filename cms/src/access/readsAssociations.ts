import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from './roles'

/** Published associations for everyone; an editor also sees their own drafts; staff see all. */
export const readsAssociations: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (isEditorUser(req.user)) {
    return {
      or: [{ _status: { equals: 'published' } }, { id: { in: ownAssociationIds(req.user) } }],
    }
  }
  return { _status: { equals: 'published' } }
}
