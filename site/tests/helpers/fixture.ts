import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { imagesOf, type Image, type Snapshot } from '@velkomst/shared/schemas'

/**
 * A small snapshot with awkward data: missing English, very long names, an event across the
 * October DST change, a cancelled event, an association with no events, `<script>` and `&` in
 * text, a recurring event with an excluded date, a guide with a place and a route, and offers in
 * the current, past and next quarter (one sold out). Dates are fixed; build with
 * BUILD_DATE=2026-10-20T10:00:00Z.
 */
export const FIXTURE_NOW = '2026-10-20T10:00:00Z'

const text = (da: string, en: string | null = null) => ({ da, en })
const updatedAt = '2026-10-01T08:00:00.000Z'

const image = (id: string, name: string): Image => ({
  id,
  filename: `${name}.png`,
  width: 800,
  height: 500,
  alt: text(`Tegning af ${name}`, `Drawing of ${name}`),
  credit: null,
  sizes: {
    card: { filename: `${name}-640x400.webp`, width: 640, height: 400, mimeType: 'image/webp' },
    social: { filename: `${name}-1200x630.jpg`, width: 1200, height: 630, mimeType: 'image/jpeg' },
  },
})

const contact = { phone: null, email: null, website: null }
const venueBase = {
  description: null,
  coordinates: { lat: 55.6806, lng: 12.3553 },
  openingHours: { rules: [], note: null },
  accessibility: {
    stepFree: true,
    accessibleToilet: true,
    hearingLoop: false,
    accessibleParking: true,
    note: null,
  },
  contact,
  images: [],
  rooms: [],
  updatedAt,
}
const roomBase = {
  description: null,
  capacity: null,
  borrowers: ['associations' as const, 'residents' as const],
  stepFree: true,
  accessibilityNote: null,
  price: { free: true, text: null },
  booking: { url: null, email: null, phone: null },
}
const associationBase = {
  description: null,
  logo: null,
  categoryIds: [],
  audiences: [],
  ageRange: { min: null, max: null },
  communityIds: [],
  venueIds: [],
  contact,
  membershipFee: { amount: null, text: null },
  languages: ['da' as const],
  socialOffer: false,
  waysToTakePart: ['come-along' as const],
  helpNeeded: null,
  cvr: null,
  status: 'active' as const,
  lastConfirmed: '2026-09-01',
  updatedAt,
}
const eventBase = {
  description: null,
  end: null,
  allDay: false,
  recurrence: null,
  venueId: '1',
  placeText: null,
  onlineUrl: null,
  organizerIds: [],
  organizedByMunicipality: false,
  residents: null,
  communityIds: [],
  categoryIds: [],
  audiences: [],
  languages: [],
  price: { free: true, amount: null },
  registrationUrl: null,
  status: 'scheduled' as const,
  volunteersWanted: { wanted: false, help: null },
  waysToTakePart: [],
  image: null,
  updatedAt,
}

export const LONG_NAME =
  'Foreningen for Bevarelse af Gamle Cykler, Gode Naboskaber og Lange Navne i Hyldespjældet og Omegn'

export function fixtureSnapshot(): Snapshot {
  return {
    contractVersion: 1,
    generatedAt: FIXTURE_NOW,
    settings: {
      // The name is not translated, as in the demo: titles must still differ by language.
      siteName: text('Vild med Albertslund', 'Vild med Albertslund'),
      tagline: text('En genvej til dit nye liv', 'A shortcut to your new life'),
      municipalityName: 'Albertslund Kommune',
      contactPhone: '43686868',
      contactEmail: 'albertslund@albertslund.dk',
      accessibilityStatementUrl: 'https://was.digst.dk/albertslund-dk',
      showDemoNotice: true,
      retentionDays: 180,
      links: {
        municipalityWelcome: text(
          'https://www.albertslund.dk/velkommen',
          'https://www.albertslund.dk/en/welcome',
        ),
        wasteCalendar: text('https://www.albertslund.dk/affald/toemmekalender'),
        bulkyWaste: text(
          'https://www.albertslund.dk/affald/storskrald',
          'https://www.albertslund.dk/en/bulky-waste',
        ),
      },
    },
    communities: [
      {
        id: '1',
        slug: 'hyldespjaeldet',
        name: text('Hyldespjældet'),
        kind: 'neighbourhood',
        description: text('Tæt-lav by med fælleshus & gårdhaver.', 'Low-rise homes & courtyards.'),
        updatedAt,
      },
    ],
    categories: [
      {
        id: '1',
        slug: 'sport',
        name: text('Sport og motion', 'Sport and exercise'),
        group: 'activity',
      },
      { id: '2', slug: 'kultur', name: text('Kultur', 'Culture'), group: 'activity' },
    ],
    venues: [
      {
        ...venueBase,
        id: '1',
        slug: 'badesoeen',
        name: text('Badesøen', 'The lake bath Badesøen'),
        description: text('Søbad med sandstrand.', 'Lake bath with a sandy beach.'),
        address: { street: 'Vandtårnsvej 1', postcode: '2620', city: 'Albertslund' },
        communityId: '1',
        openingHours: {
          rules: [
            {
              validFrom: '2026-06-01',
              validTo: '2026-08-31',
              weekday: 'mo',
              opens: '10:00',
              closes: '19:00',
            },
            { validFrom: null, validTo: null, weekday: 'tu', opens: '08:00', closes: '12:00' },
          ],
          note: text('Vinterbadere har egen nøgle.'),
        },
        images: [image('1', 'lake')],
        rooms: [
          {
            ...roomBase,
            id: 'klubhuset',
            name: text('Klubhuset', 'The clubhouse'),
            capacity: 40,
            borrowers: ['residents'],
            booking: { url: null, email: null, phone: '+45 43 68 68 68' },
          },
        ],
      },
      {
        ...venueBase,
        id: '2',
        slug: 'forbraendingen',
        name: text('Forbrændingen'),
        address: { street: 'Kongsholmcentret 3', postcode: '2620', city: 'Albertslund' },
        communityId: null,
        coordinates: null,
        rooms: [
          {
            ...roomBase,
            id: 'sal',
            name: text('Salen', 'The hall'),
            description: text('Scene, lyd & lys.', 'Stage, sound & light.'),
            capacity: 200,
            borrowers: ['associations'],
            accessibilityNote: text('Teleslynge i salen.', 'A hearing loop in the hall.'),
            price: { free: false, text: text('2.500 kr. pr. dag.', 'DKK 2,500 a day.') },
            booking: { url: 'https://example.org/lokaler', email: null, phone: '43687000' },
          },
          {
            ...roomBase,
            id: 'vaerksted',
            name: text('Værkstedet'),
            capacity: 12,
            stepFree: false,
            booking: { url: null, email: 'vaerksted@example.org', phone: null },
          },
        ],
      },
    ],
    associations: [
      {
        ...associationBase,
        id: '1',
        slug: 'skakklubben',
        name: text('Albertslund Skakklub', 'Albertslund Chess Club'),
        summary: text('Skak hver tirsdag. Alle niveauer.', 'Chess every Tuesday. All levels.'),
        description: text(
          'Vi spiller i biblioteket.\n\nTag en ven med & få en kop kaffe.',
          'We play in the library.\n\nBring a friend & have a coffee.',
        ),
        categoryIds: ['2'],
        audiences: ['adults', 'seniors'],
        communityIds: ['1'],
        venueIds: ['2'],
        contact: {
          phone: '43602026',
          email: 'skak@example.org',
          website: 'https://skak.example.org',
        },
        membershipFee: { amount: 300, text: null },
        languages: ['da', 'en', 'uk'],
        waysToTakePart: ['come-along', 'co-organise', 'initiate'],
        helpNeeded: text(
          'Nogen til at arrangere turneringen.',
          'Someone to organise the tournament.',
        ),
        logo: image('2', 'chess'),
      },
      {
        ...associationBase,
        id: '2',
        slug: 'kun-dansk',
        name: text('Strikkecaféen Maskefællesskabet'),
        summary: text('Vi strikker <script>alert("x")</script> & hygger os.'),
        categoryIds: ['2'],
        audiences: ['seniors'],
        socialOffer: true,
      },
      {
        ...associationBase,
        id: '3',
        slug: 'lang-navn',
        name: text(LONG_NAME, LONG_NAME),
        summary: text('Ingen arrangementer endnu.', 'No events yet.'),
        categoryIds: ['1'],
        audiences: ['families', 'children'],
        ageRange: { min: 6, max: 12 },
        waysToTakePart: ['help-out'],
      },
      {
        ...associationBase,
        id: '4',
        slug: 'lukket',
        name: text('Lukket forening'),
        summary: text('Findes ikke mere.'),
        status: 'closed',
      },
    ],
    events: [
      {
        ...eventBase,
        id: '1',
        slug: 'skakaften',
        title: text('Skakaften', 'Chess evening'),
        summary: text('Kom og spil skak.', 'Come and play chess.'),
        start: '2026-10-20T17:00:00.000Z',
        end: '2026-10-20T19:30:00.000Z',
        recurrence: {
          frequency: 'weekly',
          interval: 1,
          byWeekday: ['tu'],
          monthlyMode: null,
          until: '2026-12-22',
          count: null,
          excludedDates: ['2026-11-03'],
        },
        venueId: '2',
        organizerIds: ['1'],
        categoryIds: ['2'],
        audiences: ['adults'],
        communityIds: ['1'],
        waysToTakePart: ['come-along', 'co-organise'],
      },
      {
        ...eventBase,
        id: '2',
        slug: 'natbad-over-sommertid',
        title: text('Natbad, når uret stilles tilbage', 'Night swim as the clocks go back'),
        summary: text(
          'Vi bader fra lørdag aften til søndag morgen.',
          'We swim from Saturday night to Sunday morning.',
        ),
        // 23:00 summer time (UTC+2) on Saturday 24 October to 03:00 winter time (UTC+1) on Sunday.
        start: '2026-10-24T21:00:00.000Z',
        end: '2026-10-25T02:00:00.000Z',
        volunteersWanted: {
          wanted: true,
          help: text('Vi mangler livreddere.', 'We need lifeguards.'),
        },
        // Added by residents through the public form: no association, their name and address.
        residents: { organiser: 'Natbaderne i Badesøen', email: 'natbad@example.com' },
        languages: ['da', 'en', 'uk'],
      },
      {
        ...eventBase,
        id: '3',
        slug: 'aflyst-koncert',
        title: text('Koncert i Musikcaféen', 'Concert at Musikcaféen'),
        summary: text('Rock & pop.', 'Rock & pop.'),
        start: '2026-10-30T18:00:00.000Z',
        end: '2026-10-30T21:00:00.000Z',
        status: 'cancelled',
        price: { free: false, amount: 150 },
        venueId: '2',
      },
      {
        ...eventBase,
        id: '4',
        slug: 'kun-dansk-event',
        title: text('Strikkemøde'),
        summary: text('Vi strikker sammen.'),
        start: '2026-10-21T12:00:00.000Z',
        organizerIds: ['2'],
        audiences: ['seniors'],
      },
    ],
    ticketOffers: [
      {
        id: '1',
        quarter: '2026-Q4',
        title: text('Gratis entré til Badesøen', 'Free entry to Badesøen'),
        description: null,
        target: { collection: 'venues', id: '1' },
        ticketsPerHousehold: 2,
        totalAvailable: 200,
        validFrom: '2026-10-01',
        validTo: '2026-12-31',
        howToRedeem: text('Vis brevet i billetlugen.', 'Show the letter at the ticket office.'),
        status: 'available',
        updatedAt,
      },
      {
        id: '2',
        quarter: '2026-Q4',
        title: text('Biografbilletter', 'Cinema tickets'),
        description: null,
        target: null,
        ticketsPerHousehold: 2,
        totalAvailable: 50,
        validFrom: '2026-10-01',
        validTo: '2026-12-31',
        howToRedeem: text('Ring til biografen.', 'Call the cinema.'),
        status: 'sold-out',
        updatedAt,
      },
      {
        id: '3',
        quarter: '2026-Q3',
        title: text('Sommerkoncert', 'Summer concert'),
        description: null,
        target: null,
        ticketsPerHousehold: 2,
        totalAvailable: null,
        validFrom: '2026-07-01',
        validTo: '2026-09-30',
        howToRedeem: text('Vis brevet.', 'Show the letter.'),
        status: 'available',
        updatedAt,
      },
    ],
    pages: [
      {
        id: '1',
        slug: 'velkommen',
        kind: 'welcome',
        audience: null,
        title: text('Velkommen til Albertslund', 'Welcome to Albertslund'),
        summary: null,
        content: {
          da: [{ type: 'paragraph', children: [{ text: 'Her er byens foreninger og steder.' }] }],
          en: [
            {
              type: 'paragraph',
              children: [{ text: 'Here are the town’s associations and venues.' }],
            },
          ],
        },
        mapFeatures: [],
        checklist: [],
        wasteFractions: [],
        image: null,
        updatedAt,
      },
      {
        id: '2',
        slug: 'legepladser-og-gaature',
        kind: 'guide',
        audience: null,
        title: text('Legepladser og gåture', 'Playgrounds and walks'),
        summary: text('Kort over legepladser og en gåtur.'),
        content: {
          da: [
            { type: 'heading', level: 2, children: [{ text: 'Gå en tur' }] },
            {
              type: 'paragraph',
              children: [
                { text: 'Læs ' },
                { text: 'mere', bold: true, href: 'https://example.org' },
              ],
            },
            {
              type: 'list',
              ordered: false,
              items: [[{ text: 'Tag madpakke med' }], [{ text: 'Husk vand' }]],
            },
          ],
          en: null,
        },
        mapFeatures: [
          {
            kind: 'place',
            name: text('Legepladsen ved Badesøen', 'The playground by Badesøen'),
            description: null,
            geometry: { type: 'Point', coordinates: [12.3553, 55.6806] },
          },
          {
            kind: 'route',
            name: text('Søruten', 'The lake route'),
            description: text('En rundtur om søen.'),
            geometry: {
              type: 'LineString',
              coordinates: [
                [12.35, 55.68],
                [12.36, 55.68],
                [12.36, 55.685],
              ],
            },
          },
        ],
        checklist: [],
        wasteFractions: [],
        image: null,
        updatedAt,
      },
      {
        id: '3',
        slug: 'boernefamilier',
        kind: 'audience',
        audience: 'families',
        title: text('For børnefamilier', 'For families with children'),
        summary: null,
        content: {
          da: [{ type: 'paragraph', children: [{ text: 'Legepladser og klubber.' }] }],
          en: null,
        },
        mapFeatures: [],
        checklist: [],
        wasteFractions: [],
        image: null,
        updatedAt,
      },
      {
        id: '4',
        slug: 'ny-i-kommunen',
        kind: 'newcomer-checklist',
        audience: null,
        title: text('Ny i kommunen', 'New in town'),
        summary: text('Det skal du nå, trin for trin.', 'What to do, step by step.'),
        content: { da: [], en: null },
        mapFeatures: [],
        checklist: [
          {
            id: 'adresse',
            group: 'everyone',
            title: text('Flyt din adresse og vælg læge', 'Change your address and choose a doctor'),
            text: text('Gør det senest fem dage efter flytningen.', 'Do it within five days.'),
            links: [
              {
                label: text('Flyt på borger.dk', 'Move on lifeindenmark.dk'),
                url: text('https://www.borger.dk/flytning', 'https://lifeindenmark.borger.dk/'),
              },
            ],
          },
          {
            id: 'forening',
            group: 'everyone',
            title: text('Find en forening', 'Find an association'),
            text: null,
            links: [
              {
                label: text('Foreninger', 'Associations'),
                url: text('/foreninger/', '/en/associations/'),
              },
            ],
          },
          {
            id: 'dagtilbud',
            group: 'families',
            title: text(
              'Skriv børnene op til dagtilbud og skole',
              'Sign your children up for daycare and school',
            ),
            text: text('Brug Pladsanvisningen.'),
            links: [],
          },
          {
            id: 'it-hjaelp',
            group: 'seniors',
            title: text('Få hjælp til MitID på biblioteket', 'Get help with MitID at the library'),
            text: null,
            links: [
              {
                label: text('Biblioteket'),
                url: text('https://www.albertslundbibliotek.dk/'),
              },
            ],
          },
        ],
        wasteFractions: [],
        image: null,
        updatedAt,
      },
      {
        id: '5',
        slug: 'affald',
        kind: 'waste-guide',
        audience: null,
        title: text('Sådan sorterer du affald', 'How to sort your waste'),
        // No word that begins "demoindhold" or "officielle" (such as "de"): a word with no match
        // falls back in Pagefind to its longest indexed beginning, and the search test expects
        // the demo notice's words to find nothing.
        summary: text(
          'Ti affaldstyper, og hvor affaldet skal hen.',
          'Ten kinds of waste, and where they go.',
        ),
        content: {
          da: [{ type: 'paragraph', children: [{ text: 'Sorter dit affald i ti typer.' }] }],
          en: [{ type: 'paragraph', children: [{ text: 'Sort your waste into ten kinds.' }] }],
        },
        mapFeatures: [
          {
            kind: 'place',
            name: text('Albertslund Genbrugsstation', 'Albertslund recycling station'),
            description: null,
            geometry: { type: 'Point', coordinates: [12.389, 55.6702] },
          },
        ],
        checklist: [],
        wasteFractions: [
          {
            fraction: 'cardboard',
            description: text('Rent og tørt pap.', 'Clean, dry cardboard.'),
            disposal: 'home-bin',
            where: text('Den blå beholder, rummet til pap.', 'The blue bin, the cardboard side.'),
            examples: [
              text('Ren pizzabakke', 'Clean pizza box'),
              text('Papkasse', 'Cardboard box'),
            ],
            notAccepted: [text('Mælkekarton', 'Milk carton')],
          },
          {
            fraction: 'residual',
            description: null,
            disposal: 'home-bin',
            where: text('Den grå beholder.', 'The grey bin.'),
            examples: [
              text('Fedtet pizzabakke', 'Greasy pizza box'),
              text('Mælkekarton', 'Milk carton'),
            ],
            notAccepted: [text('Batterier', 'Batteries')],
          },
          {
            fraction: 'hazardous',
            description: null,
            disposal: 'recycling-station',
            where: text('Miljøskabet på genbrugsstationen.'),
            examples: [text('Batterier', 'Batteries'), text('Maling')],
            notAccepted: [],
          },
        ],
        image: null,
        updatedAt,
      },
    ],
    welcomeLetters: [
      {
        id: '1',
        quarter: '2026-Q4',
        greeting: {
          da: [{ type: 'paragraph', children: [{ text: 'Kære nye nabo, velkommen til byen.' }] }],
          en: [{ type: 'paragraph', children: [{ text: 'Dear new neighbour, welcome to town.' }] }],
        },
        signatureName: 'Steen Christiansen',
        signatureTitle: text('Borgmester', 'Mayor'),
        offerIds: ['1', '2'],
        updatedAt,
      },
    ],
    // Active (one temporary, in the new area, with a photo), ended and not yet begun.
    ambassadors: [
      {
        id: '1',
        slug: 'amina',
        name: 'Amina Haddad',
        photo: image('21', 'amina'),
        languages: ['da', 'ar', 'en'],
        communityIds: ['1'],
        helpsWith: text('Skoler, fritid & <script>alert(1)</script>', 'Schools and leisure'),
        from: '2026-10-01',
        to: '2026-12-31',
        temporary: true,
        updatedAt,
      },
      {
        id: '2',
        slug: 'bo',
        name: 'Bo Jensen',
        photo: null,
        languages: ['da'],
        communityIds: [],
        helpsWith: null,
        from: null,
        to: null,
        temporary: false,
        updatedAt,
      },
      {
        id: '3',
        slug: 'carla',
        name: 'Carla Udløbet',
        photo: null,
        languages: ['da'],
        communityIds: ['1'],
        helpsWith: null,
        from: '2026-07-01',
        to: '2026-09-30',
        temporary: true,
        updatedAt,
      },
      {
        id: '4',
        slug: 'dorte',
        name: 'Dorte Senere',
        photo: null,
        languages: ['da'],
        communityIds: [],
        helpsWith: null,
        from: '2026-11-01',
        to: null,
        temporary: false,
        updatedAt,
      },
    ],
    // Good stories: one about the chess club, its evening and Hyldespjældet (with an image and
    // English), one Danish only about a closed association (no link to it), one about nothing,
    // and `<script>` and `&` in text; dated on different days, the newest not the first made.
    stories: [
      {
        id: '1',
        slug: 'skak-i-faelleshuset',
        title: text('Skak & kage i fælleshuset', 'Chess & cake at the community house'),
        summary: text(
          'Tyve naboer mødtes til den første skakaften <script>alert(1)</script>.',
          'Twenty neighbours met for the first chess evening.',
        ),
        image: image('31', 'skakhistorie'),
        body: {
          da: [
            { type: 'paragraph', children: [{ text: 'Det begyndte med en opslagstavle.' }] },
            { type: 'heading', level: 2, children: [{ text: 'Hvad skete der?' }] },
            {
              type: 'list',
              ordered: false,
              items: [[{ text: 'Kage' }], [{ text: 'Skak', bold: true }]],
            },
          ],
          en: [{ type: 'paragraph', children: [{ text: 'It began with a notice board.' }] }],
        },
        publishedOn: '2026-10-12',
        associationIds: ['1'],
        eventIds: ['1'],
        communityIds: ['1'],
        updatedAt,
      },
      {
        id: '2',
        slug: 'kun-paa-dansk',
        title: text('En historie kun på dansk'),
        summary: text('Der er ingen engelsk tekst til denne historie.'),
        image: null,
        body: {
          da: [{ type: 'paragraph', children: [{ text: 'Kun dansk tekst.' }] }],
          en: null,
        },
        publishedOn: '2026-10-18',
        associationIds: ['4'],
        eventIds: [],
        communityIds: [],
        updatedAt,
      },
      {
        id: '3',
        slug: 'sommer-ved-badesoeen',
        title: text('Sommer ved Badesøen', 'Summer at the lake'),
        summary: text(
          'Frivillige holdt stranden ren hele sommeren.',
          'Volunteers kept the beach clean.',
        ),
        image: null,
        body: {
          da: [{ type: 'paragraph', children: [{ text: 'Tak til alle.' }] }],
          en: [{ type: 'paragraph', children: [{ text: 'Thank you all.' }] }],
        },
        publishedOn: '2026-08-30',
        associationIds: [],
        eventIds: [],
        communityIds: [],
        updatedAt,
      },
    ],
  }
}

/** Writes the fixture (snapshot.json and its images, drawn with sharp) into `dir`. */
export async function writeFixture(dir: string, snapshot: Snapshot = fixtureSnapshot()) {
  mkdirSync(path.join(dir, 'media'), { recursive: true })
  writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot))
  for (const img of imagesOf(snapshot)) {
    const files = [
      { filename: img.filename, width: img.width, height: img.height },
      ...Object.values(img.sizes),
    ]
    for (const f of files) {
      const format = f.filename.endsWith('.webp')
        ? 'webp'
        : f.filename.endsWith('.jpg')
          ? 'jpeg'
          : 'png'
      await sharp({
        create: { width: f.width, height: f.height, channels: 3, background: '#3a7d5c' },
      })
        .toFormat(format)
        .toFile(path.join(dir, 'media', f.filename))
    }
  }
}
