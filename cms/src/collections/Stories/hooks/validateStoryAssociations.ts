import type { Validate } from 'payload'

import { isEditorUser } from '../../../access/roles'
import { messageFor } from '../../../fields/messages'
import { trustedAssociationIds } from '../../../review/trust'

const idOf = (v: unknown) =>
  String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)

/**
 * An association editor's story is about their own trusted associations only, and about at
 * least one of them: putting a story on another association's page is staff's to do.
 */
export const validateStoryAssociations: Validate = async (value, { req }) => {
  if (!isEditorUser(req?.user) || !req.payload) return true
  const about = Array.isArray(value) ? value.map(idOf) : []
  const trusted = await trustedAssociationIds(req)
  if (about.length > 0 && about.every((id) => trusted.includes(id))) return true
  return messageFor(req, { key: 'validation.story.ownAssociations' })
}
