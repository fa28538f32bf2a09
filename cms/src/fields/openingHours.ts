import type { GroupField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { weekdays } from '@velkomst/shared/vocabulary'
import {
  checkClock,
  checkDateKey,
  checkEndAfterStart,
  checkOpeningHours,
  maxLengths,
} from '@velkomst/shared/validation'

import { answer, requiredAnswer, rule } from './messages'
import { vocabularyOptions } from './options'
import { textField } from './text'
import { dayOnly } from './datePicker'

type Rule = { opens?: string; closes?: string; validFrom?: string; validTo?: string }

/** Seasonal opening hours: rules (valid from/to, weekday, opens, closes) and a free-text note. */
export function openingHoursField(): GroupField {
  return {
    name: 'openingHours',
    type: 'group',
    label: labels('cms.field.openingHours'),
    fields: [
      {
        name: 'rules',
        type: 'array',
        label: labels('cms.field.openingHours.rules'),
        admin: { initCollapsed: false },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'weekday',
                type: 'select',
                required: true,
                label: labels('cms.field.weekday'),
                options: vocabularyOptions(weekdays, 'weekday'),
                admin: { width: '28%' },
              },
              {
                name: 'opens',
                type: 'text',
                required: true,
                label: labels('cms.field.opens'),
                admin: { width: '18%', placeholder: '09:00' },
                validate: rule((value, { req }) => requiredAnswer(req, value, checkClock(value))),
              },
              {
                name: 'closes',
                type: 'text',
                required: true,
                label: labels('cms.field.closes'),
                admin: { width: '18%', placeholder: '17:00' },
                validate: rule((value, { req, siblingData }) =>
                  answer(
                    req,
                    checkClock(value),
                    checkOpeningHours((siblingData as Rule).opens, value),
                  ),
                ),
              },
              {
                name: 'validFrom',
                type: 'date',
                label: labels('cms.field.validFrom'),
                admin: { width: '18%', date: dayOnly },
                validate: rule((value, { req }) => answer(req, checkDateKey(value))),
              },
              {
                name: 'validTo',
                type: 'date',
                label: labels('cms.field.validTo'),
                admin: { width: '18%', date: dayOnly },
                validate: rule((value, { req, siblingData }) =>
                  answer(
                    req,
                    checkDateKey(value),
                    checkEndAfterStart((siblingData as Rule).validFrom, value),
                  ),
                ),
              },
            ],
          },
        ],
      },
      textField({ name: 'note', label: 'cms.field.note', multiline: true, max: maxLengths.note }),
    ],
  }
}
