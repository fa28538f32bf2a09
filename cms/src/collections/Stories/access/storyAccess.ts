import type { Access, AccessResult } from 'payload'

import { isEditorUser, isStaffUser } from '../../../access/roles'
import { trustedAssociationIds } from '../../../review/trust'

/**
 * Who writes good stories: staff (any story) and editors of a trusted association (stories about
 * their own trusted associations). Other editors, ambassadors and the public read published
 * stories only.
 */

const published: AccessResult = { _status: { equals: 'published' } }

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** Published stories for everyone; staff all, a trusted association's editor also its drafts. */
export const readsStories: Access = async ({ req }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return published
  const trusted = await trustedAssociationIds(req)
  if (trusted.length === 0) return published
  return { or: [published, { associations: { in: trusted } }] }
}

/**
 * Staff write any story; a trusted association's editor a story about one of their trusted
 * associations (the associations field then insists that it names only those).
 */
export const writesStories: Access = async ({ req }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return false
  const trusted = await trustedAssociationIds(req)
  return trusted.length > 0 ? { associations: { in: trusted } } : false
}

/**
 * Staff create any story. An editor with a trusted association creates stories about their
 * trusted associations; without data (the admin asking whether to show "Create new") the answer
 * is whether they have one.
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

/** Staff read every story's versions; a trusted editor those of the stories they may edit. */
export const readsStoryVersions: Access = async ({ req }): Promise<AccessResult> => {
  if (isStaffUser(req.user)) return true
  if (!isEditorUser(req.user)) return false
  const trusted = await trustedAssociationIds(req)
  if (trusted.length === 0) return false
  const { docs } = await req.payload.find({
    collection: 'stories',
    where: { associations: { in: trusted } },
    draft: true,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.length ? { parent: { in: docs.map((d) => d.id) } } : false
}
