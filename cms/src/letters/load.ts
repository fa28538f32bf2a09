import type { Payload, TypedUser } from 'payload'
import type { Locale } from '@velkomst/shared/i18n'
import type { RichText, Snapshot } from '@velkomst/shared/schemas'

import { cmsConfig } from '../config'
import { toRichText } from '../export/richText'
import { buildSnapshot } from '../export/snapshot'
import { letterView, offerIdsOf, type LetterView, type StoredLetter } from './model'
import type { StoredOffer } from './warnings'

export interface LoadedLetter {
  letter: StoredLetter
  greeting: Partial<Record<Locale, RichText>>
  offers: StoredOffer[]
  snapshot: Snapshot
}

/** The public site's address (the QR code points there). */
export const siteUrl = () => cmsConfig().SITE_URL ?? 'http://localhost:4321'

/**
 * A letter with what it is made from: the published content (the same snapshot the site is built
 * from, so letter and page agree) and its offers as stored (for the warnings). Access applies.
 */
export async function loadLetter(
  payload: Payload,
  id: number | string,
  user: TypedUser | null | undefined,
): Promise<LoadedLetter> {
  const letter = (await payload.findByID({
    collection: 'welcome-letters',
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    user,
  })) as unknown as StoredLetter
  const ids = offerIdsOf(letter)
  const [snapshot, stored] = await Promise.all([
    buildSnapshot(payload),
    payload.find({
      collection: 'ticket-offers',
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
  ])
  const greeting = {
    da: toRichText(letter.greeting?.da),
    en: letter.greeting?.en ? toRichText(letter.greeting.en) : [],
  }
  return { letter, greeting, offers: stored.docs as unknown as StoredOffer[], snapshot }
}

export const viewOf = (loaded: LoadedLetter, locale: Locale): LetterView =>
  letterView({ ...loaded, locale, siteUrl: siteUrl() })
