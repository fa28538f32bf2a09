import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'

import { hiddenFromEditors } from '../../admin/editorView'
import { isStaff } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { accessibilityField } from '../../fields/accessibility'
import { addressField, coordinatesField } from '../../fields/address'
import { contactField } from '../../fields/contact'
import { openingHoursField } from '../../fields/openingHours'
import { slugField } from '../../fields/slug'
import { descriptionField, textField } from '../../fields/text'
import { versioned } from '../../fields/versioned'
import { refuseDeleteWhileUsed } from '../../references/inUse'
import { roomsField } from './rooms'

export const Venues: CollectionConfig = {
  slug: 'venues',
  access: {
    create: isStaff,
    delete: isStaff,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isStaff,
  },
  admin: {
    hidden: hiddenFromEditors,
    defaultColumns: ['name', 'community', '_status', 'updatedAt'],
    group: labels('cms.group.directory'),
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  fields: [
    textField({ name: 'name', label: 'cms.field.name', required: true }),
    slugField('name'),
    descriptionField(),
    {
      type: 'tabs',
      tabs: [
        {
          label: labels('cms.field.address'),
          fields: [
            addressField(),
            coordinatesField(),
            {
              name: 'community',
              type: 'relationship',
              relationTo: 'communities',
              label: labels('cms.field.community'),
            },
          ],
        },
        { label: labels('cms.field.openingHours'), fields: [openingHoursField()] },
        { label: labels('cms.field.accessibility'), fields: [accessibilityField()] },
        { label: labels('participation.field.rooms'), fields: [roomsField] },
        {
          label: labels('cms.field.contact'),
          fields: [
            contactField(),
            {
              name: 'images',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: labels('cms.field.images'),
            },
          ],
        },
      ],
    },
  ],
  // Published events, offers and associations that meet here keep their place.
  hooks: { beforeDelete: [refuseDeleteWhileUsed] },
  labels: {
    plural: labels('cms.collection.venues.plural'),
    singular: labels('cms.collection.venues.singular'),
  },
  versions: versioned,
}
