import type { PayloadRequest } from 'payload'
import { translate, type DictionaryKey, type Params } from '@velkomst/shared/i18n'

import { editorLocale } from '../fields/messages'

/** An error answer in the signed-in user's admin language, in Payload's `{ errors }` shape. */
export function refuse(req: PayloadRequest, status: number, key: DictionaryKey, params?: Params) {
  return Response.json(
    { errors: [{ message: translate(editorLocale(req), key, params) }] },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )
}

/** A success answer with a message in the user's language. */
export function done(req: PayloadRequest, key: DictionaryKey, params?: Params, extra = {}) {
  return Response.json(
    { message: translate(editorLocale(req), key, params), ...extra },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}

/** The request's JSON body, or an empty object when there is none or it is not JSON. */
export async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = (await req.json?.()) as unknown
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The `:id` route parameter as a string ('' when missing). */
export function routeId(req: PayloadRequest): string {
  const id = req.routeParams?.id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : ''
}
