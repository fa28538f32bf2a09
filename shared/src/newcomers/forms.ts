/**
 * The newcomers' two public forms: a request to meet a welcome ambassador, and the newcomer
 * survey. The site renders them, the CMS reads and stores them (see `shared/src/forms`).
 */
import { vocabularyKey, type VocabularyList, type VocabularyValue } from '../i18n/index'
import { isBlank } from '../forms/read'
import type { Choices, FieldError, FormDefinition, Values } from '../forms/types'
import { spokenLanguages } from '../vocabulary'
import {
  households,
  surveyActivities,
  surveyExpectations,
  surveyHeardFrom,
  surveyReasons,
  surveyTickets,
} from './vocabulary'

const listOf = <L extends VocabularyList>(
  name: L,
  values: readonly VocabularyValue<L>[],
): Choices => ({ list: values.map((value) => ({ value, label: vocabularyKey(name, value) })) })

/** Named lists the site and the CMS supply: the published neighbourhoods and ambassadors. */
export const NEIGHBOURHOODS = 'neighbourhoods'
export const AMBASSADORS = 'ambassadors'

export const visitRequestForm: FormDefinition = {
  id: 'visit-request',
  title: 'ambassadors.form.title',
  intro: ['ambassadors.form.intro', 'ambassadors.form.introFree'],
  sections: [
    {
      heading: 'ambassadors.form.aboutYou',
      fields: [
        {
          name: 'name',
          kind: 'text',
          label: 'ambassadors.form.name',
          required: true,
          requiredMessage: 'ambassadors.form.name.required',
          autocomplete: 'name',
          maxLength: 120,
        },
        {
          name: 'email',
          kind: 'email',
          label: 'ambassadors.form.email',
          hint: 'ambassadors.form.email.hint',
          autocomplete: 'email',
          maxLength: 254,
        },
        {
          name: 'phone',
          kind: 'tel',
          label: 'ambassadors.form.phone',
          hint: 'ambassadors.form.phone.hint',
          autocomplete: 'tel',
          maxLength: 30,
        },
        {
          name: 'language',
          kind: 'select',
          label: 'ambassadors.form.language',
          required: true,
          requiredMessage: 'ambassadors.form.language.required',
          emptyLabel: 'ambassadors.form.language.choose',
          choices: listOf('language', spokenLanguages),
        },
        {
          name: 'neighbourhood',
          kind: 'select',
          label: 'ambassadors.form.neighbourhood',
          emptyLabel: 'ambassadors.form.neighbourhood.none',
          choices: { source: NEIGHBOURHOODS },
        },
        {
          name: 'household',
          kind: 'radios',
          label: 'ambassadors.form.household',
          choices: listOf('household', households),
        },
      ],
    },
    {
      heading: 'ambassadors.form.yourVisit',
      fields: [
        {
          name: 'ambassador',
          kind: 'select',
          label: 'ambassadors.form.ambassador',
          hint: 'ambassadors.form.ambassador.hint',
          emptyLabel: 'ambassadors.form.ambassador.none',
          choices: { source: AMBASSADORS },
        },
        {
          name: 'message',
          kind: 'textarea',
          label: 'ambassadors.form.message',
          hint: 'ambassadors.form.message.hint',
          maxLength: 1000,
          maxLinks: 2,
          rows: 5,
        },
      ],
    },
    {
      consent: true,
      fields: [
        {
          name: 'consent',
          kind: 'checkbox',
          label: 'ambassadors.form.consent',
          required: true,
          requiredMessage: 'ambassadors.form.consent.required',
        },
      ],
    },
  ],
  consent: [
    'ambassadors.form.privacy.what',
    'ambassadors.form.privacy.why',
    'ambassadors.form.privacy.who',
    'ambassadors.form.privacy.howLong',
  ],
  submit: 'ambassadors.form.submit',
  check: (values: Values): FieldError[] =>
    isBlank(values.email) && isBlank(values.phone)
      ? [{ field: 'email', key: 'ambassadors.form.error.contact' }]
      : [],
  limits: {
    perAddress: [
      { max: 5, minutes: 60 },
      { max: 20, minutes: 24 * 60 },
    ],
    perValue: [{ field: 'email', limits: [{ max: 3, minutes: 24 * 60 }] }],
    overall: { max: 200, minutes: 60 },
    minFillSeconds: 3,
  },
  routes: { form: ['ambassadors', 'visit'], sent: ['ambassadors', 'sent'] },
  sent: {
    title: 'ambassadors.sent.title',
    paragraphs: ['ambassadors.sent.next', 'ambassadors.sent.email', 'ambassadors.sent.survey'],
    links: [{ label: 'ambassadors.page.feedback', route: ['survey'] }],
  },
}

export const surveyForm: FormDefinition = {
  id: 'survey',
  title: 'survey.form.title',
  intro: ['survey.form.intro', 'survey.form.anonymous'],
  sections: [
    {
      heading: 'survey.form.moving',
      fields: [
        {
          name: 'reasons',
          kind: 'checkboxes',
          label: 'survey.form.reasons',
          hint: 'survey.form.chooseAll',
          choices: listOf('surveyReason', surveyReasons),
        },
        {
          name: 'reasonsOther',
          kind: 'textarea',
          label: 'survey.form.reasonsOther',
          maxLength: 1000,
          maxLinks: 1,
          rows: 3,
        },
        {
          name: 'heardFrom',
          kind: 'radios',
          label: 'survey.form.heardFrom',
          choices: listOf('surveyHeardFrom', surveyHeardFrom),
        },
      ],
    },
    {
      heading: 'survey.form.sinceThen',
      fields: [
        {
          name: 'expectations',
          kind: 'radios',
          label: 'survey.form.expectations',
          choices: listOf('surveyExpectation', surveyExpectations),
        },
        {
          name: 'hard',
          kind: 'textarea',
          label: 'survey.form.hard',
          maxLength: 1000,
          maxLinks: 1,
          rows: 3,
        },
        {
          name: 'activities',
          kind: 'checkboxes',
          label: 'survey.form.activities',
          hint: 'survey.form.chooseAll',
          choices: listOf('surveyActivity', surveyActivities),
        },
        {
          name: 'tickets',
          kind: 'radios',
          label: 'survey.form.tickets',
          choices: listOf('surveyTickets', surveyTickets),
        },
      ],
    },
    {
      heading: 'survey.form.contactHeading',
      intro: 'survey.form.contactIntro',
      fields: [
        { name: 'contact', kind: 'checkbox', label: 'survey.form.contact' },
        {
          name: 'email',
          kind: 'email',
          label: 'survey.form.email',
          hint: 'survey.form.email.hint',
          autocomplete: 'email',
          maxLength: 254,
          requiredWhen: (values) => values.contact === 'yes',
          requiredMessage: 'survey.form.email.required',
        },
      ],
    },
  ],
  consent: ['survey.form.privacy.what', 'survey.form.privacy.why', 'survey.form.privacy.howLong'],
  submit: 'survey.form.submit',
  check: (values: Values): FieldError[] => {
    const answered = [
      'reasons',
      'reasonsOther',
      'heardFrom',
      'expectations',
      'hard',
      'activities',
      'tickets',
    ].some((name) => !isBlank(values[name]))
    const errors: FieldError[] = answered
      ? []
      : [{ field: 'reasons', key: 'survey.form.error.empty' }]
    // Contact details only with explicit consent: an address without the tick is not kept quietly.
    if (values.contact !== 'yes' && !isBlank(values.email)) {
      errors.push({ field: 'contact', key: 'survey.form.error.emailWithoutConsent' })
    }
    return errors
  },
  limits: {
    perAddress: [
      { max: 5, minutes: 60 },
      { max: 20, minutes: 24 * 60 },
    ],
    overall: { max: 500, minutes: 60 },
    minFillSeconds: 3,
  },
  routes: { form: ['survey'], sent: ['survey', 'sent'] },
  sent: {
    title: 'survey.sent.title',
    paragraphs: ['survey.sent.text', 'survey.sent.ambassador'],
    links: [{ label: 'ambassadors.welcome.meet', route: ['ambassadors'] }],
  },
}

/** The public forms by id. */
export const newcomerForms = { 'visit-request': visitRequestForm, survey: surveyForm } as const
