import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { contactPreferences } from '@velkomst/shared/newcomers'
import {
  checkEmail,
  checkEndAfterStart,
  checkMaxLength,
  checkPhone,
  maxLengths,
} from '@velkomst/shared/validation'
import { spokenLanguages } from '@velkomst/shared/vocabulary'

import { isStaff, isStaffField } from '../../access/isStaff'
import { dayOnly } from '../../fields/datePicker'
import { answer, requiredAnswer, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { textField } from '../../fields/text'
import { photoShown, readsAmbassadors, staffOrSelf } from './access/readsAmbassadors'
import { checkAccount } from './hooks/checkAccount'
import { inviteAmbassadorEndpoint } from './invite/endpoint'

const privateField = { read: staffOrSelf, create: isStaffField, update: isStaffField }

/**
 * Welcome ambassadors: volunteers (and temporary ambassadors in new housing areas) who welcome
 * newcomers. Staff manage them; the site shows those who said yes to it, while their period
 * lasts, without contact details. An ambassador signs in with a linked account (role
 * `ambassador`) and sees the visit requests assigned to them.
 */
export const Ambassadors: CollectionConfig = {
  slug: 'ambassadors',
  access: { create: isStaff, delete: isStaff, read: readsAmbassadors, update: isStaff },
  admin: {
    defaultColumns: ['name', 'communities', 'periodTo', 'showPublicly'],
    group: labels('ambassadors.group'),
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  endpoints: [inviteAmbassadorEndpoint],
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: labels('cms.field.name'),
      validate: rule((value, { req }) =>
        requiredAnswer(req, value, checkMaxLength(value, maxLengths.name)),
      ),
    },
    slugField('name'),
    {
      name: 'showPublicly',
      type: 'checkbox',
      defaultValue: false,
      label: labels('ambassadors.field.showPublicly'),
      admin: { description: labels('ambassadors.field.showPublicly.description') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'periodFrom',
          type: 'date',
          label: labels('ambassadors.field.periodFrom'),
          admin: { date: dayOnly, width: '50%' },
        },
        {
          name: 'periodTo',
          type: 'date',
          label: labels('ambassadors.field.periodTo'),
          admin: {
            date: dayOnly,
            width: '50%',
            description: labels('ambassadors.field.periodTo.description'),
          },
          validate: rule((value, { req, siblingData }) =>
            answer(req, checkEndAfterStart(siblingData.periodFrom, value)),
          ),
        },
      ],
    },
    {
      name: 'temporary',
      type: 'checkbox',
      defaultValue: false,
      label: labels('ambassadors.field.temporary'),
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: labels('ambassadors.field.languages'),
      options: vocabularyOptions(spokenLanguages, 'language'),
    },
    {
      name: 'communities',
      type: 'relationship',
      relationTo: 'communities',
      hasMany: true,
      label: labels('ambassadors.field.communities'),
    },
    textField({
      name: 'helpsWith',
      label: 'ambassadors.field.helpsWith',
      multiline: true,
      max: maxLengths.note,
    }),
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: labels('ambassadors.field.photo'),
      access: { read: photoShown },
    },
    {
      name: 'photoConsent',
      type: 'checkbox',
      defaultValue: false,
      label: labels('ambassadors.field.photoConsent'),
      access: privateField,
      admin: { description: labels('ambassadors.field.photoConsent.description') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'text',
          label: labels('cms.field.email'),
          access: privateField,
          admin: { width: '50%' },
          validate: rule((value, { req }) => answer(req, checkEmail(value))),
        },
        {
          name: 'phone',
          type: 'text',
          label: labels('cms.field.phone'),
          access: privateField,
          admin: { width: '50%' },
          validate: rule((value, { req }) => answer(req, checkPhone(value))),
        },
      ],
    },
    {
      name: 'contactPreference',
      type: 'select',
      defaultValue: 'email',
      label: labels('ambassadors.field.contactPreference'),
      options: vocabularyOptions(contactPreferences, 'contactPreference'),
      access: privateField,
    },
    {
      name: 'signIn',
      type: 'ui',
      admin: {
        components: { Field: '/collections/Ambassadors/invite/InviteAmbassador#InviteAmbassador' },
        position: 'sidebar',
      },
    },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'users',
      label: labels('ambassadors.field.account'),
      filterOptions: { role: { equals: 'ambassador' } },
      access: privateField,
      admin: {
        description: labels('ambassadors.field.account.description'),
        position: 'sidebar',
      },
      validate: checkAccount,
    },
  ],
  labels: {
    plural: labels('ambassadors.collection.plural'),
    singular: labels('ambassadors.collection.singular'),
  },
  timestamps: true,
}
