import { nextQuarter, quarterOf } from '@velkomst/shared/quarter'
import type { OfferStatus, OfferTarget } from '@velkomst/shared/vocabulary'

import { text, type Text } from './helpers'

export interface TicketOfferSeed {
  key: string
  quarter: string
  title: Text
  description: Text
  target?: { collection: OfferTarget; slug: string }
  perHousehold: number
  total?: number
  redeem: Text
  status: OfferStatus
  /** Tickets already handed out, as the desk recorded them (illustrative): count per record. */
  handedOut?: number[]
}

const redeemAtDesk = text(
  'Vis velkomstbrevet eller QR-koden i skranken. Billetterne gælder hele kvartalet.',
  'Show the welcome letter or its QR code at the desk. The tickets are valid for the whole quarter.',
)

/** This quarter's and next quarter's free tickets for newcomer households. */
export function ticketOffers(today: Date): TicketOfferSeed[] {
  const current = quarterOf(today)
  const next = nextQuarter(current)
  return [
    {
      key: 'biograf',
      quarter: current,
      title: text('To biografbilletter', 'Two cinema tickets'),
      description: text(
        'Se en film efter eget valg i Albertslund Biograf.',
        'See a film of your choice at Albertslund Cinema.',
      ),
      target: { collection: 'venues', slug: 'albertslund-biograf' },
      perHousehold: 2,
      total: 400,
      redeem: redeemAtDesk,
      status: 'available',
      handedOut: [2, 2, 4, 2, 2, 1, 2, 4],
    },
    {
      key: 'koncert',
      quarter: current,
      title: text('Koncert i Musikcafeen', 'A concert at Musikcafeen'),
      description: text(
        'Fri adgang til en koncert efter eget valg.',
        'Free entry to a concert of your choice.',
      ),
      target: { collection: 'venues', slug: 'musikcafeen' },
      perHousehold: 2,
      total: 150,
      redeem: redeemAtDesk,
      status: 'sold-out',
    },
    {
      key: 'vaerksted',
      quarter: current,
      title: text('Prøv Forbrændingens Værksted', 'Try Forbrændingen’s workshop'),
      description: text(
        'Et gratis værkstedsforløb med materialer.',
        'A free workshop course, materials included.',
      ),
      target: { collection: 'associations', slug: 'forbraendingens-vaerksted' },
      perHousehold: 1,
      total: 60,
      redeem: text(
        'Tilmeld dig i Forbrændingens café med brevet.',
        'Sign up in Forbrændingen’s café with the letter.',
      ),
      status: 'available',
      handedOut: [1, 1, 1],
    },
    {
      key: 'svoemning',
      quarter: next,
      title: text('Fire svømmebilletter', 'Four swimming tickets'),
      description: text('Svøm i Albertslund Svømmehal.', 'Swim at Albertslund Swimming Pool.'),
      target: { collection: 'venues', slug: 'albertslund-svoemmehal' },
      perHousehold: 4,
      total: 800,
      redeem: redeemAtDesk,
      status: 'available',
    },
    {
      key: 'badesoeen-kiosk',
      quarter: next,
      title: text('Is og kaffe ved Badesøen', 'Ice cream and coffee at Badesøen'),
      description: text(
        'En is og en kop kaffe i kiosken ved Badesøen.',
        'An ice cream and a coffee at the Badesøen kiosk.',
      ),
      target: { collection: 'venues', slug: 'badesoeen' },
      perHousehold: 2,
      redeem: redeemAtDesk,
      status: 'available',
    },
    {
      key: 'teater',
      quarter: next,
      title: text('Teaterbilletter', 'Theatre tickets'),
      description: text(
        'To billetter til Teatergruppen Scenens forestilling.',
        'Two tickets for Teatergruppen Scenen’s show.',
      ),
      target: { collection: 'events', slug: 'teaterforestilling-vinter' },
      perHousehold: 2,
      total: 100,
      redeem: text('Hent billetterne i Forbrændingen.', 'Collect the tickets at Forbrændingen.'),
      status: 'withdrawn',
    },
  ]
}
