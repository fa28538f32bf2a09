import type { Endpoint, PayloadRequest } from 'payload'
import { formatDate } from '@velkomst/shared/format'
import { dateKey } from '@velkomst/shared/time'

import { isEditorUser, isStaffUser, ownAssociationIds } from '../../../access/roles'
import { done, refuse, routeId } from '../../../http/answers'
import { editorLocale } from '../../../fields/messages'
import { notifySite } from '../../../site-builds/requestSiteRebuild'

/** The day-only convention used for `lastConfirmed`: the Copenhagen date at noon UTC. */
export const confirmationDate = (now = new Date()) => `${dateKey(now)}T12:00:00.000Z`

const mayConfirm = (req: PayloadRequest, id: string) =>
  isStaffUser(req.user) ||
  (isEditorUser(req.user) && ownAssociationIds(req.user).map(String).includes(id))

/**
 * `POST /api/associations/:id/confirm`: "this listing is still correct", one click. Only the
 * date changes. The published listing gets it without publishing anything else; a draft waiting
 * for review gets it too, so publishing that draft later does not bring the old date back.
 */
export const confirmEndpoint: Endpoint = {
  path: '/:id/confirm',
  method: 'post',
  handler: async (req) => {
    const id = routeId(req)
    if (!mayConfirm(req, id)) return refuse(req, 403, 'cms.error.forbidden')
    const lastConfirmed = confirmationDate()
    const base = { collection: 'associations' as const, id, depth: 0, overrideAccess: true, req }
    const live = await req.payload.findByID({ ...base, draft: false, disableErrors: true })
    if (!live) return refuse(req, 404, 'cms.error.notFound')
    const latest = await req.payload.findByID({ ...base, draft: true })
    const hasPendingDraft = live._status === 'published' && latest._status === 'draft'
    // Written as the system, not the editor: confirming is allowed even where publishing is not.
    const context = { confirmation: true }
    if (live._status !== 'published' || hasPendingDraft) {
      await req.payload.update({ ...base, data: { lastConfirmed }, draft: true, context })
    }
    if (live._status === 'published') {
      if (hasPendingDraft) {
        await req.payload.db.updateOne({
          collection: 'associations',
          id,
          data: { lastConfirmed },
          req,
        })
        notifySite(req, `associations ${id} confirm`, {
          collection: 'associations',
          id: String(id),
        })
      } else {
        await req.payload.update({ ...base, data: { lastConfirmed }, draft: false, context })
      }
    }
    const date = formatDate(lastConfirmed, editorLocale(req))
    return done(req, 'cms.confirm.done', { date }, { lastConfirmed })
  },
}
