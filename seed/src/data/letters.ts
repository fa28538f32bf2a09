import { quarterOf } from '@velkomst/shared/quarter'

import { richText } from './helpers'

/** The mayor's letter for the demo's current quarter (the offers are that quarter's). */
export const welcomeLetter = (today: Date) => ({
  quarter: quarterOf(today),
  signatureName: 'Steen Christiansen',
  /** As staff enter it after sending, for the quarterly report (illustrative). */
  lettersSent: 240,
  signatureTitle: { da: 'Borgmester', en: 'Mayor' },
  greeting: {
    da: richText([
      'Kære nye albertslundborger. Velkommen til en by med søer, stier, fællesskaber og mange foreninger, der gerne vil lære dig at kende.',
      'Med dette brev får du fribilletter til nogle af byens tilbud. Scan koden nederst for at finde foreningerne, arrangementerne og stederne, hvor du kan være med.',
    ]),
    en: richText([
      'Dear new resident of Albertslund. Welcome to a town of lakes, paths, communities and many associations that would like to meet you.',
      'With this letter you get free tickets to some of the town’s offers. Scan the code at the bottom to find the associations, events and places where you can join in.',
    ]),
  },
})
