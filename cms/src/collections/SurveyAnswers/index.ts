import type { CollectionConfig, SelectField, TextareaField } from 'payload'
import { labels, type VocabularyList, type VocabularyValue } from '@velkomst/shared/i18n'
import { locales } from '@velkomst/shared/locales'
import {
  surveyActivities,
  surveyExpectations,
  surveyHeardFrom,
  surveyReasons,
  surveyTickets,
} from '@velkomst/shared/newcomers'
import { checkEmail, checkMaxLength } from '@velkomst/shared/validation'

import { isStaff, isStaffField } from '../../access/isStaff'
import { answer, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { createsSurveyAnswers, readsSurveyAnswers } from './access/surveyAnswers'
import { stampAnswer } from './hooks/stampAnswer'
import { surveyExportEndpoint } from '../../feedback/endpoint'

/** Who entered an answer and when: set by hooks/stampAnswer.ts, never by hand. */
const stamped = { create: () => false, update: () => false }

function choice<L extends VocabularyList>(
  name: 'reasons' | 'heardFrom' | 'expectations' | 'activities' | 'tickets',
  list: readonly VocabularyValue<L>[],
  prefix: L,
  hasMany = false,
): SelectField {
  return {
    name,
    type: 'select',
    hasMany,
    label: labels(`survey.form.${name}`),
    options: vocabularyOptions(list, prefix),
  }
}

const writtenAnswer = (name: 'reasonsOther' | 'hard'): TextareaField => ({
  name,
  type: 'textarea',
  label: labels(`survey.form.${name}`),
  validate: rule((value, { req }) => answer(req, checkMaxLength(value, 1000))),
})

/**
 * The newcomer survey's answers: from the site's form (anonymous unless the person gives an
 * email and agrees to be contacted), or entered by an ambassador from a conversation (marked).
 * Staff read the results per quarter as charts (feedback/) and export them; never public.
 */
export const SurveyAnswers: CollectionConfig = {
  slug: 'survey-answers',
  access: {
    create: createsSurveyAnswers,
    delete: isStaff,
    read: readsSurveyAnswers,
    update: readsSurveyAnswers,
  },
  admin: {
    defaultColumns: ['quarter', 'expectations', 'inPerson', 'createdAt'],
    group: labels('ambassadors.group'),
  },
  defaultSort: '-createdAt',
  endpoints: [surveyExportEndpoint],
  fields: [
    choice('reasons', surveyReasons, 'surveyReason', true),
    writtenAnswer('reasonsOther'),
    choice('heardFrom', surveyHeardFrom, 'surveyHeardFrom'),
    choice('expectations', surveyExpectations, 'surveyExpectation'),
    writtenAnswer('hard'),
    choice('activities', surveyActivities, 'surveyActivity', true),
    choice('tickets', surveyTickets, 'surveyTickets'),
    {
      name: 'contact',
      type: 'checkbox',
      defaultValue: false,
      label: labels('survey.field.contact'),
    },
    {
      name: 'email',
      type: 'text',
      index: true,
      label: labels('survey.field.email'),
      access: { read: isStaffField },
      admin: { condition: (data) => Boolean(data?.contact) },
      validate: rule((value, { req }) => answer(req, checkEmail(value))),
    },
    {
      name: 'quarter',
      type: 'text',
      index: true,
      label: labels('survey.field.quarter'),
      access: stamped,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'inPerson',
      type: 'checkbox',
      defaultValue: false,
      label: labels('survey.field.inPerson'),
      access: stamped,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'collectedBy',
      type: 'relationship',
      relationTo: 'users',
      label: labels('survey.field.collectedBy'),
      access: stamped,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'da',
      label: labels('survey.field.locale'),
      options: locales.map((l) => ({ value: l.code, label: l.label })),
      admin: { position: 'sidebar' },
    },
  ],
  hooks: { beforeChange: [stampAnswer] },
  labels: {
    plural: labels('survey.collection.plural'),
    singular: labels('survey.collection.singular'),
  },
  timestamps: true,
}
