import type { CollectionConfig } from 'payload'
import { defaultLocale, labels } from '@velkomst/shared/i18n'
import { quarterOf, shiftQuarter } from '@velkomst/shared/quarter'
import { letterStatuses } from '@velkomst/shared/vocabulary'
import { checkDateKey, checkQuarter } from '@velkomst/shared/validation'

import { hiddenFromEditors } from '../../admin/editorView'
import { isStaff } from '../../access/isStaff'
import { readsLetters } from './access/readsLetters'
import { answer, messageFor, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { textField } from '../../fields/text'
import { dayOnly } from '../../fields/datePicker'
import { letterEndpoints } from '../../letters/endpoints'
import { lexicalIsEmpty } from '../../letters/text'
import { lettersSentField, letterUptakeField } from '../../tickets/fields'

/**
 * The mayor's quarterly letter to newcomers: greeting, signature and the quarter's free tickets.
 * Its printable page and PDF (Danish and English) and the site's free-tickets page read the same
 * published offers, and the page shows the approved letter's greeting, so the letter and the page
 * say the same thing. Staff write them; approved ones are public.
 */
export const WelcomeLetters: CollectionConfig = {
  slug: 'welcome-letters',
  access: { create: isStaff, delete: isStaff, read: readsLetters, update: isStaff },
  admin: {
    hidden: hiddenFromEditors,
    defaultColumns: ['quarter', 'status', 'sendDate', 'updatedAt'],
    group: labels('cms.group.welcome'),
    useAsTitle: 'quarter',
  },
  defaultSort: '-quarter',
  endpoints: letterEndpoints,
  fields: [
    {
      name: 'quarter',
      type: 'text',
      required: true,
      unique: true,
      label: labels('cms.field.quarter'),
      // Letters are written ahead: next quarter by default.
      defaultValue: () => shiftQuarter(quarterOf(new Date()), 1),
      admin: { placeholder: '2027-Q1', position: 'sidebar' },
      validate: rule(async (value, { req, data }) => {
        if (!value) return messageFor(req, { key: 'validation.required' })
        const problem = answer(req, checkQuarter(value))
        if (problem !== true || !req.payload) return problem
        const id = (data as { id?: number }).id
        const { totalDocs } = await req.payload.count({
          collection: 'welcome-letters',
          where: {
            and: [{ quarter: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])],
          },
          overrideAccess: true,
          req,
        })
        return totalDocs > 0
          ? messageFor(req, {
              key: 'validation.letter.duplicateQuarter',
              params: { quarter: typeof value === 'string' ? value : '' },
            })
          : true
      }),
    },
    {
      name: 'tools',
      type: 'ui',
      admin: { components: { Field: '/letters/components/LetterTools#LetterTools' } },
    },
    letterUptakeField,
    {
      name: 'greeting',
      type: 'richText',
      localized: true,
      label: labels('cms.field.greeting'),
      // Danish is required; missing English is a warning (the English letter then uses Danish).
      validate: rule((value, { req }) =>
        (!req.locale || req.locale === defaultLocale) && lexicalIsEmpty(value)
          ? messageFor(req, { key: 'validation.required' })
          : true,
      ),
    },
    {
      type: 'row',
      fields: [
        textField({
          name: 'signatureName',
          label: 'cms.field.signatureName',
          required: true,
          localized: false,
        }),
        textField({ name: 'signatureTitle', label: 'cms.field.signatureTitle', required: true }),
      ],
    },
    {
      name: 'offers',
      type: 'relationship',
      relationTo: 'ticket-offers',
      hasMany: true,
      label: labels('cms.field.letterOffers'),
      admin: { description: labels('cms.field.letterOffers.description') },
      filterOptions: ({ data }) =>
        (data as { quarter?: string }).quarter
          ? { quarter: { equals: (data as { quarter: string }).quarter } }
          : true,
    },
    {
      name: 'sendDate',
      type: 'date',
      label: labels('cms.field.sendDate'),
      admin: { date: dayOnly, position: 'sidebar' },
      validate: rule((value, { req }) => answer(req, checkDateKey(value))),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      label: labels('cms.field.letterStatus'),
      options: vocabularyOptions(letterStatuses, 'letterStatus'),
      admin: { position: 'sidebar' },
    },
    lettersSentField,
  ],
  labels: {
    plural: labels('cms.collection.welcomeLetters.plural'),
    singular: labels('cms.collection.welcomeLetters.singular'),
  },
  timestamps: true,
}
