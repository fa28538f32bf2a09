import type { Access, AccessResult } from 'payload'

import { isAmbassadorUser, isStaffUser } from '../../../access/roles'

/** Staff read every answer; an ambassador the answers they entered; nobody else any. */
export const readsSurveyAnswers: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (isAmbassadorUser(req.user)) return { collectedBy: { equals: req.user?.id } }
  return false
}

/**
 * Staff and ambassadors enter answers collected in person; the public answers only through the
 * survey's endpoint (limits, signed time, honeypot), which says so in the request's context.
 */
export const createsSurveyAnswers: Access = ({ req }) =>
  isStaffUser(req.user) || isAmbassadorUser(req.user) || req.context.publicForm === 'survey'
