import type { Weekday } from '@velkomst/shared/vocabulary'

import { text, type Text } from './helpers'

export interface OpeningRule {
  weekday: Weekday
  opens: string
  closes: string
  validFrom?: string
  validTo?: string
}

export interface VenueSeed {
  name: Text
  slug: string
  description: Text
  street: string
  lat: number
  lng: number
  community: string
  rules: OpeningRule[]
  hoursNote?: Text
  access: {
    stepFree: boolean
    accessibleToilet: boolean
    hearingLoop: boolean
    accessibleParking: boolean
    note?: Text
  }
  phone?: string
  email?: string
  website?: string
  image?: string
}

const week = (
  days: Weekday[],
  opens: string,
  closes: string,
  season?: [string, string],
): OpeningRule[] =>
  days.map((weekday) => ({
    weekday,
    opens,
    closes,
    ...(season ? { validFrom: season[0], validTo: season[1] } : {}),
  }))

const allDays: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']
const weekdaysOnly: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr']

const fullAccess = {
  stepFree: true,
  accessibleToilet: true,
  hearingLoop: true,
  accessibleParking: true,
}

/** Venues; the named ones come from the municipality's decision, details are illustrative. */
export function venues(today: Date): VenueSeed[] {
  const year = today.getUTCMonth() >= 8 ? today.getUTCFullYear() + 1 : today.getUTCFullYear()
  const summer: [string, string] = [`${year}-06-01`, `${year}-08-31`]
  return [
    {
      name: text('Badesøen'),
      slug: 'badesoeen',
      description: text(
        'Albertslunds badesø med sandstrand, badebro og livredder i sæsonen. Gratis adgang.',
        'Albertslund’s bathing lake with a sandy beach, a jetty and a lifeguard in season. Free entry.',
      ),
      street: 'Badesøvej 1',
      lat: 55.6712,
      lng: 12.3461,
      community: 'albertslund-nord',
      rules: week(allDays, '10:00', '19:00', summer),
      hoursNote: text(
        'Åben 1. juni til 31. august. Livredder kl. 12–18.',
        'Open 1 June to 31 August. Lifeguard 12:00–18:00.',
      ),
      access: {
        stepFree: true,
        accessibleToilet: true,
        hearingLoop: false,
        accessibleParking: true,
        note: text('Rampe ned til stranden.', 'A ramp down to the beach.'),
      },
      image: 'lake',
    },
    {
      name: text('Forbrændingen'),
      slug: 'forbraendingen',
      description: text(
        'Kulturhuset i det gamle forbrændingsanlæg: koncerter, værksteder, udstillinger og café.',
        'The culture house in the old incineration plant: concerts, workshops, exhibitions and a café.',
      ),
      street: 'Kongsholmcentret 3',
      lat: 55.6574,
      lng: 12.3615,
      community: 'albertslund-centrum',
      rules: [
        ...week(['tu', 'we', 'th'], '12:00', '22:00'),
        ...week(['fr', 'sa'], '12:00', '23:59'),
      ],
      access: { ...fullAccess, note: text('Elevator til alle etager.', 'A lift to every floor.') },
      phone: '43 68 70 00',
      website: 'https://example.org/forbraendingen',
      image: 'culture',
    },
    {
      name: text('Musikcafeen'),
      slug: 'musikcafeen',
      description: text(
        'Byens spillested for rytmisk musik, øvelokaler og åbne scener for unge.',
        'The town’s venue for rhythmic music, rehearsal rooms and open stages for young people.',
      ),
      street: 'Bytorvet 23',
      lat: 55.6569,
      lng: 12.3598,
      community: 'albertslund-centrum',
      rules: week(['th', 'fr', 'sa'], '18:00', '23:59'),
      access: {
        stepFree: true,
        accessibleToilet: true,
        hearingLoop: false,
        accessibleParking: false,
      },
      email: 'musikcafeen@example.org',
      image: 'music',
    },
    {
      name: text('Albertslund Bibliotek'),
      slug: 'albertslund-bibliotek',
      description: text(
        'Bøger, film, lektiecafé, sprogcafé og arrangementer for alle aldre. Selvbetjent fra kl. 7.',
        'Books, films, homework café, language café and events for all ages. Self-service from 07:00.',
      ),
      street: 'Bibliotekstorvet 2',
      lat: 55.6566,
      lng: 12.3629,
      community: 'albertslund-centrum',
      rules: [...week(weekdaysOnly, '07:00', '22:00'), ...week(['sa', 'su'], '07:00', '18:00')],
      hoursNote: text(
        'Med betjening man–fre kl. 10–18 og lør kl. 10–14.',
        'Staffed Mon–Fri 10:00–18:00 and Sat 10:00–14:00.',
      ),
      access: fullAccess,
      phone: '43 68 71 00',
      image: 'library',
    },
    {
      name: text('Albertslund Biograf', 'Albertslund Cinema'),
      slug: 'albertslund-biograf',
      description: text(
        'Byens biograf med tre sale og børnefilm i weekenden.',
        'The town’s cinema with three screens and children’s films at weekends.',
      ),
      street: 'Bytorvet 5',
      lat: 55.6571,
      lng: 12.3607,
      community: 'albertslund-centrum',
      rules: [...week(weekdaysOnly, '16:00', '23:00'), ...week(['sa', 'su'], '11:00', '23:00')],
      access: { ...fullAccess, note: text('Teleslynge i sal 1.', 'Hearing loop in screen 1.') },
      image: 'cinema',
    },
    {
      name: text('Albertslund Idrætsanlæg', 'Albertslund Sports Centre'),
      slug: 'albertslund-idraetsanlaeg',
      description: text(
        'Haller, kunstgræsbaner og atletikbane.',
        'Sports halls, artificial pitches and an athletics track.',
      ),
      street: 'Idrætsvej 10',
      lat: 55.6611,
      lng: 12.3507,
      community: 'albertslund-nord',
      rules: [...week(weekdaysOnly, '07:00', '22:00'), ...week(['sa', 'su'], '08:00', '18:00')],
      access: {
        stepFree: true,
        accessibleToilet: true,
        hearingLoop: false,
        accessibleParking: true,
      },
    },
    {
      name: text('Albertslund Svømmehal', 'Albertslund Swimming Pool'),
      slug: 'albertslund-svoemmehal',
      description: text(
        'Svømmehal med 25-meterbassin, varmtvandsbassin og børnebassin.',
        'A 25-metre pool, a warm-water pool and a children’s pool.',
      ),
      street: 'Idrætsvej 12',
      lat: 55.6615,
      lng: 12.3519,
      community: 'albertslund-nord',
      rules: [...week(weekdaysOnly, '06:30', '21:00'), ...week(['sa', 'su'], '08:00', '16:00')],
      access: { ...fullAccess, note: text('Lift til bassinet.', 'A hoist into the pool.') },
    },
    {
      name: text('Herstedøster Forsamlingshus', 'Herstedøster Village Hall'),
      slug: 'herstedoester-forsamlingshus',
      description: text(
        'Landsbyens forsamlingshus til fester, møder og fællesspisning.',
        'The village hall for parties, meetings and shared dinners.',
      ),
      street: 'Landsbygaden 20',
      lat: 55.6797,
      lng: 12.3645,
      community: 'herstedoester',
      rules: [],
      hoursNote: text('Åbent ved arrangementer.', 'Open during events.'),
      access: {
        stepFree: false,
        accessibleToilet: false,
        hearingLoop: false,
        accessibleParking: true,
        note: text('Ét trin ved indgangen.', 'One step at the entrance.'),
      },
    },
    {
      name: text('Hedemarkens Fælleshus', 'Hedemarken Community House'),
      slug: 'hedemarkens-faelleshus',
      description: text(
        'Beboernes hus med køkken, sal og værksted.',
        'The residents’ house with a kitchen, hall and workshop.',
      ),
      street: 'Hedemarken 50',
      lat: 55.6612,
      lng: 12.3301,
      community: 'hedemarken',
      rules: week(['mo', 'we'], '17:00', '21:00'),
      access: {
        stepFree: true,
        accessibleToilet: true,
        hearingLoop: false,
        accessibleParking: false,
      },
    },
    {
      name: text('Vestskoven'),
      slug: 'vestskoven',
      description: text(
        'Stor bynær skov med stier, bålpladser og hundeskov.',
        'A large forest near town with paths, fire pits and a dog forest.',
      ),
      street: 'Vestskovvej 2',
      lat: 55.6851,
      lng: 12.3395,
      community: 'herstedvester',
      rules: [],
      hoursNote: text('Altid åben.', 'Always open.'),
      access: {
        stepFree: false,
        accessibleToilet: false,
        hearingLoop: false,
        accessibleParking: true,
        note: text(
          'Grusstier; nogle er jævne nok til kørestol.',
          'Gravel paths; some are even enough for a wheelchair.',
        ),
      },
      image: 'forest',
    },
    {
      name: text('Galgebakkens Fælleshus', 'Galgebakken Community House'),
      slug: 'galgebakkens-faelleshus',
      description: text(
        'Fælleshus med café, børneklub og beboerværksted.',
        'A community house with a café, a children’s club and a residents’ workshop.',
      ),
      street: 'Galgebakken Over 1',
      lat: 55.6521,
      lng: 12.3688,
      community: 'galgebakken',
      rules: week(['tu', 'th'], '15:00', '21:00'),
      access: {
        stepFree: true,
        accessibleToilet: true,
        hearingLoop: false,
        accessibleParking: false,
      },
    },
    {
      name: text('Frivilligcentret'),
      slug: 'frivilligcentret',
      description: text(
        'Hjælp til foreninger og frivillige, mødelokaler og rådgivning.',
        'Help for associations and volunteers, meeting rooms and advice.',
      ),
      street: 'Bytorvet 15',
      lat: 55.6568,
      lng: 12.3611,
      community: 'albertslund-centrum',
      rules: week(['mo', 'tu', 'we', 'th'], '10:00', '16:00'),
      access: fullAccess,
      phone: '43 62 10 10',
      email: 'frivillig@example.org',
    },
  ]
}
