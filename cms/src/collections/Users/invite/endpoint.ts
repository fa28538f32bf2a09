import { randomBytes } from 'node:crypto'

import type { Endpoint } from 'payload'
import { checkEmail } from '@velkomst/shared/validation'

import { isStaffUser } from '../../../access/roles'
import { bodyOf, done, refuse } from '../../../http/answers'
import type { InviteContext } from './emails'

/**
 * `POST /api/users/invite` (staff): creates an association editor with a random password nobody
 * knows and emails them a link to choose their own (Payload's forgot-password token, so the link
 * is the standard reset page and expires). Body: `{ email, displayName?, associations: [id] }`.
 */
export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return refuse(req, 403, 'cms.error.forbidden')
    const body = await bodyOf(req)
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : ''
    const displayName = typeof body.displayName === 'string' ? body.displayName.trim() : ''
    const associations = Array.isArray(body.associations)
      ? body.associations.map(Number).filter((n) => Number.isInteger(n) && n > 0)
      : []
    if (!email) return refuse(req, 400, 'validation.required')
    const emailProblem = checkEmail(email)
    if (emailProblem) return refuse(req, 400, emailProblem.key, emailProblem.params)
    if (associations.length === 0) return refuse(req, 400, 'cms.invite.needsAssociation')

    const { totalDocs } = await req.payload.count({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return refuse(req, 409, 'cms.invite.exists', { email })

    const { docs } = await req.payload.find({
      collection: 'associations',
      where: { id: { in: associations } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { name: true },
      req,
    })
    if (docs.length !== associations.length) return refuse(req, 400, 'cms.invite.needsAssociation')
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })

    const user = await req.payload.create({
      collection: 'users',
      data: {
        email,
        displayName: displayName || undefined,
        role: 'association-editor',
        associations,
        password: randomBytes(24).toString('base64url'),
      },
      overrideAccess: false,
      req,
    })
    const invite: InviteContext = {
      name: displayName || email,
      associations: docs.map((d) => d.name ?? String(d.id)),
      site: settings.siteName || 'Velkomst',
    }
    req.context.invite = invite
    await req.payload.forgotPassword({ collection: 'users', data: { email }, req })
    delete req.context.invite
    return done(req, 'cms.invite.sent', { email }, { id: user.id })
  },
}
