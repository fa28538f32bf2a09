import type { SelectField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { helpingWays, waysToTakePart } from '@velkomst/shared/vocabulary'

import { vocabularyOptions } from './options'

/** The community policy's four ways to take part, on associations and events alike. */
export function waysToTakePartField(): SelectField {
  return {
    name: 'waysToTakePart',
    type: 'select',
    hasMany: true,
    label: labels('cms.field.waysToTakePart'),
    options: vocabularyOptions(waysToTakePart, 'wayToTakePart'),
    admin: { description: labels('participation.field.waysToTakePart.description') },
  }
}

/** Whether a document's ways ask for a hand (what the "Volunteer" page lists). */
export function asksForHelp(data: { waysToTakePart?: unknown } | undefined): boolean {
  const ways = Array.isArray(data?.waysToTakePart) ? (data.waysToTakePart as unknown[]) : []
  return ways.some((w) => (helpingWays as readonly unknown[]).includes(w))
}
