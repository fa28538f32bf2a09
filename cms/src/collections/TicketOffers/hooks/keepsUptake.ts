import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { messageFor } from '../../../fields/messages'

/**
 * An offer with tickets recorded as handed out stays (the quarterly report counts them; staff
 * withdraw it instead); one without goes together with its ticket-desk link.
 */
export const keepsUptake: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const recorded = await req.payload.count({
    collection: 'ticket-redemptions',
    where: { offer: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (recorded.totalDocs > 0) {
    throw new APIError(
      messageFor(req, {
        key: 'validation.delete.ticketsRecorded',
        params: { count: recorded.totalDocs },
      }),
      409,
      null,
      true,
    )
  }
  await req.payload.delete({
    collection: 'ticket-desks',
    where: { offer: { equals: id } },
    overrideAccess: true,
    req,
  })
}
