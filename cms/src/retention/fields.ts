import type { NumberField } from 'payload'
import { labels, translate } from '@velkomst/shared/i18n'

import { editorLocale } from '../fields/messages'

export const RETENTION_DEFAULT_DAYS = 180
const MIN = 30
const MAX = 3650

/** The site settings' retention period for the forms' personal data. */
export const retentionDaysField: NumberField = {
  name: 'retentionDays',
  type: 'number',
  required: true,
  defaultValue: RETENTION_DEFAULT_DAYS,
  label: labels('forms.retention.days'),
  admin: { description: labels('forms.retention.days.description') },
  validate: (value: unknown, { req }: { req: Parameters<typeof editorLocale>[0] }) =>
    typeof value === 'number' && Number.isInteger(value) && value >= MIN && value <= MAX
      ? true
      : translate(editorLocale(req), 'forms.retention.range', { min: MIN, max: MAX }),
}
