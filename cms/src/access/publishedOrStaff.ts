import type { Access, AccessResult } from 'payload'

import { isStaffUser } from './roles'

/** Everyone reads published documents; staff also read drafts. */
export const publishedOrStaff: Access = ({ req }): AccessResult =>
  isStaffUser(req.user) ? true : { _status: { equals: 'published' } }
