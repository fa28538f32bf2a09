import type { BaseFilter } from 'payload'

import { isEditorUser, ownAssociationIds } from '../access/roles'

/**
 * What an association editor sees in the admin: their own listings, not the whole directory.
 * These narrow the list views only; access rules (src/access) decide what may be read at all.
 */
export const ownAssociationsInList: BaseFilter = ({ req }) =>
  isEditorUser(req.user) ? { id: { in: ownAssociationIds(req.user) } } : null

export const ownEventsInList: BaseFilter = ({ req }) =>
  isEditorUser(req.user) ? { organizers: { in: ownAssociationIds(req.user) } } : null

export const ownStoriesInList: BaseFilter = ({ req }) =>
  isEditorUser(req.user) ? { associations: { in: ownAssociationIds(req.user) } } : null

/** Collections an editor cannot change are left out of their navigation. */
export const hiddenFromEditors = ({ user }: { user: unknown }) => isEditorUser(user)
