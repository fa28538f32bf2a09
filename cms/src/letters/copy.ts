import type { Locale } from '@velkomst/shared/i18n'

type Localized<T> = Partial<Record<Locale, T | null>> | null | undefined

/** A ticket offer as stored, read with `locale: 'all'` (localized fields keyed by language). */
export interface OfferToCopy {
  title?: Localized<string>
  description?: Localized<string>
  howToRedeem?: Localized<string>
  target?: { relationTo: string; value: unknown } | null
  ticketsPerHousehold?: number | null
  totalAvailable?: number | null
}

/** A welcome letter as stored, read with `locale: 'all'`. */
export interface LetterToCopy {
  greeting?: Localized<unknown>
  signatureName?: string | null
  signatureTitle?: Localized<string>
}

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

const englishOf = <T extends Record<string, unknown>>(fields: T): Partial<T> | null => {
  const present = Object.entries(fields).filter(
    ([, v]) => v !== null && v !== undefined && v !== '',
  )
  return present.length ? (Object.fromEntries(present) as Partial<T>) : null
}

/**
 * Last quarter's offer as a draft for `quarter`: same texts, place and numbers; validity left
 * empty so it defaults to the new quarter; available again; not published.
 */
export function offerCopy(offer: OfferToCopy, quarter: string) {
  const da = {
    quarter,
    title: offer.title?.da ?? '',
    description: offer.description?.da ?? null,
    howToRedeem: offer.howToRedeem?.da ?? '',
    target: offer.target
      ? { relationTo: offer.target.relationTo, value: idOf(offer.target.value) }
      : null,
    ticketsPerHousehold: offer.ticketsPerHousehold ?? 2,
    totalAvailable: offer.totalAvailable ?? null,
    status: 'available' as const,
    _status: 'draft' as const,
  }
  const en = englishOf({
    title: offer.title?.en,
    description: offer.description?.en,
    howToRedeem: offer.howToRedeem?.en,
  })
  return { da, en }
}

/** Last quarter's letter as a draft for `quarter`, with the copied offers. */
export function letterCopy(letter: LetterToCopy, quarter: string, offers: (number | string)[]) {
  const da = {
    quarter,
    greeting: letter.greeting?.da ?? null,
    signatureName: letter.signatureName ?? '',
    signatureTitle: letter.signatureTitle?.da ?? '',
    offers,
    status: 'draft' as const,
    sendDate: null,
  }
  const en = englishOf({ greeting: letter.greeting?.en, signatureTitle: letter.signatureTitle?.en })
  return { da, en }
}
