import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { categoryGroups } from '@velkomst/shared/vocabulary'

import { hiddenFromEditors } from '../../admin/editorView'
import { anyone } from '../../access/anyone'
import { isStaff } from '../../access/isStaff'
import { vocabularyOptions } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { textField } from '../../fields/text'

export const Categories: CollectionConfig = {
  slug: 'categories',
  access: { create: isStaff, delete: isStaff, read: anyone, update: isStaff },
  admin: {
    hidden: hiddenFromEditors,
    defaultColumns: ['name', 'group', 'slug'],
    group: labels('cms.group.directory'),
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  fields: [
    textField({ name: 'name', label: 'cms.field.name', required: true, max: 60 }),
    // A category's slug only follows /kategori/ in paths, where nothing else sits.
    slugField('name', {}, { inPath: () => false }),
    {
      name: 'group',
      type: 'select',
      required: true,
      defaultValue: 'activity',
      label: labels('cms.field.group'),
      options: vocabularyOptions(categoryGroups, 'categoryGroup'),
    },
  ],
  labels: {
    plural: labels('cms.collection.categories.plural'),
    singular: labels('cms.collection.categories.singular'),
  },
}
