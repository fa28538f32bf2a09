import type { Access, AccessResult } from 'payload'

import { isStaffUser } from '../../../access/roles'

/**
 * Staff read every welcome letter; everyone else only approved ones (a sent letter is public:
 * its greeting is shown on the quarter's page the QR code leads to).
 */
export const readsLetters: Access = ({ req }): AccessResult =>
  isStaffUser(req.user) ? true : { status: { equals: 'approved' } }
