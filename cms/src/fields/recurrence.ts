import type { GroupField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { monthlyModes, recurrenceFrequencies, weekdays } from '@velkomst/shared/vocabulary'
import { checkDateKey, checkRecurrence } from '@velkomst/shared/validation'
import type { Recurrence } from '@velkomst/shared/recurrence'

import { answer, rule } from './messages'
import { vocabularyOptions } from './options'
import { dayOnly } from './datePicker'

const repeats = (_: unknown, siblingData: { frequency?: string | null }) =>
  Boolean(siblingData?.frequency && siblingData.frequency !== 'none')

/**
 * Weekly or monthly repetition with an interval, an end (last date or count) and excluded
 * dates. The whole rule is checked once, on the frequency field, against the event's start.
 */
export function recurrenceField(): GroupField {
  return {
    name: 'recurrence',
    type: 'group',
    label: labels('cms.field.recurrence'),
    fields: [
      {
        name: 'frequency',
        type: 'select',
        defaultValue: 'none',
        label: labels('cms.field.frequency'),
        options: vocabularyOptions(['none', ...recurrenceFrequencies], 'recurrenceFrequency'),
        validate: rule((value, { req, siblingData, data }) =>
          value === 'none' || !value
            ? true
            : answer(
                req,
                checkRecurrence((data as { start?: string }).start, {
                  ...(siblingData as Partial<Recurrence>),
                  frequency: value as Recurrence['frequency'],
                }),
              ),
        ),
      },
      {
        type: 'row',
        admin: { condition: repeats },
        fields: [
          {
            name: 'interval',
            type: 'number',
            defaultValue: 1,
            min: 1,
            label: labels('cms.field.interval'),
            admin: { width: '33%' },
          },
          {
            name: 'until',
            type: 'date',
            label: labels('cms.field.until'),
            admin: { width: '33%', date: dayOnly },
            validate: rule((value, { req }) => answer(req, checkDateKey(value))),
          },
          {
            name: 'count',
            type: 'number',
            label: labels('cms.field.count'),
            admin: { width: '33%' },
          },
        ],
      },
      {
        name: 'byWeekday',
        type: 'select',
        hasMany: true,
        label: labels('cms.field.byWeekday'),
        options: vocabularyOptions(weekdays, 'weekday'),
        admin: { condition: (_, s) => s?.frequency === 'weekly' },
      },
      {
        name: 'monthlyMode',
        type: 'radio',
        defaultValue: 'day-of-month',
        label: labels('cms.field.monthlyMode'),
        options: vocabularyOptions(monthlyModes, 'monthlyMode'),
        admin: { condition: (_, s) => s?.frequency === 'monthly' },
      },
      {
        name: 'excludedDates',
        type: 'array',
        label: labels('cms.field.excludedDates'),
        admin: { condition: repeats, initCollapsed: true },
        fields: [
          {
            name: 'date',
            type: 'date',
            required: true,
            label: labels('cms.field.date'),
            admin: { date: dayOnly },
          },
        ],
      },
    ],
  }
}
