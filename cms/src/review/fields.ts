import type { Field } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { reviewStates } from '@velkomst/shared/vocabulary'

import { isStaffField } from '../access/isStaff'
import { dayAndTime } from '../fields/datePicker'
import { vocabularyOptions } from '../fields/options'

/**
 * Where the document's unpublished changes stand. The server sets these (see hooks.ts); in the
 * admin they are read-only, and the comment shows only when staff wrote one.
 */
export const reviewFields = (): Field[] => [
  {
    name: 'reviewState',
    type: 'select',
    defaultValue: 'none',
    index: true,
    label: labels('cms.field.reviewState'),
    options: vocabularyOptions(reviewStates, 'reviewState'),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    maxLength: 2000,
    label: labels('cms.field.reviewComment'),
    access: { update: isStaffField },
    admin: {
      condition: (data) => Boolean((data as { reviewComment?: unknown }).reviewComment),
      description: labels('cms.field.reviewComment.description'),
      position: 'sidebar',
      readOnly: true,
    },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    label: labels('cms.field.submittedBy'),
    access: { read: isStaffField },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.submittedBy) },
  },
  {
    name: 'submittedAt',
    type: 'date',
    label: labels('cms.field.submittedAt'),
    admin: {
      condition: (data) => Boolean(data?.submittedAt),
      date: dayAndTime,
      position: 'sidebar',
      readOnly: true,
    },
  },
]
