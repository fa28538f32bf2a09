import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { offerStatuses, offerTargets } from '@velkomst/shared/vocabulary'
import { quarterOf } from '@velkomst/shared/quarter'
import {
  checkDateKey,
  checkEndAfterStart,
  checkNonNegative,
  checkQuarter,
  checkWithinQuarter,
  maxLengths,
} from '@velkomst/shared/validation'

import { hiddenFromEditors } from '../../admin/editorView'
import { isStaff } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { answer, messageFor, requiredAnswer, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { descriptionField, textField } from '../../fields/text'
import { versioned } from '../../fields/versioned'
import { defaultValidity } from './hooks/defaultValidity'
import { keepsUptake } from './hooks/keepsUptake'
import { dayOnly } from '../../fields/datePicker'
import { giveDeskCode } from '../../tickets/desks'
import { deskLinkField } from '../../tickets/fields'

type Offer = { quarter?: string; validFrom?: string }

export const TicketOffers: CollectionConfig = {
  slug: 'ticket-offers',
  access: {
    create: isStaff,
    delete: isStaff,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isStaff,
  },
  admin: {
    hidden: hiddenFromEditors,
    defaultColumns: ['title', 'quarter', 'status', '_status'],
    group: labels('cms.group.welcome'),
    useAsTitle: 'title',
  },
  defaultSort: '-quarter',
  fields: [
    {
      name: 'quarter',
      type: 'text',
      required: true,
      index: true,
      label: labels('cms.field.quarter'),
      defaultValue: () => quarterOf(new Date()),
      admin: { placeholder: '2026-Q3', position: 'sidebar' },
      validate: rule((value, { req }) =>
        value ? answer(req, checkQuarter(value)) : messageFor(req, { key: 'validation.required' }),
      ),
    },
    textField({ name: 'title', label: 'cms.field.title', required: true }),
    {
      name: 'target',
      type: 'relationship',
      relationTo: [...offerTargets],
      label: labels('cms.field.target'),
    },
    descriptionField(),
    {
      type: 'row',
      fields: [
        {
          name: 'ticketsPerHousehold',
          type: 'number',
          required: true,
          defaultValue: 2,
          label: labels('cms.field.ticketsPerHousehold'),
          admin: { width: '50%' },
          validate: rule((value, { req }) =>
            requiredAnswer(req, value, checkNonNegative(value, { integer: true })),
          ),
        },
        {
          name: 'totalAvailable',
          type: 'number',
          label: labels('cms.field.totalAvailable'),
          admin: { width: '50%' },
          validate: rule((value, { req }) =>
            answer(req, checkNonNegative(value, { integer: true })),
          ),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          label: labels('cms.field.validFrom'),
          admin: { width: '50%', date: dayOnly },
          validate: rule((value, { req, data }) =>
            answer(req, checkDateKey(value), checkWithinQuarter((data as Offer).quarter, value)),
          ),
        },
        {
          name: 'validTo',
          type: 'date',
          label: labels('cms.field.validTo'),
          admin: { width: '50%', date: dayOnly },
          validate: rule((value, { req, data }) =>
            answer(
              req,
              checkDateKey(value),
              checkEndAfterStart((data as Offer).validFrom, value),
              checkWithinQuarter((data as Offer).quarter, value),
            ),
          ),
        },
      ],
    },
    textField({
      name: 'howToRedeem',
      label: 'cms.field.howToRedeem',
      required: true,
      multiline: true,
      max: maxLengths.note,
    }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'available',
      label: labels('cms.field.offerStatus'),
      options: vocabularyOptions(offerStatuses, 'offerStatus'),
      admin: { position: 'sidebar' },
    },
    deskLinkField,
  ],
  hooks: {
    afterChange: [giveDeskCode],
    beforeDelete: [keepsUptake],
    beforeValidate: [defaultValidity],
  },
  labels: {
    plural: labels('cms.collection.ticketOffers.plural'),
    singular: labels('cms.collection.ticketOffers.singular'),
  },
  versions: versioned,
}
