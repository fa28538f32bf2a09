import type { Access, AccessResult } from 'payload'

import { isAdminUser, isStaffUser } from './roles'

/** Staff see every account; anyone else only their own. */
export const readsUsers: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

/** Admins manage everyone; staff manage association editors and themselves; others themselves. */
export const updatesUsers: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isStaffUser(req.user)) {
    return {
      or: [{ role: { equals: 'association-editor' } }, { id: { equals: req.user?.id } }],
    }
  }
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

/** Admins delete any account; staff delete association editors only. */
export const deletesUsers: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isStaffUser(req.user)) return { role: { equals: 'association-editor' } }
  return false
}
