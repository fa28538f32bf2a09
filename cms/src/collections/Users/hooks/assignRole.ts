import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, isStaffUser } from '../../../access/roles'
import { messageFor } from '../../../fields/messages'

/**
 * The first account becomes admin. Staff may create and manage association editors and welcome
 * ambassadors only; only an admin gives the staff or admin role.
 */
type UserData = { role?: string }

/** The roles staff may give: the volunteers'. */
export const volunteerRoles: readonly string[] = ['association-editor', 'ambassador']

export const assignRole: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  const incoming = data as UserData
  const stored = originalDoc as UserData | undefined
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      req,
      overrideAccess: true,
    })
    if (totalDocs === 0) return { ...incoming, role: 'admin' }
  }
  const user = req.user
  const role = incoming.role ?? stored?.role ?? 'association-editor'
  // Local API calls without a user (seed, scripts) are trusted.
  if (!user) return data
  if (isAdminUser(user)) return data
  const changesRole = operation === 'create' || (incoming.role && incoming.role !== stored?.role)
  if (isStaffUser(user) && changesRole && !volunteerRoles.includes(role)) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: messageFor(req, { key: 'validation.user.role' }), path: 'role' }],
      req,
    })
  }
  return data
}
