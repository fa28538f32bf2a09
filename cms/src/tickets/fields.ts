import type { NumberField, UIField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { checkNonNegative } from '@velkomst/shared/validation'

import { answer, rule } from '../fields/messages'

/** On an offer: its ticket-desk link (and QR code), to give the people who hand out tickets. */
export const deskLinkField: UIField = {
  name: 'deskLink',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/tickets/components/DeskLink#DeskLink' },
  },
}

/** On a welcome letter: how many letters went out, for the quarterly report. */
export const lettersSentField: NumberField = {
  name: 'lettersSent',
  type: 'number',
  min: 0,
  label: labels('tickets.field.lettersSent'),
  admin: { description: labels('tickets.field.lettersSent.description'), position: 'sidebar' },
  validate: rule((value, { req }) => answer(req, checkNonNegative(value, { integer: true }))),
}

/** Beside the letter: the quarter's uptake per offer, with a chart and its table. */
export const letterUptakeField: UIField = {
  name: 'uptake',
  type: 'ui',
  admin: { components: { Field: '/tickets/components/LetterUptake#LetterUptake' } },
}
