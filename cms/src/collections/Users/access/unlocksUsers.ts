import type { Access, AccessResult } from 'payload'

import { isAdminUser, isStaffUser } from '../../../access/roles'

/**
 * Unlocking an account after too many wrong passwords: admins unlock anyone, staff unlock
 * association editors; nobody else (otherwise anyone signed in could keep guessing the admin's
 * password by unlocking it after every round).
 */
export const unlocksUsers: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isStaffUser(req.user)) return { role: { equals: 'association-editor' } }
  return false
}
