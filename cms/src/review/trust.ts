import type { PayloadRequest } from 'payload'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../access/roles'

/** Collections whose changes by association editors go through the municipality's review. */
export const reviewedCollections = ['associations', 'events', 'stories'] as const
export type ReviewedCollection = (typeof reviewedCollections)[number]

export const isReviewedCollection = (slug: unknown): slug is ReviewedCollection =>
  reviewedCollections.includes(slug as ReviewedCollection)

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/**
 * The signed-in editor's associations that staff marked as trusted. Read from the latest saved
 * version, so a staff member's "trusted" tick counts as soon as it is saved. Asked once per request.
 */
export async function trustedAssociationIds(req: PayloadRequest): Promise<string[]> {
  const cached = req.context.trustedAssociationIds as string[] | undefined
  if (cached) return cached
  const own = ownAssociationIds(req.user)
  let ids: string[] = []
  if (own.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'associations',
      where: { and: [{ id: { in: own } }, { trusted: { equals: true } }] },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { trusted: true },
      req,
    })
    ids = docs.map((d) => idOf(d))
  }
  req.context.trustedAssociationIds = ids
  return ids
}

/**
 * The field naming the associations a document belongs to, for trust: an event's organizers, a
 * story's associations (an association is its own).
 */
export const trustField = {
  associations: null,
  events: 'organizers',
  stories: 'associations',
} as const satisfies Record<ReviewedCollection, string | null>

type Linked = { id?: unknown; organizers?: unknown[] | null; associations?: unknown[] | null }

/**
 * Whether the signed-in user may put this document on the website without review: staff always;
 * an editor when the association (one of the event's organizers, one of the story's
 * associations) is one of their trusted ones.
 */
export async function publishesDirectly(
  req: PayloadRequest,
  collection: ReviewedCollection,
  doc: Linked | undefined,
): Promise<boolean> {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return false
  const trusted = await trustedAssociationIds(req)
  if (trusted.length === 0) return false
  const field = trustField[collection]
  if (field === null) return doc?.id !== undefined && trusted.includes(idOf(doc.id))
  // A new event (or story) without associations yet: trusted when every association of the
  // editor is.
  const linked = doc?.[field] ?? null
  if (!linked || linked.length === 0) {
    return ownAssociationIds(req.user).every((id) => trusted.includes(String(id)))
  }
  return linked.some((o) => trusted.includes(idOf(o)))
}
