import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { isStaffUser } from '../access/roles'
import { bodyOf, done, refuse, routeId } from '../http/answers'
import { latestVersion } from './queue'
import { isReviewedCollection, type ReviewedCollection } from './trust'

type Target = { collection: ReviewedCollection; id: string; byResidents: boolean }

/** The document named in the path, if it is one waiting for review that staff may act on. */
async function waitingTarget(req: PayloadRequest): Promise<Target | Response> {
  if (!isStaffUser(req.user)) return refuse(req, 403, 'cms.error.forbidden')
  const collection = req.routeParams?.collection
  const id = routeId(req)
  if (!isReviewedCollection(collection)) return refuse(req, 404, 'cms.error.notFound')
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
    req,
  })
  if (!doc) return refuse(req, 404, 'cms.error.notFound')
  if (doc.reviewState !== 'submitted') return refuse(req, 409, 'cms.review.notWaiting')
  const byResidents = Boolean((doc as { organizedByResidents?: boolean }).organizedByResidents)
  return { collection, id, byResidents }
}

/**
 * `POST /api/review/:collection/:id/publish` (staff) with `{ version }`, the id of the version
 * the review showed: publishes exactly that version, all languages. If the editor saved a newer
 * draft since, nothing is published and staff are asked to look again (Payload would publish
 * whatever draft is newest). The check and the publish are one transaction where the database
 * has them (MongoDB); on SQLite they follow each other within the same request.
 */
export const publishSubmission: Endpoint = {
  path: '/review/:collection/:id/publish',
  method: 'post',
  handler: async (req) => {
    const target = await waitingTarget(req)
    if (target instanceof Response) return target
    const { version } = await bodyOf(req)
    if (typeof version !== 'string' && typeof version !== 'number') {
      return refuse(req, 400, 'cms.review.versionMissing')
    }
    const shouldCommit = await initTransaction(req)
    try {
      const latest = await latestVersion(req.payload, target.collection, target.id, req)
      if (!latest || String(latest.id) !== String(version)) {
        if (shouldCommit) await killTransaction(req)
        return refuse(req, 409, 'cms.review.newerDraft')
      }
      await req.payload.update({
        collection: target.collection,
        id: target.id,
        data: { _status: 'published' },
        draft: false,
        overrideAccess: false,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return done(req, 'cms.review.published')
  },
}

/**
 * `POST /api/review/:collection/:id/send-back` (staff) with `{ comment }`: the change stays a
 * draft, marked "sent back", and the editor sees the comment on the document and their home page.
 */
export const sendBackSubmission: Endpoint = {
  path: '/review/:collection/:id/send-back',
  method: 'post',
  handler: async (req) => {
    const target = await waitingTarget(req)
    if (target instanceof Response) return target
    const { comment } = await bodyOf(req)
    const text = typeof comment === 'string' ? comment.trim() : ''
    if (!text) return refuse(req, 400, 'cms.review.commentRequired')
    await req.payload.update({
      collection: target.collection,
      id: target.id,
      data: { reviewState: 'changes-requested', reviewComment: text },
      draft: true,
      overrideAccess: false,
      req,
    })
    // A resident has no account: the message goes to them by email (resident-activities/hooks).
    return done(req, target.byResidents ? 'activities.review.sentBack' : 'cms.review.sentBack')
  },
}

export const reviewEndpoints = [publishSubmission, sendBackSubmission]
