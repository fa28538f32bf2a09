import type { ArrayField } from 'payload'
import { defaultLocale, labels } from '@velkomst/shared/i18n'
import { roomBorrowers } from '@velkomst/shared/vocabulary'
import {
  checkCapacity,
  checkEmail,
  checkHttpUrl,
  checkMaxLength,
  checkPhone,
  checkRoomBooking,
  checkRoomPrice,
  maxLengths,
} from '@velkomst/shared/validation'

import { answer, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { textField } from '../../fields/text'

/** The most rooms one venue lists: a culture house has a handful, a school a few dozen. */
export const MAX_ROOMS = 40

/**
 * Rooms a venue lends out ("lån af lokaler"): name, what is in it, how many it holds, who may
 * borrow it, step-free access and other notes, the price and how to book. A row's id is stable
 * across edits and languages: the room's anchor on the venue's page.
 */
export const roomsField: ArrayField = {
  name: 'rooms',
  type: 'array',
  label: labels('participation.field.rooms'),
  maxRows: MAX_ROOMS,
  labels: {
    singular: labels('participation.field.room.singular'),
    plural: labels('participation.field.room.plural'),
  },
  // Open, not collapsed: a venue lends out a few rooms, and each field should be in sight.
  admin: { description: labels('participation.field.rooms.description') },
  fields: [
    textField({ name: 'name', label: 'participation.field.room.name', required: true }),
    textField({
      name: 'description',
      label: 'participation.field.room.description',
      multiline: true,
      max: maxLengths.note,
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'capacity',
          type: 'number',
          label: labels('participation.field.room.capacity'),
          admin: { width: '50%' },
          validate: rule((value, { req }) => answer(req, checkCapacity(value))),
        },
        {
          name: 'borrowers',
          type: 'select',
          hasMany: true,
          label: labels('participation.field.room.borrowers'),
          admin: { width: '50%' },
          defaultValue: [...roomBorrowers],
          options: vocabularyOptions(roomBorrowers, 'roomBorrower'),
        },
      ],
    },
    {
      name: 'stepFree',
      type: 'checkbox',
      defaultValue: false,
      label: labels('cms.field.stepFree'),
    },
    textField({
      name: 'accessibilityNote',
      label: 'participation.field.room.accessibilityNote',
      multiline: true,
      max: maxLengths.note,
    }),
    {
      name: 'price',
      type: 'group',
      label: labels('cms.field.price'),
      fields: [
        {
          name: 'free',
          type: 'checkbox',
          defaultValue: false,
          label: labels('participation.field.room.free'),
        },
        textField({
          name: 'text',
          label: 'participation.field.room.priceText',
          max: maxLengths.short,
          overrides: {
            // Always shown (a hidden field would skip its validation); a free room's is not shown.
            admin: { description: labels('participation.field.room.priceText.description') },
            // Said in Danish at least (English falls back to it), unless the room is free.
            validate: rule((value, { req, siblingData }) => {
              const danish = !req.locale || req.locale === defaultLocale
              return answer(
                req,
                checkMaxLength(value, maxLengths.short),
                danish ? checkRoomPrice(siblingData.free, value) : null,
              )
            }),
          },
        }),
      ],
    },
    {
      name: 'booking',
      type: 'group',
      label: labels('participation.field.room.booking'),
      admin: { description: labels('participation.field.room.booking.description') },
      fields: [
        {
          name: 'url',
          type: 'text',
          label: labels('participation.field.room.bookingUrl'),
          validate: rule((value, { req, siblingData }) =>
            answer(req, checkHttpUrl(value), checkRoomBooking(siblingData)),
          ),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'email',
              type: 'email',
              label: labels('cms.field.email'),
              admin: { width: '50%' },
              validate: rule((value, { req }) => answer(req, checkEmail(value))),
            },
            {
              name: 'phone',
              type: 'text',
              label: labels('cms.field.phone'),
              admin: { width: '50%' },
              validate: rule((value, { req }) => answer(req, checkPhone(value))),
            },
          ],
        },
      ],
    },
  ],
}
