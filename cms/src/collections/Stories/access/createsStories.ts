import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser } from '../../../access/roles'
import { trustedAssociationIds } from '../../../review/trust'

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/**
 * Staff create any story. An editor with a trusted association creates stories about their
 * trusted associations only; without data (the admin asking whether to show "Create new") the
 * answer is whether they have one.
 */
export const createsStories: Access = async ({ req, data }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return false
  const trusted = await trustedAssociationIds(req)
  if (trusted.length === 0) return false
  if (!data) return true
  const about = ((data as { associations?: unknown[] }).associations ?? []).map(idOf)
  return about.length > 0 && about.every((id) => trusted.includes(id))
}
