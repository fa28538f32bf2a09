import type { Access, FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Municipal staff and administrators. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)

export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)
