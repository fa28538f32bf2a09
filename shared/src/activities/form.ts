/**
 * "Tilføj en aktivitet" / "Add an activity": the public form through which residents and
 * informal groups put an activity on the site, without an account. The site renders it, the
 * CMS reads and checks a submission with it (see `shared/src/forms`) and keeps it as a draft
 * event until the sender has confirmed their email address; then staff review it.
 */
import { vocabularyKey, type VocabularyList, type VocabularyValue } from '../i18n/index'
import { isBlank } from '../forms/read'
import type { Choices, FieldError, FormDefinition, Values } from '../forms/types'
import type { Route } from '../routes'
import { dateKey, plusDays } from '../time'
import { maxLengths } from '../validation/index'
import { audiences, spokenLanguages, waysToTakePart } from '../vocabulary'
import { activityRepeats, activityPrices } from './vocabulary'

const listOf = <L extends VocabularyList>(
  name: L,
  values: readonly VocabularyValue<L>[],
): Choices => ({ list: values.map((value) => ({ value, label: vocabularyKey(name, value) })) })

/** Named lists the site and the CMS supply: the published venues and categories. */
export const VENUES = 'venues'
export const CATEGORIES = 'categories'

/** How far ahead an activity may be added, and how long a repeating one may run. */
export const ACTIVITY_DAYS_AHEAD = 2 * 366
export const ACTIVITY_REPEAT_DAYS = 366

/** The hidden field that carries the signed key of a submission being corrected. */
export const SUBMISSION_FIELD = '_submission'

/** A price as people write it: `50`, `50,00`, `50 kr.`, `kr. 50`. Null when it is not one. */
export function readPrice(value: string): number | null {
  const bare = value
    .replace(/\s+/g, '')
    .replace(/^(kr\.?|dkk)/i, '')
    .replace(/(kr\.?|dkk|,-)$/i, '')
    .replace(',', '.')
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(bare)) return null
  return Number(bare)
}

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

/**
 * Rules across fields, on top of each field's own: the day is neither past nor years away, it
 * ends after it starts, a repetition ends within a year, there is a place, a price when it is
 * not free. `today` is the Copenhagen day (`YYYY-MM-DD`) the check runs on.
 */
export function checkActivity(values: Values, today = dateKey(new Date())): FieldError[] {
  const errors: FieldError[] = []
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : '')
  const date = text('date')
  if (date && date < today) errors.push({ field: 'date', key: 'activities.form.error.past' })
  const latest = plusDays(today, ACTIVITY_DAYS_AHEAD)
  if (date && date > latest) errors.push({ field: 'date', key: 'activities.form.error.farAhead' })
  const start = text('startTime')
  const end = text('endTime')
  if (start && end && minutesOf(end) <= minutesOf(start)) {
    errors.push({ field: 'endTime', key: 'activities.form.error.endBeforeStart' })
  }
  const repeats = text('repeats')
  const until = text('until')
  if (repeats && repeats !== 'once' && until && date) {
    const last = plusDays(date, ACTIVITY_REPEAT_DAYS)
    if (until <= date) errors.push({ field: 'until', key: 'activities.form.error.untilBefore' })
    else if (until > last) errors.push({ field: 'until', key: 'activities.form.error.untilFar' })
  }
  if (isBlank(values.venue) && isBlank(values.placeText) && isBlank(values.onlineUrl)) {
    errors.push({ field: 'venue', key: 'activities.form.error.place' })
  }
  if (text('price') === 'paid') {
    const amount = text('amount')
    if (!amount) errors.push({ field: 'amount', key: 'activities.form.error.amountMissing' })
    else if (readPrice(amount) === null) {
      errors.push({ field: 'amount', key: 'activities.form.error.amount' })
    }
  }
  return errors
}

export const addActivityForm: FormDefinition = {
  id: 'add-activity',
  title: 'activities.form.title',
  intro: ['activities.form.intro', 'activities.form.introReview'],
  sections: [
    {
      heading: 'activities.form.what',
      fields: [
        {
          name: 'title',
          kind: 'text',
          label: 'activities.form.activityTitle',
          hint: 'activities.form.activityTitle.hint',
          required: true,
          requiredMessage: 'activities.form.activityTitle.required',
          maxLength: maxLengths.name,
        },
        {
          name: 'summary',
          kind: 'textarea',
          label: 'activities.form.summary',
          hint: 'activities.form.summary.hint',
          required: true,
          requiredMessage: 'activities.form.summary.required',
          maxLength: maxLengths.summary,
          maxLinks: 0,
          rows: 3,
        },
        {
          name: 'description',
          kind: 'textarea',
          label: 'activities.form.description',
          hint: 'activities.form.description.hint',
          maxLength: 3000,
          maxLinks: 3,
          rows: 6,
        },
      ],
    },
    {
      heading: 'activities.form.otherLanguage',
      intro: 'activities.form.otherLanguage.intro',
      fields: [
        {
          name: 'otherTitle',
          kind: 'text',
          label: 'activities.form.otherTitle',
          maxLength: maxLengths.name,
        },
        {
          name: 'otherSummary',
          kind: 'textarea',
          label: 'activities.form.otherSummary',
          maxLength: maxLengths.summary,
          maxLinks: 0,
          rows: 3,
        },
        {
          name: 'otherDescription',
          kind: 'textarea',
          label: 'activities.form.otherDescription',
          maxLength: 3000,
          maxLinks: 3,
          rows: 4,
        },
      ],
    },
    {
      heading: 'activities.form.when',
      fields: [
        {
          name: 'date',
          kind: 'date',
          label: 'activities.form.date',
          hint: 'activities.form.date.hint',
          required: true,
          requiredMessage: 'activities.form.date.required',
          maxLength: 10,
        },
        {
          name: 'startTime',
          kind: 'time',
          label: 'activities.form.startTime',
          hint: 'activities.form.time.hint',
          required: true,
          requiredMessage: 'activities.form.startTime.required',
          maxLength: 8,
        },
        {
          name: 'endTime',
          kind: 'time',
          label: 'activities.form.endTime',
          hint: 'activities.form.time.hint',
          maxLength: 8,
        },
        {
          name: 'repeats',
          kind: 'radios',
          label: 'activities.form.repeats',
          required: true,
          choices: listOf('activityRepeat', activityRepeats),
        },
        {
          name: 'until',
          kind: 'date',
          label: 'activities.form.until',
          hint: 'activities.form.until.hint',
          maxLength: 10,
        },
      ],
    },
    {
      heading: 'activities.form.where',
      intro: 'activities.form.where.intro',
      fields: [
        {
          name: 'venue',
          kind: 'select',
          label: 'activities.form.venue',
          emptyLabel: 'activities.form.venue.none',
          choices: { source: VENUES },
        },
        {
          name: 'placeText',
          kind: 'text',
          label: 'activities.form.placeText',
          hint: 'activities.form.placeText.hint',
          maxLength: maxLengths.short,
        },
        {
          name: 'onlineUrl',
          kind: 'url',
          label: 'activities.form.onlineUrl',
          hint: 'activities.form.onlineUrl.hint',
          maxLength: maxLengths.url,
        },
      ],
    },
    {
      heading: 'activities.form.who',
      fields: [
        {
          name: 'organiser',
          kind: 'text',
          label: 'activities.form.organiser',
          hint: 'activities.form.organiser.hint',
          required: true,
          requiredMessage: 'activities.form.organiser.required',
          autocomplete: 'name',
          maxLength: maxLengths.name,
        },
        {
          name: 'email',
          kind: 'email',
          label: 'activities.form.email',
          hint: 'activities.form.email.hint',
          required: true,
          requiredMessage: 'activities.form.email.required',
          autocomplete: 'email',
          maxLength: 254,
        },
        { name: 'showEmail', kind: 'checkbox', label: 'activities.form.showEmail' },
      ],
    },
    {
      heading: 'activities.form.forWhom',
      fields: [
        {
          name: 'audiences',
          kind: 'checkboxes',
          label: 'activities.form.audiences',
          hint: 'activities.form.chooseAll',
          choices: listOf('audience', audiences),
        },
        {
          name: 'languages',
          kind: 'checkboxes',
          label: 'activities.form.languages',
          hint: 'activities.form.chooseAll',
          choices: listOf('language', spokenLanguages),
        },
        {
          name: 'categories',
          kind: 'checkboxes',
          label: 'activities.form.categories',
          hint: 'activities.form.chooseAll',
          choices: { source: CATEGORIES },
        },
        {
          name: 'price',
          kind: 'radios',
          label: 'activities.form.price',
          required: true,
          choices: listOf('activityPrice', activityPrices),
        },
        {
          name: 'amount',
          kind: 'text',
          label: 'activities.form.amount',
          hint: 'activities.form.amount.hint',
          inputMode: 'decimal',
          maxLength: 20,
        },
      ],
    },
    {
      heading: 'activities.form.takePart',
      intro: 'activities.form.takePart.intro',
      fields: [
        {
          name: 'ways',
          kind: 'checkboxes',
          label: 'activities.form.ways',
          hint: 'activities.form.chooseAll',
          choices: listOf('wayToTakePart', waysToTakePart),
        },
        { name: 'volunteersWanted', kind: 'checkbox', label: 'activities.form.volunteersWanted' },
        {
          name: 'help',
          kind: 'textarea',
          label: 'activities.form.help',
          hint: 'activities.form.help.hint',
          maxLength: maxLengths.note,
          maxLinks: 1,
          rows: 3,
        },
      ],
    },
    {
      consent: true,
      fields: [
        {
          name: 'consent',
          kind: 'checkbox',
          label: 'activities.form.consent',
          required: true,
          requiredMessage: 'activities.form.consent.required',
        },
      ],
    },
  ],
  consent: [
    'activities.form.privacy.what',
    'activities.form.privacy.why',
    'activities.form.privacy.howLong',
  ],
  submit: 'activities.form.submit',
  defaults: { repeats: 'once', price: 'free' },
  check: (values) => checkActivity(values),
  limits: {
    perAddress: [
      { max: 5, minutes: 60 },
      { max: 15, minutes: 24 * 60 },
    ],
    perValue: [{ field: 'email', limits: [{ max: 5, minutes: 24 * 60 }] }],
    overall: { max: 100, minutes: 60 },
    minFillSeconds: 5,
  },
  routes: { form: ['events', 'add'], sent: ['events', 'add', 'sent'] },
  sent: {
    title: 'activities.sent.title',
    paragraphs: ['activities.sent.email', 'activities.sent.next', 'activities.sent.noEmail'],
    links: [{ label: 'activities.sent.takePart', route: ['takePart'] }],
  },
}

/** Where a corrected submission leads (it goes straight back to staff), and what it says. */
export const resubmitted: { route: Route; page: FormDefinition['sent'] } = {
  route: ['events', 'add', 'resubmitted'],
  page: {
    title: 'activities.resubmitted.title',
    paragraphs: ['activities.resubmitted.text'],
    links: [{ label: 'activities.sent.takePart', route: ['takePart'] }],
  },
}

export const activityForms = { 'add-activity': addActivityForm } as const
