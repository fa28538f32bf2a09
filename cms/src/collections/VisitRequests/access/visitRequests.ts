import type { Access, AccessResult, PayloadRequest } from 'payload'

import { isAmbassadorUser, isStaffUser } from '../../../access/roles'

/** The ambassador records a signed-in ambassador is (normally one). */
export async function ownAmbassadorIds(req: PayloadRequest): Promise<(number | string)[]> {
  if (!isAmbassadorUser(req.user) || !req.user) return []
  const { docs } = await req.payload.find({
    collection: 'ambassadors',
    where: { account: { equals: req.user.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  return docs.map((d) => d.id)
}

/** Staff see every request; an ambassador only those assigned to them; nobody else any. */
export const readsVisitRequests: Access = async ({ req }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isAmbassadorUser(req.user)) return false
  const own = await ownAmbassadorIds(req)
  return own.length ? { assignedTo: { in: own } } : false
}

/**
 * Staff create requests in the admin; the public only through the request form's endpoint, which
 * checks limits, the signed time and the honeypot first and says so in the request's context.
 */
export const createsVisitRequests: Access = ({ req }) =>
  isStaffUser(req.user) || req.context.publicForm === 'visit-request'
