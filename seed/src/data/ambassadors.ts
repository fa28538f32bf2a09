import type { ContactPreference, Household, VisitStatus } from '@velkomst/shared/newcomers'
import type { SpokenLanguage } from '@velkomst/shared/vocabulary'

import { dayAfter, text, type Text } from './helpers'

export interface AmbassadorSeed {
  slug: string
  name: string
  languages: SpokenLanguage[]
  communities: string[]
  helpsWith: Text
  showPublicly: boolean
  temporary?: boolean
  /** Days from "today" (negative: in the past); unset: open. */
  from?: number
  to?: number
  email: string
  phone?: string
  contactPreference: ContactPreference
  /** The demo login this ambassador signs in with (users.ts). */
  account?: string
}

/** The demo account that signs in as Amina (see users.ts). */
export const AMBASSADOR_LOGIN = 'ambassador@velkomst.demo'

/**
 * Welcome ambassadors: volunteers across the town, one temporary ambassador in the new housing
 * areas in Hersted (three months, as the committee proposed), one who has not agreed to be shown
 * on the site, and one whose period has ended (the site leaves both out). Invented people.
 */
export const ambassadors: AmbassadorSeed[] = [
  {
    slug: 'amina-haddad',
    name: 'Amina Haddad',
    languages: ['da', 'ar', 'en'],
    communities: ['hyldespjaeldet', 'albertslund-syd'],
    helpsWith: text(
      'Skoler og fritid for børn, sprogcaféer og at finde rundt i kommunens tilbud.',
      "Schools and leisure for children, language cafés and finding your way around the municipality's services.",
    ),
    showPublicly: true,
    from: -200,
    email: 'amina.haddad@example.com',
    phone: '20 11 22 33',
    contactPreference: 'either',
    account: AMBASSADOR_LOGIN,
  },
  {
    slug: 'jonas-berg',
    name: 'Jonas Berg',
    languages: ['da', 'en', 'de'],
    communities: ['albertslund-nord', 'herstedvester'],
    helpsWith: text(
      'Cykelture, naturen i Vestskoven og foreningslivet for voksne.',
      'Bike rides, the Vestskoven forest and clubs for adults.',
    ),
    showPublicly: true,
    from: -150,
    email: 'jonas.berg@example.com',
    contactPreference: 'email',
  },
  {
    slug: 'fatuma-ali',
    name: 'Fatuma Ali',
    languages: ['da', 'so', 'en'],
    communities: ['galgebakken', 'hedemarken'],
    helpsWith: text(
      'De praktiske ting: affald, læge, daginstitution og fællesspisning i boligområdet.',
      'The practical things: rubbish, doctors, childcare and shared meals in the neighbourhood.',
    ),
    showPublicly: true,
    from: -120,
    email: 'fatuma.ali@example.com',
    phone: '20 44 55 66',
    contactPreference: 'phone',
  },
  {
    slug: 'piotr-nowak',
    name: 'Piotr Nowak',
    languages: ['da', 'pl', 'en'],
    communities: ['albertslund-centrum'],
    helpsWith: text(
      'Job og netværk, Forbrændingen og musiklivet.',
      'Jobs and networks, Forbrændingen and the music scene.',
    ),
    showPublicly: true,
    from: -90,
    email: 'piotr.nowak@example.com',
    contactPreference: 'email',
  },
  {
    slug: 'sara-lindqvist',
    name: 'Sara Lindqvist',
    languages: ['da', 'en', 'uk'],
    communities: ['nye-hersted'],
    helpsWith: text(
      'Midlertidig velkomstambassadør i de nye boligområder i Hersted: fællesspisning, legepladser og at møde de nye naboer.',
      'Temporary welcome ambassador in the new housing areas in Hersted: shared meals, playgrounds and meeting the new neighbours.',
    ),
    showPublicly: true,
    temporary: true,
    // Three months, of which two weeks have passed.
    from: -14,
    to: 77,
    email: 'sara.lindqvist@example.com',
    phone: '20 77 88 99',
    contactPreference: 'either',
  },
  {
    slug: 'leyla-demir',
    name: 'Leyla Demir',
    languages: ['da', 'tr'],
    communities: ['vridsloeselille'],
    helpsWith: text('Seniorer og motion.', 'Seniors and exercise.'),
    // Not (yet) agreed to be shown on the website: staff can still assign requests to her.
    showPublicly: false,
    from: -60,
    email: 'leyla.demir@example.com',
    contactPreference: 'phone',
    phone: '20 12 34 56',
  },
  {
    slug: 'henrik-madsen',
    name: 'Henrik Madsen',
    languages: ['da'],
    communities: ['nye-hersted'],
    helpsWith: text('Midlertidig ambassadør i Hersted.', 'Temporary ambassador in Hersted.'),
    showPublicly: true,
    temporary: true,
    // His three months ended last month: the site no longer shows him.
    from: -120,
    to: -30,
    email: 'henrik.madsen@example.com',
    contactPreference: 'email',
  },
]

export const periodDay = (today: Date, offset: number | undefined) =>
  offset === undefined ? undefined : `${dayAfter(today, offset)}T12:00:00.000Z`

export interface VisitRequestSeed {
  name: string
  email?: string
  phone?: string
  language: SpokenLanguage
  neighbourhood?: string
  household: Household
  message: string
  locale: 'da' | 'en'
  status: VisitStatus
  /** Ambassador slugs. */
  asked?: string
  assignedTo?: string
  notes?: string[]
  /** Days ago it was sent. */
  sent: number
}

/** Visit requests in every state of the queue (invented newcomers; example.com addresses). */
export const visitRequests: VisitRequestSeed[] = [
  {
    name: 'Layla Mansour',
    email: 'layla.mansour@example.com',
    language: 'ar',
    neighbourhood: 'hyldespjaeldet',
    household: 'family-with-children',
    message: 'Vi er flyttet hertil med tre børn. Hvilke fritidstilbud er der for børn på 8 og 11?',
    locale: 'da',
    status: 'new',
    asked: 'amina-haddad',
    sent: 1,
  },
  {
    name: 'Tom Walker',
    email: 'tom.walker@example.com',
    language: 'en',
    neighbourhood: 'nye-hersted',
    household: 'young',
    message:
      'I just moved into one of the new flats. Is there a running club or a board game group?',
    locale: 'en',
    status: 'new',
    sent: 2,
  },
  {
    name: 'Olena Kovalenko',
    phone: '+45 31 22 44 55',
    language: 'uk',
    neighbourhood: 'nye-hersted',
    household: 'family-with-children',
    message: 'Ми хочемо познайомитися з сусідами. We would like to meet the neighbours.',
    locale: 'en',
    status: 'assigned',
    assignedTo: 'amina-haddad',
    sent: 4,
  },
  {
    name: 'Mads Kristensen',
    email: 'mads.kristensen@example.com',
    language: 'da',
    neighbourhood: 'albertslund-nord',
    household: 'senior',
    message: 'Jeg er gået på pension og flyttet tæt på Vestskoven. Findes der en vandreklub?',
    locale: 'da',
    status: 'contacted',
    assignedTo: 'jonas-berg',
    notes: ['Ringet op, vi mødes torsdag ved Vestskovens parkeringsplads.'],
    sent: 9,
  },
  {
    name: 'Hodan Warsame',
    phone: '22 33 44 55',
    language: 'so',
    neighbourhood: 'galgebakken',
    household: 'family-with-children',
    message: 'Jeg vil gerne vide mere om vuggestuer og fællesspisning.',
    locale: 'da',
    status: 'met',
    assignedTo: 'fatuma-ali',
    notes: [
      'Aftalt besøg søndag.',
      'Mødtes i fælleshuset. Hun kommer til fællesspisning på fredag og vil gerne i sprogcaféen.',
    ],
    sent: 20,
  },
  {
    name: 'Krzysztof Zielinski',
    email: 'krzysztof.z@example.com',
    language: 'pl',
    neighbourhood: 'albertslund-centrum',
    household: 'other',
    message: 'Looking for a choir or a band to play with.',
    locale: 'en',
    status: 'closed',
    assignedTo: 'piotr-nowak',
    notes: ['Vi mødtes på Musikcaféen. Han er begyndt i et band.'],
    sent: 40,
  },
]
