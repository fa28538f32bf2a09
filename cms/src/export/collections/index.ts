import type { SnapshotCollection } from '@velkomst/shared/schemas'

import type { ContractCollection } from '../contract'
import { ambassadors } from './ambassadors'
import { associations } from './associations'
import { categories } from './categories'
import { communities } from './communities'
import { events } from './events'
import { pages } from './pages'
import { stories } from './stories'
import { ticketOffers } from './ticketOffers'
import { venues } from './venues'
import { welcomeLetters } from './welcomeLetters'

/**
 * Every collection of the content contract and its mapping, one module each. The type checks
 * that each collection of the contract has exactly one.
 */
export const contractCollections: { [K in SnapshotCollection]: ContractCollection<never, K> } = {
  communities,
  categories,
  venues,
  associations,
  events,
  ticketOffers,
  pages,
  welcomeLetters,
  ambassadors,
  stories,
}
