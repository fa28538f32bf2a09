import { randomBytes } from 'node:crypto'

import type { Endpoint } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { done, refuse, routeId } from '../../../http/answers'
import type { InviteContext } from '../../Users/invite/emails'

/**
 * `POST /api/ambassadors/:id/invite` (staff): gives the ambassador a sign-in account with the
 * role `ambassador` (a random password nobody knows), links it, and emails them the link to
 * choose their own password (the same link and page as an editor's invitation).
 */
export const inviteAmbassadorEndpoint: Endpoint = {
  path: '/:id/invite',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return refuse(req, 403, 'cms.error.forbidden')
    const ambassador = await req.payload
      .findByID({
        collection: 'ambassadors',
        id: routeId(req),
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!ambassador) return refuse(req, 404, 'cms.error.notFound')
    const email = ambassador.email?.trim().toLowerCase()
    if (!email) return refuse(req, 400, 'ambassadors.invite.needsEmail')
    if (ambassador.account) return refuse(req, 409, 'cms.invite.exists', { email })
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return refuse(req, 409, 'cms.invite.exists', { email })
    const user = await req.payload.create({
      collection: 'users',
      data: {
        email,
        displayName: ambassador.name,
        role: 'ambassador',
        password: randomBytes(24).toString('base64url'),
      },
      overrideAccess: false,
      req,
    })
    await req.payload.update({
      collection: 'ambassadors',
      id: ambassador.id,
      data: { account: user.id },
      overrideAccess: false,
      req,
    })
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    const invite: InviteContext = {
      name: ambassador.name,
      associations: [],
      site: settings.siteName || 'Velkomst',
      kind: 'ambassador',
    }
    req.context.invite = invite
    await req.payload.forgotPassword({ collection: 'users', data: { email }, req })
    delete req.context.invite
    return done(req, 'ambassadors.invite.sent', { email }, { user: user.id })
  },
}
