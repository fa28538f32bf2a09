import type { AudiencePage, PageKind } from '@velkomst/shared/vocabulary'

import { richText, text, type Text } from './helpers'

export interface MapFeatureSeed {
  kind: 'place' | 'route'
  name: Text
  description?: Text
  geometry:
    | { type: 'Point'; coordinates: [number, number] }
    | { type: 'LineString'; coordinates: [number, number][] }
}

export interface PageSeed {
  slug: string
  kind: PageKind
  audience?: AudiencePage
  title: Text
  summary: Text
  content: { da: string[]; en?: string[] }
  mapFeatures?: MapFeatureSeed[]
  image?: string
}

const point = (lng: number, lat: number) => ({
  type: 'Point' as const,
  coordinates: [lng, lat] as [number, number],
})

export const pages: PageSeed[] = [
  {
    slug: 'velkommen',
    kind: 'welcome',
    title: text('Velkommen til Albertslund', 'Welcome to Albertslund'),
    summary: text('En genvej til dit nye liv i byen.', 'A shortcut to your new life in town.'),
    content: {
      da: [
        'Velkommen til Albertslund! Her finder du byens foreninger, steder og arrangementer, og kvartalets fribilletter til dig, der lige er flyttet hertil.',
        '## Kom godt i gang',
        'Find en forening, der passer til dig, mød naboerne til fællesspisning, eller tag familien med til Badesøen.',
      ],
      en: [
        'Welcome to Albertslund! Here you will find the town’s associations, venues and events, and this quarter’s free tickets for you who have just moved here.',
        '## Getting started',
        'Find an association that suits you, meet the neighbours at a shared dinner, or take the family to Badesøen.',
      ],
    },
    image: 'welcome',
  },
  {
    slug: 'boernefamilier',
    kind: 'audience',
    audience: 'families',
    title: text('For børnefamilier', 'For families with children'),
    summary: text(
      'Legepladser, svømning, børnefilm og klubber.',
      'Playgrounds, swimming, children’s films and clubs.',
    ),
    content: {
      da: [
        'Albertslund er bygget til børn: stier uden biler, legepladser i hvert kvarter og klubber for alle aldre.',
      ],
      en: [
        'Albertslund is built for children: car-free paths, playgrounds in every neighbourhood and clubs for all ages.',
      ],
    },
  },
  {
    slug: 'unge',
    kind: 'audience',
    audience: 'young-people',
    title: text('For unge', 'For young people'),
    summary: text(
      'Musik, sport, Ungerådet og klubber.',
      'Music, sport, the youth council and clubs.',
    ),
    content: {
      da: ['Spil i band i Musikcafeen, vær med i Ungerådet, eller find en sport, du kan lide.'],
      en: ['Play in a band at Musikcafeen, join the youth council, or find a sport you like.'],
    },
  },
  {
    slug: 'seniorer',
    kind: 'audience',
    audience: 'seniors',
    title: text('For seniorer', 'For older people'),
    summary: text(
      'Motion, fællesskab, IT-hjælp og besøgsvenner.',
      'Exercise, company, IT help and visiting friends.',
    ),
    content: {
      da: [
        'Der er meget at være med i: dans, kor, strikkecafé og foredrag. Og besøgsvenner, hvis du sidder meget alene.',
      ],
    },
  },
  {
    slug: 'affaldssortering',
    kind: 'guide',
    title: text('Sådan sorterer du affald', 'How to sort your waste'),
    summary: text(
      'Ti slags affald, og hvor de skal hen.',
      'Ten kinds of waste, and where they go.',
    ),
    content: {
      da: [
        'I Albertslund sorterer vi i ti fraktioner. Se på låget af containeren, hvad der skal i.',
        '## Storskrald',
        'Bestil afhentning af storskrald på kommunens hjemmeside.',
      ],
      en: [
        'In Albertslund we sort waste into ten kinds. The lid of each bin shows what goes in it.',
        '## Bulky waste',
        'Book a collection of bulky waste on the municipality’s website.',
      ],
    },
  },
  {
    slug: 'cykelstier',
    kind: 'guide',
    title: text('Cykelstier og supercykelstier', 'Cycle paths and cycle superhighways'),
    summary: text(
      'Cykl sikkert til station, skole og skov.',
      'Cycle safely to the station, school and forest.',
    ),
    content: {
      da: [
        'Byens stier er adskilt fra bilerne. Albertslundruten er en supercykelsti til København.',
      ],
      en: [
        'The town’s paths are separate from car traffic. The Albertslund route is a cycle superhighway to Copenhagen.',
      ],
    },
    mapFeatures: [
      {
        kind: 'route',
        name: text('Albertslundruten (del)', 'The Albertslund route (part)'),
        description: text('Fra stationen mod øst.', 'From the station heading east.'),
        geometry: {
          type: 'LineString',
          coordinates: [
            [12.3606, 55.6572],
            [12.3702, 55.658],
            [12.3811, 55.6591],
            [12.3955, 55.6603],
          ],
        },
      },
    ],
  },
  {
    slug: 'legepladser',
    kind: 'guide',
    title: text('Legepladser', 'Playgrounds'),
    summary: text(
      'Byens største legepladser på et kort.',
      'The town’s biggest playgrounds on a map.',
    ),
    content: {
      da: ['Her er et udvalg af de legepladser, børnefamilier holder mest af.'],
      en: ['A selection of the playgrounds families like best.'],
    },
    mapFeatures: [
      {
        kind: 'place',
        name: text('Legepladsen ved Badesøen', 'The playground at Badesøen'),
        description: text('Sandkasse, gynger og svævebane.', 'Sandpit, swings and a zip line.'),
        geometry: point(12.3455, 55.6706),
      },
      {
        kind: 'place',
        name: text('Naturlegepladsen i Vestskoven', 'The nature playground in Vestskoven'),
        geometry: point(12.3402, 55.6838),
      },
      {
        kind: 'place',
        name: text('Legepladsen i Hyldespjældet', 'The playground in Hyldespjældet'),
        description: text('Med bålplads.', 'With a fire pit.'),
        geometry: point(12.3551, 55.6498),
      },
    ],
  },
  {
    slug: 'gode-gaature',
    kind: 'guide',
    title: text('Gode gåture', 'Good walks'),
    summary: text('Tre ture fra 3 til 8 km.', 'Three walks from 3 to 8 km.'),
    content: {
      da: ['Gå en tur rundt om Badesøen, gennem landsbyen eller ud i Vestskoven.'],
      en: ['Walk around Badesøen, through the village or out into Vestskoven.'],
    },
    mapFeatures: [
      {
        kind: 'route',
        name: text('Rundt om Badesøen', 'Around Badesøen'),
        geometry: {
          type: 'LineString',
          coordinates: [
            [12.344, 55.67],
            [12.3475, 55.6698],
            [12.349, 55.6715],
            [12.3462, 55.6728],
            [12.3437, 55.6716],
            [12.344, 55.67],
          ],
        },
      },
      {
        kind: 'route',
        name: text('Landsbyturen i Herstedøster', 'The Herstedøster village walk'),
        description: text('Forbi kirken og gadekæret.', 'Past the church and the village pond.'),
        geometry: {
          type: 'LineString',
          coordinates: [
            [12.363, 55.679],
            [12.366, 55.6801],
            [12.3688, 55.6795],
            [12.3671, 55.6778],
          ],
        },
      },
    ],
  },
  {
    slug: 'tilgaengelighed',
    kind: 'accessibility',
    title: text('Tilgængelighed', 'Accessibility'),
    summary: text(
      'Sådan arbejder vi for, at alle kan bruge sitet.',
      'How we work to make the site usable by everyone.',
    ),
    content: {
      da: [
        'Sitet er bygget efter WCAG 2.2 AA. Den officielle tilgængelighedserklæring findes på Digitaliseringsstyrelsens side, som linkes fra bunden af hver side.',
      ],
      en: [
        'The site is built to WCAG 2.2 AA. The official accessibility statement is on the Danish Agency for Digital Government’s service, linked from the footer of every page.',
      ],
    },
  },
]

export const pageContent = (p: PageSeed, locale: 'da' | 'en') => {
  const blocks = locale === 'da' ? p.content.da : p.content.en
  return blocks ? richText(blocks) : undefined
}
