import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../../access/roles'

/** Published events for everyone; an editor also sees drafts their associations organize. */
export const readsEvents: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (isEditorUser(req.user)) {
    return {
      or: [
        { _status: { equals: 'published' } },
        { organizers: { in: ownAssociationIds(req.user) } },
      ],
    }
  }
  return { _status: { equals: 'published' } }
}
