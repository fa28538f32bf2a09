import type { Access, AccessResult } from 'payload'

import { isStaffUser } from '../../../access/roles'

/** Staff see every account; anyone else only their own. */
export const readsUsers: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
