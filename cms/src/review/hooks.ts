import {
  APIError,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import type { ReviewState } from '@velkomst/shared/vocabulary'

import { isEditorUser } from '../access/roles'
import { messageFor } from '../fields/messages'
import { publishesDirectly, trustField, type ReviewedCollection } from './trust'

type Reviewed = {
  id?: unknown
  _status?: 'draft' | 'published' | null
  organizers?: unknown[] | null
  associations?: unknown[] | null
  reviewState?: ReviewState | null
  reviewComment?: string | null
  submittedBy?: unknown
  submittedAt?: string | null
}

/**
 * Association editors without the trusted flag save drafts and submit them; only staff (or a
 * trusted association) write the live document. Checked before Payload touches anything, so
 * a refused publish loses nothing already saved. A "draft save" is `draft: true` without
 * `_status: 'published'`; anything else writes the published document and needs the right.
 */
export const reviewGate: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation === 'restoreVersion') return restoreForReview(args, collection.slug, req)
  if (operation !== 'create' && operation !== 'update') return args
  if (!isEditorUser(req.user) || req.context.confirmation) return args
  const { data, draft, id } = args as { data?: Reviewed; draft?: boolean; id?: unknown }
  if (draft && data?._status !== 'published') return args
  let doc: Reviewed | undefined = { ...data, id }
  const field = trustField[collection.slug as ReviewedCollection]
  if (operation === 'update' && id !== undefined && !(field && data?.[field])) {
    const existing = (await req.payload.findByID({
      collection: collection.slug as ReviewedCollection,
      id: id as number,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })) as Reviewed
    doc = { ...existing, ...data, id }
  }
  if (await publishesDirectly(req, collection.slug as ReviewedCollection, doc)) return args
  throw new APIError(messageFor(req, { key: 'validation.review.needsReview' }), 403, null, true)
}

/**
 * Restoring an older version is a change like any other. An editor who may not publish
 * restores as a draft, which goes to review (submitted, stamped), and the live document stays as
 * it is; a plain restore (which Payload writes to the live document) is refused with a message
 * saying so. Payload reads the restore's `draft` before this hook, so it cannot be turned into
 * a draft here.
 */
async function restoreForReview(
  args: Parameters<CollectionBeforeOperationHook>[0]['args'],
  slug: string,
  req: PayloadRequest,
) {
  if (!isEditorUser(req.user)) return args
  const { id } = args as { id?: number | string }
  const version = await req.payload.findVersionByID({
    collection: slug as ReviewedCollection,
    id: String(id),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!version) return args
  const parent = (version as { parent?: unknown }).parent
  const parentId =
    typeof parent === 'object' && parent !== null ? (parent as { id: unknown }).id : parent
  const live = (await req.payload.findByID({
    collection: slug as ReviewedCollection,
    id: parentId as number,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Reviewed | null
  if (
    live &&
    (await publishesDirectly(req, slug as ReviewedCollection, { ...live, id: parentId }))
  ) {
    return args
  }
  if (!(args as { draft?: boolean }).draft) {
    throw new APIError(
      messageFor(req, { key: 'validation.review.restoreAsDraft' }),
      403,
      null,
      true,
    )
  }
  req.context.restoreForReview = true
  return args
}

const refId = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

/**
 * Keeps the review fields honest. Publishing clears them. An editor may only move a change to
 * "submitted" (stamped with who and when); the comment and the stamps are the server's.
 */
export const trackReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const incoming = data as Reviewed
  const stored = (originalDoc ?? {}) as Reviewed
  if (req.context.restoreForReview) {
    return {
      ...incoming,
      _status: 'draft',
      reviewState: 'submitted',
      reviewComment: null,
      submittedBy: req.user?.id ?? null,
      submittedAt: new Date().toISOString(),
    }
  }
  if (incoming._status !== 'draft') {
    return { ...incoming, reviewState: 'none', reviewComment: null }
  }
  if (!isEditorUser(req.user)) return incoming
  const before = stored.reviewState ?? 'none'
  const after = incoming.reviewState ?? before
  if (after !== before && after !== 'submitted') {
    throw new ValidationError(
      {
        errors: [
          { message: messageFor(req, { key: 'validation.review.state' }), path: 'reviewState' },
        ],
        req,
      },
      req.t,
    )
  }
  const stamping = after === 'submitted' && before !== 'submitted'
  return {
    ...incoming,
    reviewState: after,
    reviewComment: stored.reviewComment ?? null,
    submittedBy: stamping ? req.user?.id : (refId(stored.submittedBy) ?? null),
    submittedAt: stamping ? new Date().toISOString() : (stored.submittedAt ?? null),
  }
}
