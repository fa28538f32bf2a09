import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { communityKinds } from '@velkomst/shared/vocabulary'

import { hiddenFromEditors } from '../../admin/editorView'
import { anyone } from '../../access/anyone'
import { isStaff } from '../../access/isStaff'
import { vocabularyOptions } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { descriptionField, textField } from '../../fields/text'

export const Communities: CollectionConfig = {
  slug: 'communities',
  access: { create: isStaff, delete: isStaff, read: anyone, update: isStaff },
  admin: {
    hidden: hiddenFromEditors,
    defaultColumns: ['name', 'kind', 'slug'],
    group: labels('cms.group.directory'),
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  fields: [
    textField({ name: 'name', label: 'cms.field.name', required: true }),
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'neighbourhood',
      label: labels('cms.field.kind'),
      options: vocabularyOptions(communityKinds, 'communityKind'),
    },
    descriptionField(),
  ],
  labels: {
    plural: labels('cms.collection.communities.plural'),
    singular: labels('cms.collection.communities.singular'),
  },
}
