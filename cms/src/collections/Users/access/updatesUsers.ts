import type { Access, AccessResult } from 'payload'

import { isAdminUser, isStaffUser } from '../../../access/roles'

/**
 * Admins manage everyone; staff manage association editors, ambassadors and themselves; others
 * themselves.
 */
export const updatesUsers: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isStaffUser(req.user)) {
    return {
      or: [
        { role: { in: ['association-editor', 'ambassador'] } },
        { id: { equals: req.user?.id } },
      ],
    }
  }
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
