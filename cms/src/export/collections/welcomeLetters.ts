import type { QuarterKey } from '@velkomst/shared/quarter'

import type { WelcomeLetter } from '../../payload-types'
import { defineCollection, idOf, str, text, type Locales, type WithLocales } from '../contract'
import { toRichText } from '../richText'

type Read = WithLocales<WelcomeLetter, 'greeting' | 'signatureTitle'>

export const welcomeLetters = defineCollection({
  key: 'welcomeLetters',
  slug: 'welcome-letters',
  // Public access reads approved letters only; drafts stay with staff.
  map: (l: Read) => {
    const greeting: Locales<unknown> = l.greeting
    return {
      id: String(l.id),
      // Checked by the contract (a quarter such as 2026-Q4), whatever the field held.
      quarter: l.quarter as QuarterKey,
      greeting: {
        da: toRichText(greeting?.da),
        en: greeting?.en ? toRichText(greeting.en) : null,
      },
      signatureName: str(l.signatureName) ?? '',
      signatureTitle: text(l.signatureTitle),
      offerIds: (l.offers ?? []).map(idOf).filter((o): o is string => o !== null),
      updatedAt: l.updatedAt,
    }
  },
})
