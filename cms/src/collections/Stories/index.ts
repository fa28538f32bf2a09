import type { CollectionConfig } from 'payload'
import { defaultLocale, labels } from '@velkomst/shared/i18n'

import { isEditorUser, ownAssociationIds } from '../../access/roles'
import { ownStoriesInList } from '../../admin/editorView'
import { dayOnly } from '../../fields/datePicker'
import { messageFor, rule } from '../../fields/messages'
import { slugField } from '../../fields/slug'
import { summaryField, textField } from '../../fields/text'
import { versioned } from '../../fields/versioned'
import { lexicalIsEmpty } from '../../letters/text'
import { reviewed } from '../../review'
import { createsStories } from './access/createsStories'
import { readsStories } from './access/readsStories'
import { readsStoryVersions } from './access/readsStoryVersions'
import { writesStories } from './access/writesStories'
import { validateStoryAssociations } from './hooks/validateStoryAssociations'

/**
 * Good stories ("de gode historier om Albertslund"): a title, a summary, an image, the text and
 * what the story is about (associations, events, communities), shown on the site's stories pages,
 * the home page, the pages of what they are about and an Atom feed per language. Under review
 * like the listings: staff and trusted associations publish directly.
 */
export const Stories: CollectionConfig = reviewed({
  slug: 'stories',
  access: {
    create: createsStories,
    delete: writesStories,
    read: readsStories,
    readVersions: readsStoryVersions,
    update: writesStories,
  },
  admin: {
    baseFilter: ownStoriesInList,
    defaultColumns: ['title', 'publishedOn', '_status', 'updatedAt'],
    group: labels('cms.group.content'),
    listSearchableFields: ['title', 'summary'],
    useAsTitle: 'title',
  },
  defaultSort: '-publishedOn',
  fields: [
    textField({ name: 'title', label: 'cms.field.title', required: true }),
    slugField('title'),
    summaryField(),
    { name: 'image', type: 'upload', relationTo: 'media', label: labels('cms.field.image') },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: labels('stories.cms.body'),
      // Danish is required; English falls back to the Danish text (marked lang="da" on the site).
      validate: rule((value, { req }) =>
        (!req.locale || req.locale === defaultLocale) && lexicalIsEmpty(value)
          ? messageFor(req, { key: 'validation.required' })
          : true,
      ),
    },
    {
      name: 'publishedOn',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: labels('stories.cms.publishedOn'),
      admin: {
        date: dayOnly,
        description: labels('stories.cms.publishedOn.description'),
        position: 'sidebar',
      },
    },
    {
      type: 'collapsible',
      label: labels('stories.cms.about'),
      fields: [
        {
          name: 'associations',
          type: 'relationship',
          relationTo: 'associations',
          hasMany: true,
          index: true,
          label: labels('stories.cms.associations'),
          admin: { description: labels('stories.cms.associations.description') },
          // An editor's new story starts out about their own association(s).
          defaultValue: ({ user }: { user: unknown }) =>
            isEditorUser(user) ? ownAssociationIds(user) : undefined,
          validate: validateStoryAssociations,
        },
        {
          name: 'events',
          type: 'relationship',
          relationTo: 'events',
          hasMany: true,
          label: labels('stories.cms.events'),
        },
        {
          name: 'communities',
          type: 'relationship',
          relationTo: 'communities',
          hasMany: true,
          label: labels('stories.cms.communities'),
        },
      ],
    },
  ],
  labels: {
    plural: labels('cms.collection.stories.plural'),
    singular: labels('cms.collection.stories.singular'),
  },
  versions: versioned,
})
