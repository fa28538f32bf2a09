import type { Access, AccessResult, FieldAccess, Where } from 'payload'
import { fromZoned, dateKey, parseDateKey } from '@velkomst/shared/time'

import { isAmbassadorUser, isStaffUser } from '../../../access/roles'

/** Shown on the site: opted in, and their period has not ended (Copenhagen's today counts). */
export function shownAmbassadors(now = new Date()): Where {
  const today = parseDateKey(dateKey(now))!
  const startOfToday = fromZoned(today.year, today.month, today.day).toISOString()
  return {
    and: [
      { showPublicly: { equals: true } },
      { or: [{ periodTo: { exists: false } }, { periodTo: { greater_than_equal: startOfToday } }] },
    ],
  }
}

/** Staff read every ambassador; an ambassador also their own record; others the public ones. */
export const readsAmbassadors: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (isAmbassadorUser(req.user)) {
    return { or: [{ account: { equals: req.user?.id } }, shownAmbassadors()] }
  }
  return shownAmbassadors()
}

const accountOf = (doc: unknown) => {
  const account = (doc as { account?: unknown } | undefined)?.account
  return typeof account === 'object' && account !== null
    ? (account as { id?: unknown }).id
    : account
}

/** Contact details and the sign-in account: staff, and the ambassador themselves. */
export const staffOrSelf: FieldAccess = ({ req, doc }) =>
  isStaffUser(req.user) ||
  (isAmbassadorUser(req.user) && doc !== undefined && accountOf(doc) === req.user?.id)

/** The photo goes public only with the ambassador's consent. */
export const photoShown: FieldAccess = (args) =>
  staffOrSelf(args) || (args.doc as { photoConsent?: unknown } | undefined)?.photoConsent === true
