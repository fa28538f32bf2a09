import {
  waysToTakePart,
  type SpokenLanguage,
  type Audience,
  type EventStatus,
  type MonthlyMode,
  type WayToTakePart,
  type Weekday,
} from '@velkomst/shared/vocabulary'

import { addMinutes, dayAfter, text, upcoming, type Text } from './helpers'

export interface EventSeed {
  slug: string
  title: Text
  summary: Text
  start: Date
  minutes: number
  venue?: string
  placeText?: Text
  onlineUrl?: string
  organizers: string[]
  byMunicipality?: boolean
  categories: string[]
  audiences: Audience[]
  communities: string[]
  price?: number
  status?: EventStatus
  volunteers?: Text
  /** The community policy's ways to take part. */
  ways: WayToTakePart[]
  registrationUrl?: string
  recurrence?: {
    frequency: 'weekly' | 'monthly'
    interval?: number
    byWeekday?: Weekday[]
    monthlyMode?: MonthlyMode
    until: string
    excluded?: string[]
  }
  image?: string
  /** Added by residents or an informal group through the public form (and confirmed). */
  residents?: { organiser: string; email: string; showEmail?: boolean }
  /** Languages spoken at it. */
  languages?: SpokenLanguage[]
}

type Recurring = [
  slug: string,
  da: string,
  en: string,
  summaryDa: string,
  summaryEn: string,
  weekday: Weekday,
  hour: number,
  minutes: number,
  venue: string,
  organizer: string,
  categories: string[],
  audiences: Audience[],
  monthly?: MonthlyMode,
]

const recurring: Recurring[] = [
  [
    'skakaften',
    'Skakaften',
    'Chess night',
    'Kom og spil skak. Brikker og ure er der.',
    'Come and play chess. Boards and clocks provided.',
    'tu',
    19,
    150,
    'albertslund-bibliotek',
    'albertslund-skakklub',
    ['kultur'],
    ['adults', 'young-people'],
  ],
  [
    'sprogcafe-tirsdag',
    'Sprogcafé',
    'Language café',
    'Øv dansk med frivillige. Gratis, ingen tilmelding.',
    'Practise Danish with volunteers. Free, no sign-up.',
    'tu',
    16,
    120,
    'albertslund-bibliotek',
    'sprogcafeen',
    ['laering'],
    ['adults', 'newcomers'],
  ],
  [
    'lektiecafe',
    'Lektiecafé',
    'Homework café',
    'Få hjælp til lektierne af frivillige.',
    'Get help with homework from volunteers.',
    'we',
    15,
    120,
    'albertslund-bibliotek',
    'lektiecafeen',
    ['laering', 'boern'],
    ['children', 'young-people'],
  ],
  [
    'faellesspisning',
    'Fællesspisning',
    'Shared dinner',
    'Aftensmad med naboerne. 35 kr., børn gratis.',
    'Dinner with the neighbours. DKK 35, children free.',
    'we',
    18,
    120,
    'hedemarkens-faelleshus',
    'faellesspisning-hedemarken',
    ['socialt-samvaer'],
    ['families', 'adults', 'seniors', 'newcomers'],
  ],
  [
    'koraften',
    'Korprøve',
    'Choir rehearsal',
    'Syng med i Vestegnens Kor. Nye stemmer er velkomne.',
    'Sing with Vestegnens Kor. New voices welcome.',
    'mo',
    19,
    120,
    'herstedoester-forsamlingshus',
    'vestegnens-kor',
    ['musik'],
    ['adults', 'seniors'],
  ],
  [
    'loebetur-badesoeen',
    'Fælles løbetur',
    'Group run',
    'Løb 5 eller 10 km fra Badesøen i dit eget tempo.',
    'Run 5 or 10 km from Badesøen at your own pace.',
    'th',
    17,
    75,
    'badesoeen',
    'albertslund-loebeklub',
    ['sport'],
    ['adults'],
  ],
  [
    'aaben-scene',
    'Åben scene',
    'Open stage',
    'Unge musikere spiller for hinanden. Tilmeld dig i døren.',
    'Young musicians play for each other. Sign up at the door.',
    'fr',
    19,
    180,
    'musikcafeen',
    'ungdomsbandet',
    ['musik'],
    ['young-people'],
  ],
  [
    'mandecafe',
    'Mandecafé',
    'Men’s café',
    'Kaffe og værksted for mænd.',
    'Coffee and a workshop for men.',
    'th',
    10,
    150,
    'hedemarkens-faelleshus',
    'mandecafeen',
    ['socialt-samvaer'],
    ['adults', 'seniors'],
  ],
  [
    'boerneklub',
    'Børneklub',
    'Children’s club',
    'Leg og værksted for børn 6–12 år.',
    'Play and crafts for children aged 6–12.',
    'tu',
    15,
    150,
    'galgebakkens-faelleshus',
    'galgebakkens-boerneklub',
    ['boern'],
    ['children'],
  ],
  [
    'seniordans-onsdag',
    'Seniordans',
    'Seniors’ dancing',
    'Linedance for seniorer. Ingen partner nødvendig.',
    'Line dancing for seniors. No partner needed.',
    'we',
    10,
    90,
    'herstedoester-forsamlingshus',
    'seniordans',
    ['sport'],
    ['seniors'],
  ],
  [
    'it-hjaelp',
    'IT-hjælp',
    'IT help',
    'Hjælp til MitID, e-Boks og telefonen.',
    'Help with MitID, e-Boks and your phone.',
    'mo',
    13,
    120,
    'albertslund-bibliotek',
    'it-hjaelpen',
    ['laering'],
    ['seniors', 'newcomers'],
  ],
  [
    'yoga',
    'Blid yoga',
    'Gentle yoga',
    'Blid yoga for alle. Tag en måtte med.',
    'Gentle yoga for everyone. Bring a mat.',
    'sa',
    10,
    60,
    'albertslund-bibliotek',
    'yoga-i-parken',
    ['sport', 'sundhed-og-trivsel'],
    ['adults', 'seniors'],
  ],
  [
    'repair-cafe',
    'Repair Café',
    'Repair Café',
    'Tag det med, der skal repareres.',
    'Bring what needs mending.',
    'sa',
    11,
    180,
    'forbraendingen',
    'repair-cafe-albertslund',
    ['natur'],
    ['adults', 'seniors'],
    'weekday-of-month',
  ],
  [
    'filmaften',
    'Filmklubbens aften',
    'Film club night',
    'Månedens film med snak bagefter.',
    'The film of the month, with a talk afterwards.',
    'th',
    19,
    150,
    'albertslund-biograf',
    'filmklubben',
    ['kultur'],
    ['adults'],
    'weekday-of-month',
  ],
  [
    'boernefilm',
    'Børnefilm søndag',
    'Sunday children’s film',
    'Film for børn og deres voksne.',
    'Films for children and their grown-ups.',
    'su',
    10,
    90,
    'albertslund-biograf',
    'boernefilmklubben',
    ['kultur', 'boern'],
    ['families', 'children'],
  ],
  [
    'kvindecafe',
    'Kvindecafé',
    'Women’s café',
    'Snak, te og motion for kvinder.',
    'Talk, tea and exercise for women.',
    'fr',
    10,
    120,
    'galgebakkens-faelleshus',
    'kvindenetvaerket',
    ['socialt-samvaer'],
    ['adults', 'newcomers'],
  ],
]

/** Events that ask for more than coming along: co-organisers, or someone with an idea. */
const moreWays: Record<string, WayToTakePart[]> = {
  'velkomstmoede-for-nye-borgere': ['co-organise'],
  'byfest-herstedvester': ['co-organise'],
  'julemarked-forbraendingen': ['help-out', 'co-organise'],
  ungeraadsmoede: ['co-organise', 'initiate'],
  'loppemarked-vridsloeselille': ['help-out', 'initiate'],
  faellesspisning: ['help-out', 'co-organise'],
  'repair-cafe': ['help-out'],
}

/** Everyone may come along; an event that wants volunteers also asks you to lend a hand. */
function waysFor(e: Planned): WayToTakePart[] {
  const ways = new Set<WayToTakePart>(['come-along', ...(moreWays[e.slug] ?? [])])
  if (e.volunteers) ways.add('help-out')
  return waysToTakePart.filter((w) => ways.has(w))
}

type Planned = Omit<EventSeed, 'ways'> & { ways?: WayToTakePart[] }

/** Recurring club nights over the next six months, and one-off events, relative to `today`. */
export function events(today: Date): EventSeed[] {
  const until = dayAfter(today, 182)
  const list: Planned[] = recurring.map(
    ([
      slug,
      da,
      en,
      sDa,
      sEn,
      weekday,
      hour,
      minutes,
      venue,
      organizer,
      categories,
      audiences,
      monthly,
    ]) => ({
      slug,
      title: text(da, en),
      summary: text(sDa, sEn),
      start: upcoming(today, weekday, hour),
      minutes,
      venue,
      organizers: [organizer],
      categories,
      audiences,
      communities: [],
      price: slug === 'faellesspisning' ? 35 : undefined,
      recurrence: monthly
        ? { frequency: 'monthly', monthlyMode: monthly, until }
        : {
            frequency: 'weekly',
            until,
            excluded: [dayAfter(upcoming(today, weekday, hour, 0, 4), 0)],
          },
    }),
  )

  const oneOff = (e: Omit<Planned, 'communities'> & { communities?: string[] }): Planned => ({
    communities: [],
    ...e,
  })
  list.push(
    oneOff({
      slug: 'velkomstmoede-for-nye-borgere',
      title: text('Velkomstmøde for nye borgere', 'Welcome meeting for newcomers'),
      summary: text(
        'Mød borgmesteren, foreningerne og andre nye borgere. Kaffe og kage.',
        'Meet the mayor, the associations and other newcomers. Coffee and cake.',
      ),
      start: upcoming(today, 'th', 17, 0, 2),
      minutes: 120,
      venue: 'forbraendingen',
      organizers: ['velkomstambassadoererne'],
      byMunicipality: true,
      categories: ['socialt-samvaer'],
      audiences: ['newcomers', 'families', 'adults'],
      communities: ['nye-i-albertslund'],
      volunteers: text(
        'Vi søger frivillige til at tage imod gæsterne og lave kaffe.',
        'We need volunteers to greet guests and make coffee.',
      ),
    }),
    oneOff({
      slug: 'koncert-i-musikcafeen',
      title: text('Koncert: Vestegnens unge bands', 'Concert: young bands of Vestegnen'),
      summary: text(
        'Tre unge bands fra Albertslund spiller. Fri entré.',
        'Three young bands from Albertslund play. Free entry.',
      ),
      start: upcoming(today, 'sa', 20, 0, 1),
      minutes: 180,
      venue: 'musikcafeen',
      organizers: ['musikcafeens-venner', 'ungdomsbandet'],
      categories: ['musik'],
      audiences: ['young-people', 'adults'],
      volunteers: text('Hjælp i baren og ved døren.', 'Help at the bar and the door.'),
    }),
    oneOff({
      slug: 'juleklip-paa-biblioteket',
      title: text('Juleklip på biblioteket', 'Christmas crafts at the library'),
      summary: text(
        'Klip julehjerter og pynt træet. For børn og voksne.',
        'Make Christmas hearts and decorate the tree. For children and adults.',
      ),
      start: upcoming(today, 'su', 13, 0, 1),
      minutes: 120,
      venue: 'albertslund-bibliotek',
      organizers: [],
      byMunicipality: true,
      categories: ['boern', 'kultur'],
      audiences: ['families', 'children'],
    }),
    oneOff({
      slug: 'fuglekig-i-vestskoven',
      title: text('Fuglekig i Vestskoven', 'Birdwatching in Vestskoven'),
      summary: text(
        'Tag kikkerten med. Vi lærer de almindelige fugle at kende.',
        'Bring binoculars. We learn the common birds.',
      ),
      start: upcoming(today, 'sa', 8, 30, 3),
      minutes: 150,
      venue: 'vestskoven',
      organizers: ['vestskovens-naturvejledere'],
      categories: ['natur'],
      audiences: ['families', 'seniors'],
    }),
    oneOff({
      slug: 'teaterforestilling-vinter',
      title: text('Teatergruppen Scenen: Vinterrejsen', 'Theatre group Scenen: The Winter Journey'),
      summary: text(
        'Amatørteater om at flytte til en ny by.',
        'Amateur theatre about moving to a new town.',
      ),
      start: upcoming(today, 'fr', 19, 30, 6),
      minutes: 120,
      venue: 'forbraendingen',
      organizers: ['teatergruppen-scenen'],
      categories: ['kultur'],
      audiences: ['adults', 'young-people'],
      price: 60,
      registrationUrl: 'https://example.org/billetter/vinterrejsen',
    }),
    oneOff({
      slug: 'loppemarked-vridsloeselille',
      title: text('Loppemarked i Vridsløselille', 'Flea market in Vridsløselille'),
      summary: text(
        'Køb og sælg brugte ting. Gratis stadeplads for beboere.',
        'Buy and sell second-hand things. Free stalls for residents.',
      ),
      start: upcoming(today, 'sa', 10, 0, 8),
      minutes: 300,
      placeText: text(
        'Pladsen ved Vridsløselille Fælleshus',
        'The square by Vridsløselille community house',
      ),
      organizers: ['vridsloeselille-beboerforening'],
      categories: ['socialt-samvaer'],
      audiences: ['families', 'adults', 'seniors'],
      communities: ['vridsloeselille'],
      status: 'postponed',
    }),
    oneOff({
      slug: 'foredrag-om-ensomhed',
      title: text('Foredrag: Ensom blandt mange', 'Talk: Lonely among many'),
      summary: text(
        'Om ensomhed og hvad vi kan gøre for hinanden.',
        'On loneliness and what we can do for each other.',
      ),
      start: upcoming(today, 'tu', 19, 0, 5),
      minutes: 90,
      onlineUrl: 'https://example.org/live/ensom-blandt-mange',
      organizers: ['aeldre-sagen-albertslund', 'besoegsvennerne'],
      categories: ['ensomhed', 'sundhed-og-trivsel'],
      audiences: ['adults', 'seniors'],
      status: 'moved-online',
    }),
    oneOff({
      slug: 'nytaarskoncert-aflyst',
      title: text('Nytårskoncert med Vestegnens Kor', 'New Year concert with Vestegnens Kor'),
      summary: text('Koret synger det nye år ind.', 'The choir sings in the new year.'),
      start: upcoming(today, 'su', 15, 0, 7),
      minutes: 90,
      venue: 'herstedoester-forsamlingshus',
      organizers: ['vestegnens-kor'],
      categories: ['musik'],
      audiences: ['adults', 'seniors'],
      price: 50,
      status: 'cancelled',
    }),
    oneOff({
      slug: 'byfest-herstedvester',
      title: text('Byfest i Herstedvester', 'Herstedvester village fête'),
      summary: text(
        'Musik, boder og lege ved gadekæret.',
        'Music, stalls and games by the village pond.',
      ),
      start: upcoming(today, 'sa', 12, 0, 24),
      minutes: 360,
      placeText: text('Gadekæret i Herstedvester', 'The village pond, Herstedvester'),
      organizers: ['herstedvester-landsbylaug'],
      categories: ['socialt-samvaer'],
      audiences: ['families', 'children', 'adults', 'seniors'],
      communities: ['herstedvester'],
      volunteers: text(
        'Vi mangler hænder til opstilling og oprydning.',
        'We need hands to set up and clear away.',
      ),
    }),
    oneOff({
      slug: 'familieudflugt-til-badesoeen',
      title: text('Familieudflugt til Badesøen', 'Family outing to Badesøen'),
      summary: text(
        'Madpakker, leg og naturjagt for nye familier.',
        'Packed lunches, games and a nature hunt for new families.',
      ),
      start: upcoming(today, 'su', 11, 0, 20),
      minutes: 180,
      venue: 'badesoeen',
      organizers: ['familienetvaerket'],
      categories: ['boern', 'natur'],
      audiences: ['families', 'children', 'newcomers'],
      communities: ['nye-hersted'],
    }),
    oneOff({
      slug: 'fotoudstilling-aabning',
      title: text('Fernisering: Albertslund i lys', 'Opening: Albertslund in light'),
      summary: text(
        'Fotoklubbens udstilling åbner med musik og et glas.',
        'The photo club’s exhibition opens with music and a drink.',
      ),
      start: upcoming(today, 'fr', 17, 0, 10),
      minutes: 150,
      venue: 'forbraendingen',
      organizers: ['albertslund-fotoklub'],
      categories: ['kultur'],
      audiences: ['adults', 'seniors'],
    }),
    oneOff({
      slug: 'ungeraadsmoede',
      title: text('Ungerådsmøde', 'Youth council meeting'),
      summary: text(
        'Kom og sig din mening om byen. Pizza bagefter.',
        'Come and say what you think about the town. Pizza afterwards.',
      ),
      start: upcoming(today, 'we', 17, 0, 3),
      minutes: 120,
      venue: 'forbraendingen',
      organizers: ['ungeraadet'],
      categories: ['laering'],
      audiences: ['young-people'],
    }),
    oneOff({
      slug: 'julemarked-forbraendingen',
      title: text('Julemarked i Forbrændingen', 'Christmas market at Forbrændingen'),
      summary: text(
        'Håndværk, gløgg og æbleskiver over to dage.',
        'Crafts, mulled wine and æbleskiver over two days.',
      ),
      start: upcoming(today, 'sa', 11, 0, 2),
      minutes: 60 * 30,
      venue: 'forbraendingen',
      organizers: ['forbraendingens-vaerksted'],
      categories: ['kultur', 'socialt-samvaer'],
      audiences: ['families', 'adults', 'seniors'],
    }),
  )
  list.push(...residentActivities(today))
  return list.map((e) => ({ ...e, start: e.start, ways: e.ways ?? waysFor(e) }))
}

/**
 * Activities residents and informal groups added through "Add an activity", confirmed and
 * published by staff: no association behind them, the organiser's name on the site.
 */
function residentActivities(today: Date): (Planned & { ways: WayToTakePart[] })[] {
  const until = dayAfter(today, 182)
  return [
    {
      slug: 'reparationscafe-i-hedemarken',
      title: text('Reparationscafé i Hedemarken', 'Repair café in Hedemarken'),
      summary: text(
        'Tag din cykel, lampe eller dit tøj med, så reparerer vi det sammen. Kaffe på kanden.',
        'Bring your bike, lamp or clothes and we mend them together. Coffee is on.',
      ),
      start: upcoming(today, 'sa', 10, 0, 1),
      minutes: 180,
      venue: 'hedemarkens-faelleshus',
      organizers: [],
      categories: ['socialt-samvaer'],
      audiences: ['families', 'adults', 'seniors'],
      communities: ['hedemarken'],
      recurrence: { frequency: 'monthly', monthlyMode: 'weekday-of-month', until },
      volunteers: text(
        'Vi søger en, der kan sy, og en, der kan lodde.',
        'We are looking for someone who can sew and someone who can solder.',
      ),
      ways: ['come-along', 'help-out', 'co-organise'],
      residents: { organiser: 'Naboerne i Hedemarken', email: 'reparation@naboer.example' },
      languages: ['da', 'en'],
    },
    {
      slug: 'soendagsfodbold-i-parken',
      title: text('Søndagsfodbold i parken', 'Sunday football in the park'),
      summary: text(
        'Uformel fodbold for alle over 15. Kom som du er; vi deler hold på stedet.',
        'Informal football for anyone over 15. Come as you are; we pick teams on the spot.',
      ),
      start: upcoming(today, 'su', 11, 0),
      minutes: 90,
      placeText: text('Boldbanen ved Birkelundparken', 'The pitch by Birkelundparken'),
      organizers: [],
      categories: ['sport'],
      audiences: ['young-people', 'adults'],
      communities: [],
      recurrence: { frequency: 'weekly', until },
      ways: ['come-along', 'help-out'],
      residents: {
        organiser: 'Søndagsholdet',
        email: 'soendagsholdet@fodbold.example',
        showEmail: true,
      },
      languages: ['da', 'en', 'ar', 'so'],
    },
    {
      slug: 'gadefest-paa-stationsvej',
      title: text('Gadefest på Stationsvej', 'Street party on Stationsvej'),
      summary: text(
        'Vi lukker vejen, tænder grillen og møder naboerne. Tag en ret med til fællesbordet.',
        'We close the road, light the barbecue and meet the neighbours. Bring a dish to share.',
      ),
      start: upcoming(today, 'sa', 15, 0, 3),
      minutes: 300,
      placeText: text('Stationsvej, mellem nr. 2 og 30', 'Stationsvej, between no. 2 and 30'),
      organizers: [],
      categories: ['socialt-samvaer'],
      audiences: ['families', 'children', 'adults', 'seniors'],
      communities: [],
      volunteers: text(
        'Hjælp med borde, musik og oprydning bagefter.',
        'Help with tables, music and tidying up afterwards.',
      ),
      ways: ['come-along', 'help-out', 'co-organise', 'initiate'],
      residents: { organiser: 'Vejlauget på Stationsvej', email: 'vejlauget@stationsvej.example' },
      languages: ['da'],
    },
  ]
}

export const eventEnd = (e: EventSeed) => addMinutes(e.start, e.minutes)
