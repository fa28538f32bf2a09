import type { Field } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { localeCodes } from '@velkomst/shared/locales'
import { spokenLanguages } from '@velkomst/shared/vocabulary'
import { checkEmail, checkMaxLength, maxLengths } from '@velkomst/shared/validation'

import { isStaffField } from '../access/isStaff'
import { dayAndTime } from '../fields/datePicker'
import { answer, messageFor, rule } from '../fields/messages'
import { vocabularyOptions } from '../fields/options'

type Resident = { organizedByResidents?: boolean | null }

const byResidents = (data: unknown) => Boolean((data as Resident | undefined)?.organizedByResidents)

/**
 * An event residents organise: the mark (the organizer is then neither an association nor the
 * municipality), the name the site shows, and the sender's details, which only staff read.
 * Only staff (and the public form, on the server) set these.
 */
export const residentOrganizerFields = (): Field[] => [
  {
    name: 'organizedByResidents',
    type: 'checkbox',
    defaultValue: false,
    label: labels('activities.field.organizedByResidents'),
    access: { create: isStaffField, update: isStaffField },
  },
  {
    name: 'resident',
    type: 'group',
    label: labels('activities.field.resident'),
    access: { create: isStaffField, update: isStaffField },
    admin: { condition: (data) => byResidents(data) },
    fields: [
      {
        name: 'organiser',
        type: 'text',
        label: labels('activities.field.organiser'),
        validate: rule((value, { req, data }) => {
          if (!byResidents(data)) return true
          if (typeof value !== 'string' || !value.trim()) {
            return messageFor(req, { key: 'validation.event.residentOrganiser' })
          }
          return answer(req, checkMaxLength(value, maxLengths.name))
        }),
      },
      {
        name: 'contactEmail',
        type: 'text',
        label: labels('activities.field.contactEmail'),
        validate: rule((value, { req }) => answer(req, checkEmail(value))),
      },
      {
        type: 'row',
        fields: [
          {
            name: 'submitterEmail',
            type: 'text',
            index: true,
            label: labels('activities.field.submitterEmail'),
            access: { read: isStaffField, create: isStaffField, update: isStaffField },
            admin: { width: '40%' },
            validate: rule((value, { req }) => answer(req, checkEmail(value))),
          },
          {
            name: 'submitterLocale',
            type: 'select',
            label: labels('activities.field.submitterLocale'),
            options: localeCodes.map((code) => ({ label: code, value: code })),
            access: { read: isStaffField, create: isStaffField, update: isStaffField },
            admin: { width: '20%' },
          },
          {
            name: 'confirmedAt',
            type: 'date',
            label: labels('activities.field.confirmedAt'),
            access: { read: isStaffField, create: isStaffField, update: isStaffField },
            admin: { width: '40%', readOnly: true, date: dayAndTime },
          },
        ],
      },
    ],
  },
]

/** The languages spoken at an event (what a resident's activity says; any event may). */
export const eventLanguagesField = (): Field => ({
  name: 'languages',
  type: 'select',
  hasMany: true,
  label: labels('activities.field.languages'),
  options: vocabularyOptions(spokenLanguages, 'language'),
})
