import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../../access/roles'

/**
 * Staff read every event's versions; an editor those of the events they may edit (one of their
 * associations organizes it); the public none. Other associations' drafts and next quarter's
 * plans stay theirs.
 */
export const readsEventVersions: Access = async ({ req }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  const own = ownAssociationIds(req.user)
  if (!isEditorUser(req.user) || own.length === 0) return false
  const { docs } = await req.payload.find({
    collection: 'events',
    where: { organizers: { in: own } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.length ? { parent: { in: docs.map((d) => d.id) } } : false
}
