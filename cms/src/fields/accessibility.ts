import type { GroupField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { maxLengths } from '@velkomst/shared/validation'

import { textField } from './text'

const feature = (name: string, label: Parameters<typeof labels>[0]) => ({
  name,
  type: 'checkbox' as const,
  defaultValue: false,
  label: labels(label),
})

/** Structured accessibility facts (schema.org amenityFeature) plus a note. */
export function accessibilityField(): GroupField {
  return {
    name: 'accessibility',
    type: 'group',
    label: labels('cms.field.accessibility'),
    fields: [
      feature('stepFree', 'cms.field.stepFree'),
      feature('accessibleToilet', 'cms.field.accessibleToilet'),
      feature('hearingLoop', 'cms.field.hearingLoop'),
      feature('accessibleParking', 'cms.field.accessibleParking'),
      textField({ name: 'note', label: 'cms.field.note', multiline: true, max: maxLengths.note }),
    ],
  }
}
