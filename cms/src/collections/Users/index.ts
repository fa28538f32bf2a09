import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { roles } from '@velkomst/shared/vocabulary'

import { hiddenFromEditors } from '../../admin/editorView'
import { isDemonstration } from '../../config'
import { isAdminField } from '../../access/isAdmin'
import { isStaff, isStaffField } from '../../access/isStaff'
import { deletesUsers } from './access/deletesUsers'
import { readsUsers } from './access/readsUsers'
import { unlocksUsers } from './access/unlocksUsers'
import { updatesUsers } from './access/updatesUsers'
import { vocabularyOptions } from '../../fields/options'
import { assignRole } from './hooks/assignRole'
import { LINK_DAYS, resetEmailHtml, resetEmailSubject } from './invite/emails'
import { inviteEndpoint } from './invite/endpoint'
import { passwordPolicy } from './hooks/passwordPolicy'
import { refuseDemoSignIn } from './hooks/refuseDemoSignIn'
import { setPasswordEndpoint } from './set-password/endpoint'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isStaff,
    delete: deletesUsers,
    read: readsUsers,
    unlock: unlocksUsers,
    update: updatesUsers,
  },
  admin: {
    components: { beforeListTable: ['/collections/Users/invite/Invite#Invite'] },
    hidden: hiddenFromEditors,
    defaultColumns: ['email', 'displayName', 'role'],
    group: labels('cms.group.admin'),
    useAsTitle: 'email',
  },
  auth: {
    // Invitations use the reset link, so it lasts long enough to be found in an inbox.
    forgotPassword: {
      expiration: LINK_DAYS * 24 * 60 * 60 * 1000,
      generateEmailHTML: ({ req, token } = {}) => resetEmailHtml(req, token ?? ''),
      generateEmailSubject: ({ req } = {}) => resetEmailSubject(req),
    },
    // Sign-in cookies: Secure in production (the admin is served over https there; a demo and
    // development run on http), not sent along with requests other sites start (Lax).
    cookies: { sameSite: 'Lax', secure: !isDemonstration() },
    // Five wrong passwords lock the account for ten minutes.
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 8 * 60 * 60,
  },
  endpoints: [inviteEndpoint, setPasswordEndpoint],
  fields: [
    { name: 'displayName', type: 'text', label: labels('cms.field.displayName'), maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'association-editor',
      saveToJWT: true,
      label: labels('cms.field.role'),
      options: vocabularyOptions(roles, 'role'),
      access: { create: isStaffField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'associations',
      type: 'relationship',
      relationTo: 'associations',
      hasMany: true,
      saveToJWT: true,
      label: labels('cms.field.associations'),
      access: { create: isStaffField, update: isStaffField },
      admin: {
        condition: (data) => data?.role === 'association-editor',
        description: labels('cms.field.associations.description'),
        position: 'sidebar',
      },
    },
  ],
  hooks: { beforeChange: [assignRole], beforeOperation: [passwordPolicy, refuseDemoSignIn] },
  labels: {
    plural: labels('cms.collection.users.plural'),
    singular: labels('cms.collection.users.singular'),
  },
  timestamps: true,
}
