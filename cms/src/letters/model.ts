import { formatShortDate } from '@velkomst/shared/format'
import { translate, type Locale } from '@velkomst/shared/i18n'
import { welcomePath } from '@velkomst/shared/routes'
import type { RichText, Snapshot, TicketOffer } from '@velkomst/shared/schemas'

/** A welcome letter as stored, read with `locale: 'all'` and `depth: 0`. */
export interface StoredLetter {
  id: number | string
  quarter: string
  greeting?: Partial<Record<Locale, unknown>> | null
  signatureName?: string | null
  signatureTitle?: Partial<Record<Locale, string | null>> | null
  offers?: (number | string | { id: number | string })[] | null
  sendDate?: string | null
  status?: string | null
}

/** One offer as the letter prints it, in one language: the same facts the site's page lists. */
export interface LetterOffer {
  title: string
  description: string | null
  where: string | null
  perHousehold: number
  validFrom: string
  validTo: string
  howToRedeem: string
  status: TicketOffer['status']
}

/** Everything the printed letter shows, in one language. */
export interface LetterView {
  locale: Locale
  municipality: string
  siteName: string
  quarter: string
  greeting: RichText
  signatureName: string
  signatureTitle: string
  offers: LetterOffer[]
  /** The quarter's page on the site, in the letter's language: the QR code's target. */
  url: string
}

const pick = (text: { da: string; en: string | null } | null | undefined, locale: Locale) =>
  text ? (locale === 'en' && text.en ? text.en : text.da) : null

export const offerIdsOf = (letter: StoredLetter) =>
  (letter.offers ?? []).map((o) => String(typeof o === 'object' ? o.id : o))

/** What an offer gives access to, by name, from the published content. */
export function targetName(snapshot: Snapshot, offer: TicketOffer, locale: Locale): string | null {
  if (!offer.target) return null
  const { collection, id } = offer.target
  const named =
    collection === 'venues'
      ? snapshot.venues.find((v) => v.id === id)?.name
      : collection === 'associations'
        ? snapshot.associations.find((a) => a.id === id)?.name
        : snapshot.events.find((e) => e.id === id)?.title
  return pick(named, locale)
}

/** The letter's published offers, available first, in the order the site's page shows them. */
export function letterOffers(snapshot: Snapshot, letter: StoredLetter): TicketOffer[] {
  const ids = offerIdsOf(letter)
  const rank = { available: 0, 'sold-out': 1, withdrawn: 2 } as const
  return snapshot.ticketOffers
    .filter((o) => ids.includes(o.id))
    .sort((a, b) => rank[a.status] - rank[b.status] || ids.indexOf(a.id) - ids.indexOf(b.id))
}

export function letterView(args: {
  snapshot: Snapshot
  letter: StoredLetter
  greeting: Partial<Record<Locale, RichText>>
  locale: Locale
  siteUrl: string
}): LetterView {
  const { snapshot, letter, greeting, locale, siteUrl } = args
  const settings = snapshot.settings
  const english = locale === 'en' && greeting.en && greeting.en.length > 0
  return {
    locale,
    municipality: settings.municipalityName,
    siteName: pick(settings.siteName, locale) ?? '',
    quarter: letter.quarter,
    greeting: (english ? greeting.en : greeting.da) ?? [],
    signatureName: letter.signatureName ?? '',
    signatureTitle:
      (locale === 'en' && letter.signatureTitle?.en) || letter.signatureTitle?.da || '',
    offers: letterOffers(snapshot, letter).map((offer) => ({
      title: pick(offer.title, locale) ?? '',
      description: pick(offer.description, locale),
      where: targetName(snapshot, offer, locale),
      perHousehold: offer.ticketsPerHousehold,
      validFrom: offer.validFrom,
      validTo: offer.validTo,
      howToRedeem: pick(offer.howToRedeem, locale) ?? '',
      status: offer.status,
    })),
    url: new URL(welcomePath(locale, letter.quarter), siteUrl).toString(),
  }
}

/** "1. okt. 2026 – 31. dec. 2026" in the letter's language. */
export const validity = (offer: LetterOffer, locale: Locale) =>
  `${formatShortDate(offer.validFrom, locale)} – ${formatShortDate(offer.validTo, locale)}`

export const statusText = (offer: LetterOffer, locale: Locale) =>
  translate(locale, `vocab.offerStatus.${offer.status}`)
