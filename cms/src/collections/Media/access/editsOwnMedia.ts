import type { Access, AccessResult } from 'payload'

import { isStaffUser } from '../../../access/roles'

/** Staff manage every image; others the images they uploaded. */
export const editsOwnMedia: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (req.user) return { uploadedBy: { equals: req.user.id } }
  return false
}
