import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser } from '../../../access/roles'
import { trustedAssociationIds } from '../../../review/trust'

/**
 * Staff read every story's versions; an editor of a trusted association those of the stories they
 * may edit; nobody else (versions hold drafts and staff's messages).
 */
export const readsStoryVersions: Access = async ({ req }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return false
  const trusted = await trustedAssociationIds(req)
  if (trusted.length === 0) return false
  const { docs } = await req.payload.find({
    collection: 'stories',
    where: { associations: { in: trusted } },
    draft: true,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.length ? { parent: { in: docs.map((d) => d.id) } } : false
}
