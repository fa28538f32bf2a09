import type { Validate, Where } from 'payload'

import { translate } from '@velkomst/shared/i18n'

import { editorLocale } from '../../../fields/messages'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value

/** The sign-in account must be an ambassador's, and belong to one ambassador only. */
export const checkAccount: Validate = async (value, { req, id }) => {
  const account = idOf(value)
  if (account === null || account === undefined || account === '') return true
  const user = await req.payload
    .findByID({ collection: 'users', id: account as number, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (user?.role !== 'ambassador') {
    return translate(editorLocale(req), 'ambassadors.error.noAccountAmbassador')
  }
  const where: Where = { account: { equals: account } }
  if (id !== undefined) where.id = { not_equals: id }
  const { totalDocs } = await req.payload.count({
    collection: 'ambassadors',
    where,
    overrideAccess: true,
    req,
  })
  return totalDocs > 0 ? translate(editorLocale(req), 'ambassadors.error.accountTaken') : true
}
