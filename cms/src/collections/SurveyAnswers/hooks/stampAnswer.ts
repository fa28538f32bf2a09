import type { CollectionBeforeChangeHook } from 'payload'
import { quarterOf } from '@velkomst/shared/quarter'

interface AnswerData {
  quarter?: string | null
  inPerson?: boolean | null
  collectedBy?: unknown
  contact?: boolean | null
  email?: string | null
}

/**
 * An answer belongs to the quarter it was given in. One entered in the admin (by an ambassador
 * or staff, from a conversation) is marked as collected in person, with who entered it. An
 * email address is kept only with the person's consent to be contacted.
 */
export const stampAnswer: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  const next = data as AnswerData
  if (operation === 'create') {
    // The seed and tests may place an answer in an earlier quarter.
    next.quarter = req.context.seed && next.quarter ? next.quarter : quarterOf(new Date())
    if (req.context.publicForm) {
      next.inPerson = false
      next.collectedBy = null
    } else if (req.user) {
      next.inPerson = true
      next.collectedBy = req.user.id
    }
  }
  const contact = next.contact ?? (originalDoc as AnswerData | undefined)?.contact
  if (!contact) next.email = null
  if (typeof next.email === 'string') next.email = next.email.trim().toLowerCase() || null
  return next
}
