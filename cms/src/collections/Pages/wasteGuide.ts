import type { ArrayField, Field } from 'payload'
import { labels, translate, vocabularyKey } from '@velkomst/shared/i18n'
import { firstDuplicate, maxLengths } from '@velkomst/shared/validation'
import { wasteDisposals, wasteFractions, type WasteFraction } from '@velkomst/shared/vocabulary'

import { editorLocale, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { textField } from '../../fields/text'

const examples = (name: string, label: 'welcome.field.examples' | 'welcome.field.notAccepted') =>
  ({
    name,
    type: 'array',
    label: labels(label),
    maxRows: 40,
    labels: { singular: labels('welcome.field.example'), plural: labels(label) },
    fields: [textField({ name: 'name', label: 'welcome.field.example', required: true, max: 120 })],
  }) satisfies Field

/**
 * The waste guide's fractions (page kind `waste-guide`): each fraction once, what goes in it
 * with examples (searchable on the site in both languages), what does not, and where it goes.
 */
export const wasteFractionsField: ArrayField = {
  name: 'wasteFractions',
  type: 'array',
  label: labels('welcome.field.wasteFractions'),
  maxRows: wasteFractions.length,
  labels: {
    singular: labels('welcome.field.fraction'),
    plural: labels('welcome.field.wasteFractions'),
  },
  admin: {
    condition: (data) => data?.kind === 'waste-guide',
    description: labels('welcome.field.wasteFractions.description'),
    initCollapsed: true,
  },
  validate: rule((value, { req }) => {
    const rows = Array.isArray(value) ? (value as { fraction?: WasteFraction }[]) : []
    const twice = firstDuplicate(rows.map((r) => r.fraction).filter(Boolean))
    if (!twice) return true
    const locale = editorLocale(req)
    return translate(locale, 'validation.wasteFraction.duplicate', {
      fraction: translate(locale, vocabularyKey('wasteFraction', twice)),
    })
  }),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'fraction',
          type: 'select',
          required: true,
          label: labels('welcome.field.fraction'),
          options: vocabularyOptions(wasteFractions, 'wasteFraction'),
          admin: { width: '50%' },
        },
        {
          name: 'disposal',
          type: 'select',
          required: true,
          defaultValue: 'home-bin',
          label: labels('welcome.field.disposal'),
          options: vocabularyOptions(wasteDisposals, 'wasteDisposal'),
          admin: { width: '50%' },
        },
      ],
    },
    textField({
      name: 'where',
      label: 'welcome.field.where',
      required: true,
      max: maxLengths.short,
    }),
    textField({
      name: 'description',
      label: 'cms.field.description',
      multiline: true,
      max: maxLengths.note,
    }),
    examples('examples', 'welcome.field.examples'),
    examples('notAccepted', 'welcome.field.notAccepted'),
  ],
}
