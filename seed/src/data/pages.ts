import type {
  AudiencePage,
  ChecklistGroup,
  PageKind,
  WasteDisposal,
  WasteFraction,
} from '@velkomst/shared/vocabulary'

import { smoothPath, type LngLat } from './geo'
import { richText, text, type Text } from './helpers'

export interface MapFeatureSeed {
  kind: 'place' | 'route'
  name: Text
  description?: Text
  geometry:
    | { type: 'Point'; coordinates: [number, number] }
    | { type: 'LineString'; coordinates: [number, number][] }
}

export interface ChecklistStepSeed {
  group: ChecklistGroup
  title: Text
  text?: Text
  links?: { label: Text; url: Text }[]
}

export interface WasteFractionSeed {
  fraction: WasteFraction
  disposal: WasteDisposal
  where: Text
  description?: Text
  examples: Text[]
  notAccepted?: Text[]
}

export interface PageSeed {
  slug: string
  kind: PageKind
  audience?: AudiencePage
  title: Text
  summary: Text
  content: { da: string[]; en?: string[] }
  mapFeatures?: MapFeatureSeed[]
  checklist?: ChecklistStepSeed[]
  wasteFractions?: WasteFractionSeed[]
  image?: string
}

const point = (lng: number, lat: number) => ({
  type: 'Point' as const,
  coordinates: [lng, lat] as [number, number],
})

/** A path through the waypoints, smoothed like a real footpath; `closed` for a round walk. */
const path = (waypoints: LngLat[], closed = false) => ({
  type: 'LineString' as const,
  coordinates: smoothPath(waypoints, { closed }),
})

/** A link to a page on this site, in both languages. */
const site = (da: string, en: string) => text(da, en)

/**
 * Demo geography (illustrative, drawn to look like Albertslund's): the station at the centre,
 * Badesøen and Vestskoven to the north-west, Herstedøster village to the north, Hyldespjældet
 * and Kongsholmparken to the south. Route lengths are computed from these points, and the texts
 * agree with them (a seed test checks).
 */
const station: LngLat = [12.3539, 55.6581]
const badesoeen: LngLat = [12.3461, 55.6712]
const forsamlingshus: LngLat = [12.3645, 55.6797]
const towardsBadesoeen: LngLat[] = [
  station,
  [12.353, 55.66],
  [12.3522, 55.6625],
  [12.353, 55.665],
  [12.351, 55.6675],
  [12.348, 55.6697],
  badesoeen,
]

const albertslundRouteWaypoints: LngLat[] = [
  station,
  [12.36, 55.6586],
  [12.368, 55.6592],
  [12.376, 55.6601],
  [12.384, 55.6607],
  [12.392, 55.6611],
  [12.4, 55.6618],
]

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
    kind: 'waste-guide',
    title: text('Sådan sorterer du affald', 'How to sort your waste'),
    summary: text(
      'Ti affaldstyper: hvad der hører til hvor, med eksempler.',
      'Ten kinds of waste: what goes where, with examples.',
    ),
    content: {
      da: [
        'I Albertslund sorterer vi affaldet i ti typer. De fleste hører til i de to beholdere ved din bolig eller i de fælles containere i dit affaldsrum; resten kører du på genbrugsstationen. Søg efter en ting, fx "pizzabakke", for at se hvor den skal hen.',
      ],
      en: [
        'In Albertslund we sort waste into ten kinds. Most go in the two bins at your home or the shared containers in your bin store; the rest you take to the recycling station. Search for a thing, e.g. "pizza box", to see where it goes. The bins are labelled in Danish, so the Danish word is shown too.',
      ],
    },
    wasteFractions: [
      {
        fraction: 'food',
        disposal: 'home-bin',
        where: text(
          'Beholder 1, rummet til madaffald. Brug de grønne poser.',
          'Bin 1, the food-waste side. Use the green bags.',
        ),
        examples: [
          text('madrester', 'food leftovers'),
          text('kaffegrums og kaffefiltre', 'coffee grounds and filters'),
          text('teposer', 'tea bags'),
          text('æggeskaller', 'eggshells'),
          text('skræller fra frugt og grønt', 'fruit and vegetable peel'),
          text('brød', 'bread'),
        ],
        notAccepted: [
          text('bleer', 'nappies'),
          text('kattegrus', 'cat litter'),
          text('almindelige plastposer', 'ordinary plastic bags'),
        ],
      },
      {
        fraction: 'paper',
        disposal: 'home-bin',
        where: text('Beholder 2, rummet til papir.', 'Bin 2, the paper side.'),
        examples: [
          text('aviser og blade', 'newspapers and magazines'),
          text('reklamer', 'advertising leaflets'),
          text('breve og konvolutter', 'letters and envelopes'),
          text('printerpapir', 'printer paper'),
        ],
        notAccepted: [
          text('pap (til pap)', 'cardboard (goes with cardboard)'),
          text('køkkenrulle og servietter (restaffald)', 'kitchen roll and napkins (residual)'),
        ],
      },
      {
        fraction: 'cardboard',
        disposal: 'shared-container',
        where: text(
          'Papcontaineren i dit affaldsrum. Fold kasserne sammen.',
          'The cardboard container in your bin store. Flatten the boxes.',
        ),
        examples: [
          text('papkasser', 'cardboard boxes'),
          text('ren pizzabakke', 'clean pizza box'),
          text('æggebakker', 'egg boxes'),
          text('skokasser', 'shoe boxes'),
          text('papruller fra toiletpapir', 'toilet roll tubes'),
        ],
        notAccepted: [
          text('fedtet pizzabakke (restaffald)', 'greasy pizza box (residual waste)'),
          text('mælkekarton (plast og kartoner)', 'milk carton (plastic and cartons)'),
        ],
      },
      {
        fraction: 'plastic',
        disposal: 'home-bin',
        where: text(
          'Beholder 2, rummet til plast og mad- og drikkekartoner. Skyl det let.',
          'Bin 2, the side for plastic and food and drink cartons. Give it a quick rinse.',
        ),
        examples: [
          text('plastflasker', 'plastic bottles'),
          text('bøtter og bakker', 'tubs and trays'),
          text('plastfolie og bæreposer', 'plastic film and carrier bags'),
          text('mælkekarton', 'milk carton'),
          text('juicekarton', 'juice carton'),
        ],
        notAccepted: [
          text(
            'haveslanger og andet PVC (genbrugsstationen)',
            'garden hoses and other PVC (recycling station)',
          ),
        ],
      },
      {
        fraction: 'metal',
        disposal: 'shared-container',
        where: text(
          'Containeren til glas og metal i dit affaldsrum.',
          'The glass and metal container in your bin store.',
        ),
        examples: [
          text('dåser og konservesdåser', 'tins and cans'),
          text('låg fra glas', 'lids from jars'),
          text('aluminiumsbakker', 'foil trays'),
          text('gryder og pander', 'pots and pans'),
        ],
        notAccepted: [
          text(
            'spraydåser, der ikke er tomme (farligt affald)',
            'spray cans that are not empty (hazardous waste)',
          ),
        ],
      },
      {
        fraction: 'glass',
        disposal: 'shared-container',
        where: text(
          'Containeren til glas og metal i dit affaldsrum.',
          'The glass and metal container in your bin store.',
        ),
        examples: [
          text('vinflasker', 'wine bottles'),
          text('syltetøjsglas', 'jam jars'),
          text('drikkeglas', 'drinking glasses'),
        ],
        notAccepted: [
          text('porcelæn og keramik (genbrugsstationen)', 'china and ceramics (recycling station)'),
          text(
            'flasker med pant (tilbage til butikken)',
            'bottles with a deposit (back to the shop)',
          ),
        ],
      },
      {
        fraction: 'residual',
        disposal: 'home-bin',
        where: text('Beholder 1, rummet til restaffald.', 'Bin 1, the residual-waste side.'),
        description: text(
          'Det, der er for snavset til at blive genanvendt, og det, der ikke hører til andre steder.',
          'What is too dirty to be recycled, and what belongs nowhere else.',
        ),
        examples: [
          text('fedtet pizzabakke', 'greasy pizza box'),
          text('bleer', 'nappies'),
          text('støvsugerposer', 'vacuum cleaner bags'),
          text('kattegrus', 'cat litter'),
          text('køkkenrulle', 'kitchen roll'),
        ],
        notAccepted: [text('batterier (farligt affald)', 'batteries (hazardous waste)')],
      },
      {
        fraction: 'hazardous',
        disposal: 'recycling-station',
        where: text(
          'Den røde boks i dit affaldsrum, eller miljøafdelingen på genbrugsstationen.',
          'The red box in your bin store, or the hazardous-waste section of the recycling station.',
        ),
        examples: [
          text('batterier', 'batteries'),
          text('sparepærer og lysstofrør', 'energy-saving bulbs and tubes'),
          text('maling og lak', 'paint and varnish'),
          text('kemikalier og rengøringsmidler', 'chemicals and cleaning products'),
          text('spraydåser, der ikke er tomme', 'spray cans that are not empty'),
        ],
        notAccepted: [
          text('medicinrester (tilbage til apoteket)', 'leftover medicine (back to the pharmacy)'),
        ],
      },
      {
        fraction: 'textiles',
        disposal: 'shared-container',
        where: text(
          'Tekstilcontaineren i dit affaldsrum eller på genbrugsstationen, i en lukket pose.',
          'The textile container in your bin store or at the recycling station, in a closed bag.',
        ),
        examples: [
          text('tøj, også hullet', 'clothes, also with holes'),
          text('sengetøj og håndklæder', 'bed linen and towels'),
          text('sko, bundet sammen parvis', 'shoes, tied together in pairs'),
          text('gardiner', 'curtains'),
        ],
        notAccepted: [
          text('vådt eller beskidt tøj (restaffald)', 'wet or dirty clothes (residual waste)'),
        ],
      },
      {
        fraction: 'bulky',
        disposal: 'booked-pickup',
        where: text(
          'Bestil afhentning ved dit affaldsrum, eller kør det selv på genbrugsstationen.',
          'Book a collection from your bin store, or take it to the recycling station yourself.',
        ),
        examples: [
          text('møbler', 'furniture'),
          text('madrasser', 'mattresses'),
          text('gulvtæpper', 'rugs'),
          text('cykler', 'bicycles'),
          text('hvidevarer', 'large appliances'),
        ],
        notAccepted: [
          text('byggeaffald (genbrugsstationen)', 'building waste (recycling station)'),
        ],
      },
    ],
    mapFeatures: [
      {
        kind: 'place',
        name: text('Albertslund Genbrugsstation', 'Albertslund recycling station'),
        description: text(
          'Til storskrald, haveaffald, byggeaffald og farligt affald.',
          'For bulky waste, garden waste, building waste and hazardous waste.',
        ),
        geometry: point(12.3905, 55.669),
      },
    ],
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
        'Byens stier er adskilt fra bilerne, så du kan cykle fra stationen til skoven uden at krydse en vej. Albertslundruten er en supercykelsti til København; her er de første knap 3 km fra stationen mod øst.',
      ],
      en: [
        'The town’s paths are separate from car traffic, so you can cycle from the station to the forest without crossing a road. The Albertslund route is a cycle superhighway to Copenhagen; here are its first 3 km or so east of the station.',
      ],
    },
    mapFeatures: [
      {
        kind: 'route',
        name: text('Albertslundruten (del)', 'The Albertslund route (part)'),
        description: text(
          'Fra stationen mod øst langs banen, mod København.',
          'From the station east along the railway, towards Copenhagen.',
        ),
        geometry: path(albertslundRouteWaypoints),
      },
      {
        kind: 'route',
        name: text('Stien til Badesøen', 'The path to Badesøen'),
        description: text(
          'Fra stationen gennem centrum og parken til Badesøen, uden biler.',
          'From the station through the centre and the park to Badesøen, car-free.',
        ),
        geometry: path(towardsBadesoeen),
      },
      {
        kind: 'place',
        name: text('Albertslund Station'),
        description: text('S-tog til København.', 'S-trains to Copenhagen.'),
        geometry: point(...station),
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
        geometry: point(12.3478, 55.6703),
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
        geometry: point(12.3566, 55.6534),
      },
      {
        kind: 'place',
        name: text('Kongsholmparkens legeplads', 'The playground in Kongsholmparken'),
        description: text(
          'Ved søen, med vandleg om sommeren.',
          'By the lake, with water play in summer.',
        ),
        geometry: point(12.3468, 55.6516),
      },
    ],
  },
  {
    slug: 'gode-gaature',
    kind: 'guide',
    title: text('Gode gåture', 'Good walks'),
    summary: text('Tre ture fra 3 til 8 km.', 'Three walks from 3 to 8 km.'),
    content: {
      da: [
        'Gå en tur rundt om Badesøen og ind i Vestskoven (godt 3 km), rundt om landsbyen Herstedøster (5 km) eller hele vejen fra stationen til Vestskoven og hjem over Herstedøster (knap 8 km).',
      ],
      en: [
        'Walk around Badesøen and into Vestskoven (just over 3 km), around the village of Herstedøster (5 km), or all the way from the station to Vestskoven and home through Herstedøster (nearly 8 km).',
      ],
    },
    mapFeatures: [
      {
        kind: 'route',
        name: text('Badesøen og Vestskoven rundt', 'Around Badesøen and into Vestskoven'),
        description: text(
          'En rundtur fra Badesøen ind i skoven og tilbage langs søen.',
          'A round walk from Badesøen into the forest and back along the lake.',
        ),
        geometry: path(
          [
            badesoeen,
            [12.344, 55.6705],
            [12.3418, 55.6712],
            [12.341, 55.6728],
            [12.3422, 55.6742],
            [12.3405, 55.676],
            [12.3385, 55.6785],
            [12.3395, 55.6808],
            [12.343, 55.6815],
            [12.3468, 55.68],
            [12.349, 55.6778],
            [12.3495, 55.6752],
            [12.3482, 55.673],
            badesoeen,
          ],
          true,
        ),
      },
      {
        kind: 'route',
        name: text('Landsbyturen i Herstedøster', 'The Herstedøster village walk'),
        description: text(
          'Forbi kirken og gadekæret og ud over markerne.',
          'Past the church and the village pond and out across the fields.',
        ),
        geometry: path(
          [
            forsamlingshus,
            [12.3668, 55.6792],
            [12.3683, 55.6786],
            [12.3702, 55.679],
            [12.3722, 55.6808],
            [12.375, 55.683],
            [12.379, 55.6848],
            [12.3825, 55.6872],
            [12.3815, 55.69],
            [12.377, 55.6915],
            [12.371, 55.6918],
            [12.365, 55.6912],
            [12.3595, 55.6895],
            [12.3555, 55.687],
            [12.354, 55.684],
            [12.356, 55.6812],
            [12.3605, 55.6799],
            forsamlingshus,
          ],
          true,
        ),
      },
      {
        kind: 'route',
        name: text('Fra stationen til Vestskoven', 'From the station to Vestskoven'),
        description: text(
          'Gennem parken til Badesøen, op gennem skoven og hjem over Herstedøster.',
          'Through the park to Badesøen, up through the forest and home through Herstedøster.',
        ),
        geometry: path(
          [
            ...towardsBadesoeen,
            [12.3425, 55.674],
            [12.34, 55.6775],
            [12.3385, 55.681],
            [12.3395, 55.6851],
            [12.344, 55.6866],
            [12.35, 55.686],
            [12.356, 55.684],
            [12.361, 55.681],
            forsamlingshus,
            [12.364, 55.676],
            [12.361, 55.672],
            [12.359, 55.668],
            [12.3575, 55.664],
            [12.356, 55.6605],
            station,
          ],
          true,
        ),
      },
    ],
  },
  {
    slug: 'ny-i-kommunen',
    kind: 'newcomer-checklist',
    title: text('Ny i Albertslund', 'New in Albertslund'),
    summary: text(
      'Det skal du nå, når du er flyttet hertil: trin for trin.',
      'What to do when you have moved here: step by step.',
    ),
    content: {
      da: [
        'Sæt flueben ved det, du har klaret. Fluebenene gemmes kun i din egen browser. Du kan også udskrive listen.',
      ],
      en: [
        'Tick off what you have done. The ticks are kept in your own browser only. You can also print the list.',
      ],
    },
    checklist: [
      {
        group: 'everyone',
        title: text('Meld flytning og vælg læge', 'Report your move and choose a doctor'),
        text: text(
          'Meld flytning senest fem dage efter, at du er flyttet. Samtidig vælger du læge.',
          'Report your move within five days of moving. You choose a doctor at the same time.',
        ),
        links: [
          {
            label: text('Meld flytning på borger.dk', 'Moving to Denmark on Life in Denmark'),
            url: text(
              'https://www.borger.dk/bolig-og-flytning/flytning',
              'https://lifeindenmark.borger.dk/',
            ),
          },
        ],
      },
      {
        group: 'everyone',
        title: text('Få MitID og Digital Post', 'Get MitID and Digital Post'),
        text: text(
          'MitID er dit digitale ID til netbank og borger.dk. Breve fra det offentlige kommer i Digital Post.',
          'MitID is your digital ID for online banking and borger.dk. Letters from the authorities come by Digital Post.',
        ),
        links: [
          {
            label: text('MitID'),
            url: text('https://www.mitid.dk/', 'https://www.mitid.dk/en-gb/'),
          },
        ],
      },
      {
        group: 'everyone',
        title: text('Få et lånerkort til biblioteket', 'Get a library card'),
        text: text(
          'Med dit sundhedskort låner du bøger, film og spil gratis.',
          'With your health card you borrow books, films and games for free.',
        ),
        links: [
          {
            label: text('Albertslund Bibliotek'),
            url: site('/steder/albertslund-bibliotek/', '/en/venues/albertslund-bibliotek/'),
          },
        ],
      },
      {
        group: 'everyone',
        title: text('Lær affaldssorteringen', 'Learn how to sort your waste'),
        links: [
          {
            label: text('Sådan sorterer du affald', 'How to sort your waste'),
            url: site('/guider/affaldssortering/', '/en/guides/affaldssortering/'),
          },
        ],
      },
      {
        group: 'everyone',
        title: text('Find rundt med tog, bus og cykel', 'Get around by train, bus and bike'),
        text: text(
          'Fra Albertslund Station kører S-toget til København. Stierne er adskilt fra bilerne.',
          'S-trains run from Albertslund Station to Copenhagen. The paths are separate from car traffic.',
        ),
        links: [
          { label: text('Rejseplanen'), url: text('https://www.rejseplanen.dk/') },
          {
            label: text('Cykelstier', 'Cycle paths'),
            url: site('/guider/cykelstier/', '/en/guides/cykelstier/'),
          },
        ],
      },
      {
        group: 'everyone',
        title: text('Find en forening', 'Find an association'),
        text: text(
          'Sport, musik, fællesspisning og meget mere. De fleste kan prøves gratis.',
          'Sport, music, shared dinners and much more. Most let you try for free.',
        ),
        links: [
          {
            label: text('Foreninger', 'Associations'),
            url: site('/foreninger/', '/en/associations/'),
          },
        ],
      },
      {
        group: 'everyone',
        title: text('Brug kvartalets fribilletter', 'Use this quarter’s free tickets'),
        links: [
          { label: text('Fribilletter', 'Free tickets'), url: site('/velkommen/', '/en/welcome/') },
        ],
      },
      {
        group: 'everyone',
        title: text('Mød en velkomstambassadør', 'Meet a welcome ambassador'),
        text: text(
          'Frivilligcentret kan sætte dig i kontakt med en frivillig, der kender byen.',
          'The volunteer centre can put you in touch with a volunteer who knows the town.',
        ),
        links: [
          {
            label: text('Frivilligcentret', 'The volunteer centre'),
            url: site('/steder/frivilligcentret/', '/en/venues/frivilligcentret/'),
          },
        ],
      },
      {
        group: 'families',
        title: text(
          'Søg plads i vuggestue eller børnehave',
          'Apply for a nursery or kindergarten place',
        ),
        text: text(
          'Skriv dit barn op i kommunens pladsanvisning i god tid.',
          'Put your child on the municipality’s list in good time.',
        ),
        links: [
          {
            label: text('Pladsanvisningen', 'Childcare places'),
            url: text('https://www.albertslund.dk/'),
          },
        ],
      },
      {
        group: 'families',
        title: text(
          'Skriv børnene op til skole og SFO',
          'Enrol your children in school and after-school care',
        ),
        links: [
          {
            label: text('Skoleindskrivning', 'School enrolment'),
            url: text('https://www.albertslund.dk/'),
          },
        ],
      },
      {
        group: 'families',
        title: text('Find en legeplads', 'Find a playground'),
        links: [
          {
            label: text('Legepladser', 'Playgrounds'),
            url: site('/guider/legepladser/', '/en/guides/legepladser/'),
          },
        ],
      },
      {
        group: 'families',
        title: text('Tandpleje for børn', 'Dental care for children'),
        text: text(
          'Børn og unge under 18 år får gratis tandpleje. I bliver indkaldt.',
          'Children and young people under 18 get free dental care. You will be called in.',
        ),
      },
      {
        group: 'young-people',
        title: text('Mød Ungerådet', 'Meet the youth council'),
        text: text(
          'Ungerådet giver unge en stemme i kommunen.',
          'The youth council gives young people a say.',
        ),
        links: [
          {
            label: text('For unge', 'For young people'),
            url: site('/for/unge/', '/en/for/young-people/'),
          },
        ],
      },
      {
        group: 'young-people',
        title: text('Spil musik i Musikcafeen', 'Play music at Musikcafeen'),
        links: [
          {
            label: text('Musikcafeen'),
            url: site('/steder/musikcafeen/', '/en/venues/musikcafeen/'),
          },
        ],
      },
      {
        group: 'young-people',
        title: text('Få et Ungdomskort', 'Get a youth travel card'),
        text: text(
          'Er du under uddannelse, kan du rejse billigere med Ungdomskort.',
          'If you are studying, a youth card (Ungdomskort) makes travel cheaper.',
        ),
        links: [{ label: text('Ungdomskort'), url: text('https://www.ungdomskort.dk/') }],
      },
      {
        group: 'seniors',
        title: text('Få hjælp til MitID og det digitale', 'Get help with MitID and going digital'),
        text: text(
          'Biblioteket har IT-hjælp for seniorer.',
          'The library offers IT help for older people.',
        ),
        links: [
          {
            label: text('Albertslund Bibliotek'),
            url: site('/steder/albertslund-bibliotek/', '/en/venues/albertslund-bibliotek/'),
          },
        ],
      },
      {
        group: 'seniors',
        title: text('Find motion og fællesskab', 'Find exercise and company'),
        links: [
          {
            label: text('For seniorer', 'For older people'),
            url: site('/for/seniorer/', '/en/for/seniors/'),
          },
        ],
      },
      {
        group: 'seniors',
        title: text('Få en besøgsven', 'Get a visiting friend'),
        text: text(
          'Sidder du meget alene, kan en frivillig besøgsven komme forbi.',
          'If you are often alone, a volunteer visiting friend can drop by.',
        ),
        links: [
          {
            label: text('Frivilligcentret', 'The volunteer centre'),
            url: site('/steder/frivilligcentret/', '/en/venues/frivilligcentret/'),
          },
        ],
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
