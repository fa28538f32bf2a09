import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser } from '../../../access/roles'
import { trustedAssociationIds } from '../../../review/trust'

/**
 * Staff update and delete any story; an editor of a trusted association the stories about one
 * of their trusted associations (the associations field then insists that it names only those).
 */
export const writesStories: Access = async ({ req }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return false
  const trusted = await trustedAssociationIds(req)
  return trusted.length > 0 ? { associations: { in: trusted } } : false
}
