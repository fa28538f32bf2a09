import type { Access, AccessResult } from 'payload'

import { isAdminUser, isStaffUser } from '../../../access/roles'

/** Admins delete any account; staff delete association editors' and ambassadors' only. */
export const deletesUsers: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isStaffUser(req.user)) return { role: { in: ['association-editor', 'ambassador'] } }
  return false
}
