import type { Role } from '@velkomst/shared/vocabulary'

/** What access checks need to know about the signed-in user; works for REST and Local API. */
export interface RoleBearer {
  id: number | string
  role?: Role | null
  associations?: (number | string | { id: number | string })[] | null
}

/** The one place roles are checked. */
export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const role = (user as RoleBearer | null | undefined)?.role
  return Boolean(role && roles.includes(role))
}

export const isAdminUser = (user: unknown): boolean => hasRole(user, 'admin')

export const isStaffUser = (user: unknown): boolean => hasRole(user, 'admin', 'staff')

export const isEditorUser = (user: unknown): boolean => hasRole(user, 'association-editor')

/** IDs of the associations an editor is linked to, whether populated or not. */
export function ownAssociationIds(user: unknown): (number | string)[] {
  if (!isEditorUser(user)) return []
  return ((user as RoleBearer).associations ?? []).map((a) => (typeof a === 'object' ? a.id : a))
}

export const isAmbassadorUser = (user: unknown): boolean => hasRole(user, 'ambassador')
