import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { locales } from '@velkomst/shared/locales'
import { households, visitStatuses } from '@velkomst/shared/newcomers'
import { checkEmail, checkMaxLength, maxLengths } from '@velkomst/shared/validation'
import { spokenLanguages } from '@velkomst/shared/vocabulary'

import { isStaff, isStaffField } from '../../access/isStaff'
import { dayAndTime } from '../../fields/datePicker'
import { answer, requiredAnswer, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { createsVisitRequests, readsVisitRequests } from './access/visitRequests'
import { tellAmbassador } from './emails'
import { followRequest } from './hooks/followRequest'

/** What the person wrote: staff may correct it, an ambassador only reads it. */
const personal = { update: isStaffField }
/** Written by the request's own bookkeeping (hooks/followRequest.ts), never by anyone. */
const bookkeeping = { create: () => false, update: () => false }

/**
 * Requests to meet a welcome ambassador, from the site's form (or entered by staff). Staff see
 * the queue, assign a request to an ambassador (who is emailed) and follow it to "closed";
 * an ambassador sees and updates only the requests assigned to them. Nothing here is ever
 * public, and the personal data goes a while after the request is closed (retention job).
 */
export const VisitRequests: CollectionConfig = {
  slug: 'visit-requests',
  access: {
    create: createsVisitRequests,
    delete: isStaff,
    read: readsVisitRequests,
    update: readsVisitRequests,
  },
  admin: {
    components: {
      beforeListTable: ['/retention/components/ErasePerson#ErasePerson'],
    },
    defaultColumns: ['name', 'status', 'assignedTo', 'language', 'createdAt'],
    group: labels('ambassadors.group'),
    listSearchableFields: ['name', 'email', 'phone'],
    useAsTitle: 'name',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'new',
          index: true,
          label: labels('ambassadors.field.visitStatus'),
          options: vocabularyOptions(visitStatuses, 'visitStatus'),
          admin: { width: '50%' },
        },
        {
          name: 'assignedTo',
          type: 'relationship',
          relationTo: 'ambassadors',
          index: true,
          label: labels('ambassadors.field.assignedTo'),
          access: { create: isStaffField, update: isStaffField },
          admin: { description: labels('ambassadors.field.assignedTo.description'), width: '50%' },
        },
      ],
    },
    {
      name: 'notes',
      type: 'array',
      label: labels('ambassadors.field.notes'),
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          label: labels('ambassadors.field.noteText'),
          validate: rule((value, { req }) =>
            requiredAnswer(req, value, checkMaxLength(value, maxLengths.note)),
          ),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'author',
              access: bookkeeping,
              type: 'relationship',
              relationTo: 'users',
              label: labels('ambassadors.field.noteBy'),
              admin: { readOnly: true, width: '50%' },
            },
            {
              name: 'at',
              access: bookkeeping,
              type: 'date',
              label: labels('ambassadors.field.noteAt'),
              admin: { readOnly: true, date: dayAndTime, width: '50%' },
            },
          ],
        },
      ],
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: labels('cms.field.name'),
      access: personal,
      validate: rule((value, { req }) =>
        requiredAnswer(req, value, checkMaxLength(value, maxLengths.name)),
      ),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'text',
          index: true,
          label: labels('cms.field.email'),
          access: personal,
          admin: { width: '50%' },
          validate: rule((value, { req }) => answer(req, checkEmail(value))),
        },
        {
          name: 'phone',
          type: 'text',
          label: labels('cms.field.phone'),
          access: personal,
          admin: { width: '50%' },
          validate: rule((value, { req }) => answer(req, checkMaxLength(value, 30))),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'language',
          type: 'select',
          label: labels('ambassadors.field.language'),
          options: vocabularyOptions(spokenLanguages, 'language'),
          access: personal,
          admin: { width: '50%' },
        },
        {
          name: 'neighbourhood',
          type: 'relationship',
          relationTo: 'communities',
          label: labels('ambassadors.field.neighbourhood'),
          access: personal,
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'household',
          type: 'select',
          label: labels('ambassadors.field.household'),
          options: vocabularyOptions(households, 'household'),
          access: personal,
          admin: { width: '50%' },
        },
        {
          name: 'ambassador',
          type: 'relationship',
          relationTo: 'ambassadors',
          label: labels('ambassadors.field.ambassador'),
          access: personal,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      label: labels('ambassadors.field.message'),
      access: personal,
      validate: rule((value, { req }) => answer(req, checkMaxLength(value, 1000))),
    },
    {
      name: 'tools',
      type: 'ui',
      admin: {
        components: { Field: '/retention/components/ErasePerson#ErasePersonOfRequest' },
        position: 'sidebar',
      },
    },
    {
      name: 'consent',
      type: 'checkbox',
      defaultValue: false,
      label: labels('ambassadors.field.consent'),
      access: personal,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'da',
      label: labels('ambassadors.field.locale'),
      options: locales.map((l) => ({ value: l.code, label: l.label })),
      access: personal,
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignedAt',
      access: bookkeeping,
      type: 'date',
      label: labels('ambassadors.field.assignedAt'),
      admin: { position: 'sidebar', readOnly: true, date: dayAndTime },
    },
    {
      name: 'closedAt',
      access: bookkeeping,
      type: 'date',
      index: true,
      label: labels('ambassadors.field.closedAt'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: dayAndTime,
        description: labels('ambassadors.field.closedAt.description'),
      },
    },
  ],
  hooks: { afterChange: [tellAmbassador], beforeChange: [followRequest] },
  labels: {
    plural: labels('ambassadors.requests.plural'),
    singular: labels('ambassadors.requests.singular'),
  },
  timestamps: true,
}
