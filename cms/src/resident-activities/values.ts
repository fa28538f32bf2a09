import type { Values } from '@velkomst/shared/forms'
import { readPrice } from '@velkomst/shared/activities'
import type { Locale } from '@velkomst/shared/i18n'
import { dateKey, fromZoned, plusDays, zonedParts } from '@velkomst/shared/time'
import { audiences, spokenLanguages, waysToTakePart } from '@velkomst/shared/vocabulary'

import { idValue, idValues, members, text } from '../forms/values'
import type { Event } from '../payload-types'

/** The texts of one language. */
export interface Texts {
  title: string
  summary: string
  description: string | null
}

/** What a submission writes: the fields every language shares, and the texts per language. */
export interface ActivityData {
  shared: Partial<Event>
  texts: Record<Locale, Texts | null>
}

const instant = (day: string, clock: string) => {
  const [y, m, d] = day.split('-').map(Number)
  const [h, mi] = clock.split(':').map(Number)
  return fromZoned(y!, m!, d!, h ?? 0, mi ?? 0).toISOString()
}

const clockOf = (value: string) => {
  const p = zonedParts(value)
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

/**
 * A checked submission as event fields. The person wrote in the page's language, perhaps also
 * in the other; Danish is the site's required language, so a submission in English only shows
 * its English text on the Danish pages too (staff may translate it before publishing).
 */
export function activityData(values: Values, locale: Locale): ActivityData {
  const own: Texts = {
    title: text(values.title) ?? '',
    summary: text(values.summary) ?? '',
    description: text(values.description) ?? null,
  }
  const otherTitle = text(values.otherTitle)
  const other: Texts | null =
    otherTitle || text(values.otherSummary)
      ? {
          title: otherTitle ?? own.title,
          summary: text(values.otherSummary) ?? own.summary,
          description: text(values.otherDescription) ?? null,
        }
      : null
  const [da, en] = locale === 'da' ? [own, other] : [other ?? own, own]

  const day = String(values.date)
  const start = instant(day, String(values.startTime))
  const end = text(values.endTime) ? instant(day, String(values.endTime)) : null
  const repeats =
    values.repeats === 'weekly' || values.repeats === 'monthly' ? values.repeats : null
  const amount = values.price === 'paid' ? readPrice(String(values.amount ?? '')) : null
  const help = text(values.help) ?? null

  return {
    texts: { da, en },
    shared: {
      start,
      end,
      allDay: false,
      recurrence: repeats
        ? {
            frequency: repeats,
            interval: 1,
            byWeekday: [],
            monthlyMode: repeats === 'monthly' ? 'weekday-of-month' : null,
            // An open-ended repetition runs a year; the person can extend it through their link.
            until: `${text(values.until) ?? plusDays(day, 365)}T12:00:00.000Z`,
            count: null,
            excludedDates: [],
          }
        : { frequency: 'none' },
      venue: (idValue(values.venue) as number | undefined) ?? null,
      placeText: text(values.placeText) ?? null,
      onlineUrl: text(values.onlineUrl) ?? null,
      categories: idValues(values.categories) as number[],
      audiences: members(audiences, values.audiences),
      languages: members(spokenLanguages, values.languages),
      price: { free: amount === null, amount },
      waysToTakePart: members(waysToTakePart, values.ways),
      volunteersWanted: { wanted: values.volunteersWanted === 'yes', help },
      status: 'scheduled',
    },
  }
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '')
const idsOf = (value: unknown) =>
  Array.isArray(value)
    ? value.map((v) => String(typeof v === 'object' && v ? (v as { id: unknown }).id : v))
    : []

/**
 * The form's values for an activity stored earlier: what the person sees when they open their
 * link to correct it. `own` and `other` are the event read in the page's language and in the
 * other one.
 */
export function valuesOf(own: Event, other: Event | null, email: string): Values {
  const r = own.recurrence
  const repeats = r?.frequency === 'weekly' || r?.frequency === 'monthly' ? r.frequency : 'once'
  const venue = own.venue
  const otherDiffers = other && textOf(other.title) !== textOf(own.title)
  return {
    title: textOf(own.title),
    summary: textOf(own.summary),
    description: textOf(own.description),
    otherTitle: otherDiffers ? textOf(other.title) : '',
    otherSummary: otherDiffers ? textOf(other.summary) : '',
    otherDescription: otherDiffers ? textOf(other.description) : '',
    date: dateKey(own.start),
    startTime: clockOf(own.start),
    endTime: own.end ? clockOf(own.end) : '',
    repeats,
    until: repeats !== 'once' && r?.until ? dateKey(r.until) : '',
    venue: venue ? String(typeof venue === 'object' ? venue.id : venue) : '',
    placeText: textOf(own.placeText),
    onlineUrl: textOf(own.onlineUrl),
    organiser: textOf(own.resident?.organiser),
    email,
    showEmail: own.resident?.contactEmail ? 'yes' : '',
    audiences: [...(own.audiences ?? [])],
    languages: [...(own.languages ?? [])],
    categories: idsOf(own.categories),
    price: own.price?.free === false ? 'paid' : 'free',
    amount:
      own.price?.free === false && typeof own.price.amount === 'number'
        ? String(own.price.amount).replace('.', ',')
        : '',
    ways: [...(own.waysToTakePart ?? [])],
    volunteersWanted: own.volunteersWanted?.wanted ? 'yes' : '',
    help: textOf(own.volunteersWanted?.help),
    consent: 'yes',
  }
}
