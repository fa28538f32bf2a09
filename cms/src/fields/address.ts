import type { GroupField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { checkCoordinates, checkMaxLength } from '@velkomst/shared/validation'

import { answer, messageFor, rule } from './messages'

const postcode = /^\d{4}$/

export function addressField(): GroupField {
  return {
    name: 'address',
    type: 'group',
    label: labels('cms.field.address'),
    fields: [
      {
        name: 'street',
        type: 'text',
        required: true,
        label: labels('cms.field.street'),
        validate: rule((value, { req }) =>
          value
            ? answer(req, checkMaxLength(value, 200))
            : messageFor(req, { key: 'validation.required' }),
        ),
      },
      {
        type: 'row',
        fields: [
          {
            name: 'postcode',
            type: 'text',
            required: true,
            label: labels('cms.field.postcode'),
            defaultValue: '2620',
            admin: { width: '30%' },
            validate: rule((value, { req }) =>
              typeof value === 'string' && postcode.test(value)
                ? true
                : messageFor(req, { key: 'validation.required' }),
            ),
          },
          {
            name: 'city',
            type: 'text',
            required: true,
            label: labels('cms.field.city'),
            defaultValue: 'Albertslund',
            admin: { width: '70%' },
          },
        ],
      },
    ],
  }
}

/** Latitude and longitude (WGS 84), both or neither, inside Denmark. */
export function coordinatesField(): GroupField {
  const validate = (
    _: unknown,
    { req, siblingData }: { req: Parameters<typeof answer>[0]; siblingData: unknown },
  ) => {
    const s = siblingData as { lat?: number | null; lng?: number | null }
    return answer(req, checkCoordinates(s.lat ?? null, s.lng ?? null))
  }
  return {
    name: 'coordinates',
    type: 'group',
    label: labels('cms.field.coordinates'),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'lat',
            type: 'number',
            label: labels('cms.field.latitude'),
            admin: { step: 0.000001, width: '50%' },
            validate,
          },
          {
            name: 'lng',
            type: 'number',
            label: labels('cms.field.longitude'),
            admin: { step: 0.000001, width: '50%' },
            validate,
          },
        ],
      },
    ],
  }
}
