import type { Endpoint, PayloadRequest } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { translate } from '@velkomst/shared/i18n'
import { checkPassword } from '@velkomst/shared/validation'

import { editorLocale, messageFor } from '../../../fields/messages'
import { accountForToken, setPasswordPath, type SetPasswordError } from './account'

/** The posted fields, from a plain HTML form or a JSON body. */
async function postedFields(req: PayloadRequest): Promise<Record<string, string>> {
  const type = req.headers.get('content-type') ?? ''
  const text = (await req.text?.().catch(() => '')) ?? ''
  if (text.length > 10_000) return {}
  if (type.includes('application/json')) {
    try {
      const body = JSON.parse(text) as unknown
      if (typeof body !== 'object' || body === null) return {}
      return Object.fromEntries(
        Object.entries(body).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
    } catch {
      return {}
    }
  }
  return Object.fromEntries(new URLSearchParams(text))
}

/**
 * `POST /api/users/set-password`: where the invitation and reset form posts (a plain HTML form:
 * it works before the admin's scripts have loaded, and with whatever a password manager filled
 * in). Checks the link, the password rule and the confirmation, then sets the password, signs
 * the person in and sends them to the admin. A refusal goes back to the form naming the field.
 * With `Accept: application/json` it answers JSON instead of redirecting.
 */
export const setPasswordEndpoint: Endpoint = {
  path: '/set-password',
  method: 'post',
  handler: async (req) => {
    const fields = await postedFields(req)
    const token = fields.token ?? ''
    const password = fields.password ?? ''
    const confirm = fields['confirm-password'] ?? ''
    const wantsJson = (req.headers.get('accept') ?? '').includes('application/json')
    const adminRoute = req.payload.config.routes.admin
    const noStore = { 'Cache-Control': 'no-store' }

    const refuse = (error: SetPasswordError, message: string, field = 'password') =>
      wantsJson
        ? Response.json(
            { errors: [{ message, data: { errors: [{ path: field, message }] } }] },
            { status: error === 'expired' ? 403 : 400, headers: noStore },
          )
        : new Response(null, {
            status: 303,
            headers: { ...noStore, Location: setPasswordPath(adminRoute, token, error) },
          })

    const account = await accountForToken(req.payload, token, req)
    if (!account)
      return refuse('expired', translate(editorLocale(req), 'cms.setPassword.expired'), 'token')
    const problem = checkPassword(password, account.role)
    if (problem) {
      const error: SetPasswordError =
        problem.key === 'validation.required'
          ? 'required'
          : problem.key === 'validation.password.long'
            ? 'long'
            : 'short'
      return refuse(error, messageFor(req, problem))
    }
    if (confirm !== password) {
      return refuse(
        'mismatch',
        messageFor(req, { key: 'validation.password.mismatch' }),
        'confirm-password',
      )
    }

    const result = await req.payload.resetPassword({
      collection: 'users',
      data: { token, password },
      overrideAccess: true,
      req,
    })
    const users = req.payload.collections.users.config
    const cookie = generatePayloadCookie({
      collectionAuthConfig: users.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token ?? '',
    })
    const headers = { ...noStore, 'Set-Cookie': cookie }
    return wantsJson
      ? Response.json(
          { message: translate(editorLocale(req), 'cms.setPassword.done') },
          { headers },
        )
      : new Response(null, { status: 303, headers: { ...headers, Location: adminRoute } })
  },
}
