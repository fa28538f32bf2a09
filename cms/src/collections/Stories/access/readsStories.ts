import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser } from '../../../access/roles'
import { trustedAssociationIds } from '../../../review/trust'

const published: AccessResult = { _status: { equals: 'published' } }

/**
 * Published stories for everyone (ambassadors and untrusted editors included); staff read all,
 * an editor of a trusted association also the drafts about their trusted associations.
 */
export const readsStories: Access = async ({ req }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return published
  const trusted = await trustedAssociationIds(req)
  if (trusted.length === 0) return published
  return { or: [published, { associations: { in: trusted } }] }
}
