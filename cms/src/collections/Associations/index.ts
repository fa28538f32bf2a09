import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { associationStatuses, audiences, spokenLanguages } from '@velkomst/shared/vocabulary'
import {
  checkAgeRange,
  checkCvr,
  checkDateKey,
  checkNonNegative,
  maxLengths,
} from '@velkomst/shared/validation'

import { ownAssociationsInList } from '../../admin/editorView'
import { editsOwnAssociation } from './access/editsOwnAssociation'
import { isStaff, isStaffField } from '../../access/isStaff'
import { readsAssociations } from './access/readsAssociations'
import { readsAssociationVersions } from './access/readsAssociationVersions'
import { contactField } from '../../fields/contact'
import { answer, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { descriptionField, summaryField, textField } from '../../fields/text'
import { versioned } from '../../fields/versioned'
import { waysToTakePartField } from '../../fields/waysToTakePart'
import { refuseDeleteWhileUsed } from '../../references/inUse'
import { dayOnly } from '../../fields/datePicker'
import { reviewed } from '../../review'
import { confirmEndpoint } from './confirm/endpoint'

type AgeRange = { min?: number | null; max?: number | null }

export const Associations: CollectionConfig = reviewed({
  slug: 'associations',
  access: {
    create: isStaff,
    delete: isStaff,
    read: readsAssociations,
    readVersions: readsAssociationVersions,
    update: editsOwnAssociation,
  },
  admin: {
    baseFilter: ownAssociationsInList,
    defaultColumns: ['name', 'status', 'lastConfirmed', '_status', 'updatedAt'],
    group: labels('cms.group.directory'),
    listSearchableFields: ['name', 'summary'],
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  endpoints: [confirmEndpoint],
  fields: [
    textField({ name: 'name', label: 'cms.field.name', required: true }),
    slugField('name'),
    summaryField(),
    descriptionField(),
    {
      type: 'tabs',
      tabs: [
        {
          label: labels('cms.field.audiences'),
          fields: [
            {
              name: 'categories',
              type: 'relationship',
              relationTo: 'categories',
              hasMany: true,
              label: labels('cms.field.categories'),
            },
            {
              name: 'audiences',
              type: 'select',
              hasMany: true,
              label: labels('cms.field.audiences'),
              options: vocabularyOptions(audiences, 'audience'),
            },
            {
              name: 'ageRange',
              type: 'group',
              label: labels('cms.field.ageRange'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'min',
                      type: 'number',
                      label: labels('cms.field.minAge'),
                      admin: { width: '50%' },
                      validate: rule((value, { req, siblingData }) =>
                        answer(
                          req,
                          checkAgeRange(value ?? null, (siblingData as AgeRange).max ?? null),
                        ),
                      ),
                    },
                    {
                      name: 'max',
                      type: 'number',
                      label: labels('cms.field.maxAge'),
                      admin: { width: '50%' },
                      validate: rule((value, { req }) =>
                        answer(req, checkAgeRange(null, value ?? null)),
                      ),
                    },
                  ],
                },
              ],
            },
            waysToTakePartField(),
            textField({
              name: 'helpNeeded',
              label: 'participation.field.helpNeeded',
              multiline: true,
              max: maxLengths.note,
              // Always shown: a hidden field would skip its validation.
              overrides: {
                admin: { description: labels('participation.field.helpNeeded.description') },
              },
            }),
            {
              name: 'socialOffer',
              type: 'checkbox',
              defaultValue: false,
              label: labels('cms.field.socialOffer'),
              admin: { description: labels('cms.field.socialOffer.description') },
            },
            {
              name: 'languages',
              type: 'select',
              hasMany: true,
              defaultValue: ['da'],
              label: labels('cms.field.languages'),
              options: vocabularyOptions(spokenLanguages, 'language'),
            },
          ],
        },
        {
          label: labels('cms.field.venues'),
          fields: [
            {
              name: 'communities',
              type: 'relationship',
              relationTo: 'communities',
              hasMany: true,
              label: labels('cms.field.communities'),
            },
            {
              name: 'venues',
              type: 'relationship',
              relationTo: 'venues',
              hasMany: true,
              label: labels('cms.field.venues'),
            },
          ],
        },
        {
          label: labels('cms.field.contact'),
          fields: [
            contactField(),
            {
              name: 'membershipFee',
              type: 'group',
              label: labels('cms.field.membershipFee'),
              fields: [
                {
                  name: 'amount',
                  type: 'number',
                  label: labels('cms.field.amount'),
                  validate: rule((value, { req }) => answer(req, checkNonNegative(value))),
                },
                textField({
                  name: 'text',
                  label: 'cms.field.feeText',
                  multiline: true,
                  max: maxLengths.note,
                }),
              ],
            },
            { name: 'logo', type: 'upload', relationTo: 'media', label: labels('cms.field.logo') },
            {
              name: 'cvr',
              type: 'text',
              label: labels('cms.field.cvr'),
              validate: rule((value, { req }) => answer(req, checkCvr(value))),
            },
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      label: labels('cms.field.associationStatus'),
      options: vocabularyOptions(associationStatuses, 'associationStatus'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'lastConfirmed',
      type: 'date',
      label: labels('cms.field.lastConfirmed'),
      admin: {
        date: dayOnly,
        description: labels('cms.field.lastConfirmed.description'),
        position: 'sidebar',
      },
      validate: rule((value, { req }) => answer(req, checkDateKey(value))),
    },
    {
      name: 'trusted',
      type: 'checkbox',
      defaultValue: false,
      label: labels('cms.field.trusted'),
      access: { create: isStaffField, update: isStaffField },
      admin: { description: labels('cms.field.trusted.description'), position: 'sidebar' },
    },
    {
      name: 'editors',
      type: 'join',
      collection: 'users',
      on: 'associations',
      label: labels('cms.field.editors'),
      access: { read: isStaffField },
      admin: { position: 'sidebar' },
    },
  ],
  // Published events it organizes and offers for it keep their organizer.
  hooks: { beforeDelete: [refuseDeleteWhileUsed] },
  labels: {
    plural: labels('cms.collection.associations.plural'),
    singular: labels('cms.collection.associations.singular'),
  },
  versions: versioned,
})
