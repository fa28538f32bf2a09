import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser } from '../../../access/roles'
import { trustedAssociationIds } from '../../../review/trust'

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/**
 * Staff create any story. An editor with a trusted association creates stories about their
 * trusted associations only. Data without associations (the admin asking whether to show
 * "Create new" or to open the create view, which it asks with `{ _status: 'draft' }`) is answered
 * by whether they have one: the new story then starts out about the editor's associations, and
 * the associations field refuses any that are not their trusted ones.
 */
export const createsStories: Access = async ({ req, data }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return false
  const trusted = await trustedAssociationIds(req)
  if (trusted.length === 0) return false
  const associations = (data as { associations?: unknown[] | null } | undefined)?.associations
  if (associations === undefined) return true
  const about = (associations ?? []).map(idOf)
  return about.length > 0 && about.every((id) => trusted.includes(id))
}
