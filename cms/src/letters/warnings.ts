import { translate, type DictionaryKey, type Locale, type Params } from '@velkomst/shared/i18n'
import { hoursOn } from '@velkomst/shared/opening-hours'
import type { RichText, Snapshot } from '@velkomst/shared/schemas'
import type { SpokenLanguage } from '@velkomst/shared/vocabulary'
import { formatDate } from '@velkomst/shared/format'
import { parseDateKey } from '@velkomst/shared/time'

import { offerIdsOf, type StoredLetter } from './model'
import { richTextLength } from './text'

/** One thing staff should look at before the letter is sent. */
export interface LetterWarning {
  key: DictionaryKey
  params?: Params
}

/** An offer as stored (any status, published or not), for the checks. */
export interface StoredOffer {
  id: number | string
  title?: string | null
  quarter?: string | null
  status?: string | null
  _status?: string | null
  target?: { relationTo: string; value: unknown } | null
}

/** A language's name as it reads inside a sentence: "dansk" in Danish, "Danish" in English. */
export const languageName = (code: SpokenLanguage, language: Locale) => {
  const name = translate(language, `vocab.language.${code}`)
  return language === 'da' ? name.toLocaleLowerCase('da') : name
}

/** Past this many characters the greeting pushes the letter onto a second A4 page. */
export const LONG_GREETING = 1500

function* daysBetween(from: string, to: string) {
  const a = parseDateKey(from)
  const b = parseDateKey(to)
  if (!a || !b) return
  const day = new Date(Date.UTC(a.year, a.month - 1, a.day))
  const end = Date.UTC(b.year, b.month - 1, b.day)
  for (let i = 0; day.getTime() <= end && i < 400; i++) {
    yield day.toISOString().slice(0, 10)
    day.setUTCDate(day.getUTCDate() + 1)
  }
}

/**
 * What is worth a warning in a letter (none of it stops saving): missing English, no offers,
 * offers that are unpublished, from another quarter, sold out or withdrawn, without a place
 * (a deleted venue leaves none), at a venue that is closed on every day they are valid, the
 * quarter's published offers the letter leaves out (the site's page lists them), and a greeting
 * long enough to need a second page. In the admin's language.
 */
export function letterWarnings(args: {
  letter: StoredLetter
  greeting: Partial<Record<Locale, RichText>>
  offers: StoredOffer[]
  snapshot: Snapshot
  language: Locale
}): string[] {
  const { letter, greeting, offers, snapshot, language } = args
  const found: LetterWarning[] = []
  const missing = [
    ...(greeting.en?.length ? [] : [translate(language, 'cms.field.greeting')]),
    ...(letter.signatureTitle?.en ? [] : [translate(language, 'cms.field.signatureTitle')]),
  ]
  if (missing.length)
    found.push({ key: 'letter.warning.noEnglish', params: { fields: missing.join(', ') } })
  const ids = offerIdsOf(letter)
  if (ids.length === 0) found.push({ key: 'letter.warning.noOffers' })
  for (const id of ids) {
    const stored = offers.find((o) => String(o.id) === id)
    const published = snapshot.ticketOffers.find((o) => o.id === id)
    const name = stored?.title ?? published?.title.da ?? `#${id}`
    if (!published) {
      found.push({ key: 'letter.warning.offerNotPublished', params: { offer: name } })
      continue
    }
    if (published.quarter !== letter.quarter) {
      found.push({
        key: 'letter.warning.offerOtherQuarter',
        params: { offer: name, offerQuarter: published.quarter, quarter: letter.quarter },
      })
    }
    if (published.status !== 'available') {
      found.push({
        key: 'letter.warning.offerUnavailable',
        params: {
          offer: name,
          status: translate(language, `vocab.offerStatus.${published.status}`),
        },
      })
    }
    if (!published.target) {
      found.push({ key: 'letter.warning.noPlace', params: { offer: name } })
      continue
    }
    if (published.target.collection === 'venues') {
      const venue = snapshot.venues.find((v) => v.id === published.target?.id)
      if (!venue) {
        found.push({ key: 'letter.warning.noPlace', params: { offer: name } })
      } else if (
        venue.openingHours.rules.length > 0 &&
        ![...daysBetween(published.validFrom, published.validTo)].some(
          (day) => hoursOn(venue, day).length > 0,
        )
      ) {
        found.push({
          key: 'letter.warning.venueClosed',
          params: {
            venue: venue.name.da,
            offer: name,
            from: formatDate(published.validFrom, language),
            to: formatDate(published.validTo, language),
          },
        })
      }
    }
  }
  // The site's page lists every published offer of the quarter: the letter should say the same.
  for (const offer of snapshot.ticketOffers) {
    if (offer.quarter === letter.quarter && !ids.includes(offer.id)) {
      found.push({
        key: 'letter.warning.offerNotInLetter',
        params: { offer: offer.title.da, quarter: letter.quarter },
      })
    }
  }
  for (const locale of ['da', 'en'] as const) {
    const count = richTextLength(greeting[locale])
    if (count > LONG_GREETING) {
      found.push({
        key: 'letter.warning.longGreeting',
        params: { count, language: languageName(locale, language) },
      })
    }
  }
  return found.map((w) => translate(language, w.key, w.params))
}
