import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { audiencePages, mapFeatureKinds, pageKinds } from '@velkomst/shared/vocabulary'
import { checkGeometry, maxLengths } from '@velkomst/shared/validation'

import { hiddenFromEditors } from '../../admin/editorView'
import { isStaff } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { answer, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { summaryField, textField } from '../../fields/text'
import { versioned } from '../../fields/versioned'
import { checklistField } from './checklist'
import { wasteFractionsField } from './wasteGuide'

export const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    create: isStaff,
    delete: isStaff,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isStaff,
  },
  admin: {
    hidden: hiddenFromEditors,
    defaultColumns: ['title', 'kind', '_status', 'updatedAt'],
    group: labels('cms.group.content'),
    useAsTitle: 'title',
  },
  defaultSort: 'title',
  fields: [
    textField({ name: 'title', label: 'cms.field.title', required: true }),
    // Only a guide's slug is in a path (/guider/<slug>/); the welcome and audience pages have
    // their own addresses.
    slugField('title', {}, { inPath: (data) => (data.kind ?? 'guide') === 'guide' }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'guide',
      label: labels('cms.field.pageKind'),
      options: vocabularyOptions(pageKinds, 'pageKind'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'audience',
      type: 'select',
      label: labels('cms.field.audience'),
      options: vocabularyOptions(audiencePages, 'audience'),
      admin: { condition: (data) => data?.kind === 'audience', position: 'sidebar' },
    },
    summaryField(false),
    {
      name: 'content',
      type: 'richText',
      localized: true,
      label: labels('cms.field.content'),
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: labels('cms.field.image') },
    checklistField,
    wasteFractionsField,
    {
      name: 'mapFeatures',
      type: 'array',
      label: labels('cms.field.mapFeatures'),
      admin: {
        condition: (data) => data?.kind === 'guide' || data?.kind === 'waste-guide',
        description: labels('cms.field.mapFeatures.description'),
        initCollapsed: true,
      },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'place',
          label: labels('cms.field.kind'),
          options: vocabularyOptions(mapFeatureKinds, 'mapFeatureKind'),
        },
        textField({ name: 'name', label: 'cms.field.name', required: true }),
        textField({
          name: 'description',
          label: 'cms.field.description',
          multiline: true,
          max: maxLengths.note,
        }),
        {
          name: 'geometry',
          type: 'json',
          required: true,
          label: labels('cms.field.geometry'),
          validate: rule((value, { req, siblingData }) =>
            answer(
              req,
              checkGeometry(value, (siblingData as { kind?: 'place' | 'route' }).kind ?? 'place'),
            ),
          ),
        },
      ],
    },
  ],
  labels: {
    plural: labels('cms.collection.pages.plural'),
    singular: labels('cms.collection.pages.singular'),
  },
  versions: versioned,
}
