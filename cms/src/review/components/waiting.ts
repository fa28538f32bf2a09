import type { Payload, TypedUser } from 'payload'

import { reviewedCollections } from '../trust'

/** How many changes wait for review, across the reviewed collections. */
export async function countWaiting(payload: Payload, user?: TypedUser | null): Promise<number> {
  const counts = await Promise.all(
    reviewedCollections.map((collection) =>
      payload
        .find({
          collection,
          where: { reviewState: { equals: 'submitted' } },
          draft: true,
          depth: 0,
          limit: 1,
          overrideAccess: false,
          user,
          select: { reviewState: true },
        })
        .then((r) => r.totalDocs),
    ),
  )
  return counts.reduce((a, b) => a + b, 0)
}
