import type { ArrayField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { checklistGroups } from '@velkomst/shared/vocabulary'
import { maxLengths } from '@velkomst/shared/validation'

import { vocabularyOptions } from '../../fields/options'
import { textField } from '../../fields/text'
import { linksField } from './links'

/**
 * The newcomer checklist's steps (page kind `newcomer-checklist`): ordered, each in a group
 * (everyone, families, young people, seniors) with a short text and links. A row's id is stable,
 * so a reader's ticks (kept in their browser) survive edits and both languages.
 */
export const checklistField: ArrayField = {
  name: 'checklist',
  type: 'array',
  label: labels('welcome.field.checklist'),
  maxRows: 60,
  labels: {
    singular: labels('welcome.field.checklist'),
    plural: labels('welcome.field.checklist'),
  },
  admin: {
    condition: (data) => data?.kind === 'newcomer-checklist',
    description: labels('welcome.field.checklist.description'),
    initCollapsed: true,
  },
  fields: [
    {
      name: 'group',
      type: 'select',
      required: true,
      defaultValue: 'everyone',
      label: labels('welcome.field.group'),
      options: vocabularyOptions(checklistGroups, 'checklistGroup'),
    },
    textField({ name: 'title', label: 'cms.field.title', required: true }),
    textField({
      name: 'text',
      label: 'welcome.field.stepText',
      multiline: true,
      max: maxLengths.note,
    }),
    linksField(),
  ],
}
