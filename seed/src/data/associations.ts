import type { Audience, SpokenLanguage, WayToTakePart } from '@velkomst/shared/vocabulary'

import { text, type Text } from './helpers'

export interface AssociationSeed {
  slug: string
  name: Text
  summary: Text
  categories: string[]
  audiences: Audience[]
  communities: string[]
  venues: string[]
  fee: number | null
  languages: SpokenLanguage[]
  socialOffer: boolean
  ways: WayToTakePart[]
  age?: [number | null, number | null]
  cvr?: string
  email: string
  phone?: string
  website?: string
  logo?: string
}

type Row = [
  slug: string,
  name: string,
  da: string,
  en: string | null,
  categories: string[],
  audiences: Audience[],
  communities: string[],
  venues: string[],
  fee: number | null,
  languages: SpokenLanguage[],
  social: boolean,
  ways: WayToTakePart[],
  age?: [number | null, number | null],
]

// Illustrative associations: names, fees and contacts are made up for the demonstration.
const rows: Row[] = [
  ['albertslund-if', 'Albertslund Idrætsforening', 'Fodbold, håndbold og atletik for alle aldre. Prøv gratis tre gange.', 'Football, handball and athletics for all ages. Try three times for free.', ['sport', 'boern'], ['children', 'young-people', 'adults'], ['albertslund-nord'], ['albertslund-idraetsanlaeg'], 600, ['da', 'en'], false, ['come-along', 'help-out'], [5, null]],
  ['albertslund-svoemmeklub', 'Albertslund Svømmeklub', 'Svømmeundervisning for børn og voksne, også for begyndere.', 'Swimming lessons for children and adults, beginners welcome.', ['sport', 'boern'], ['families', 'children', 'adults'], ['albertslund-nord'], ['albertslund-svoemmehal'], 950, ['da', 'en'], false, ['come-along', 'help-out'], [4, null]],
  ['albertslund-skakklub', 'Albertslund Skakklub', 'Vi spiller skak hver tirsdag aften. Alle niveauer er velkomne.', 'We play chess every Tuesday evening. All levels welcome.', ['kultur', 'socialt-samvaer'], ['young-people', 'adults', 'seniors'], ['albertslund-centrum'], ['albertslund-bibliotek'], 300, ['da', 'en', 'uk'], false, ['come-along', 'co-organise'], [8, null]],
  ['sprogcafeen', 'Sprogcaféen', 'Øv dansk over en kop kaffe med frivillige. Gratis og uden tilmelding.', 'Practise Danish over a cup of coffee with volunteers. Free, no sign-up.', ['laering', 'socialt-samvaer', 'ensomhed'], ['adults', 'newcomers'], ['albertslund-centrum', 'nye-i-albertslund'], ['albertslund-bibliotek'], null, ['da', 'en', 'ar', 'uk', 'fa'], true, ['come-along', 'help-out'], [16, null]],
  ['lektiecafeen', 'Lektiecaféen', 'Frivillige hjælper skolebørn med lektierne to gange om ugen.', 'Volunteers help schoolchildren with homework twice a week.', ['laering', 'boern'], ['children', 'young-people'], ['albertslund-centrum'], ['albertslund-bibliotek'], null, ['da', 'en', 'ar', 'so'], true, ['come-along', 'help-out'], [7, 16]],
  ['vestegnens-kor', 'Vestegnens Kor', 'Et glad kor, der synger alt fra salmer til pop. Ingen optagelsesprøve.', 'A cheerful choir singing everything from hymns to pop. No audition.', ['musik', 'kultur'], ['adults', 'seniors'], ['herstedoester'], ['herstedoester-forsamlingshus'], 400, ['da'], false, ['come-along'], [18, null]],
  ['musikcafeens-venner', 'Musikcafeens Venner', 'Frivillige, der driver bar, lys og lyd til koncerterne i Musikcafeen.', 'Volunteers running the bar, lights and sound for concerts at Musikcafeen.', ['musik', 'kultur'], ['young-people', 'adults'], ['albertslund-centrum', 'frivillige-i-albertslund'], ['musikcafeen'], null, ['da', 'en'], false, ['help-out', 'co-organise'], [16, null]],
  ['ungdomsbandet', 'Ungdomsbandet', 'Spil i band med andre unge. Vi har instrumenter og øvelokale.', 'Play in a band with other young people. We have instruments and a rehearsal room.', ['musik'], ['young-people'], ['albertslund-centrum'], ['musikcafeen'], 200, ['da', 'en'], false, ['come-along', 'co-organise'], [13, 19]],
  ['vestskovens-naturvejledere', 'Vestskovens Naturvejledere', 'Ture i skoven, fuglekig og bål for hele familien.', 'Walks in the forest, birdwatching and campfires for the whole family.', ['natur', 'boern'], ['families', 'children', 'seniors'], ['herstedvester'], ['vestskoven'], null, ['da', 'en'], true, ['come-along', 'help-out']],
  ['albertslund-loebeklub', 'Albertslund Løbeklub', 'Fælles løb fra Badesøen tre gange om ugen, fra 5 km til maraton.', 'Group runs from Badesøen three times a week, from 5 km to marathon.', ['sport', 'natur'], ['adults', 'seniors'], ['albertslund-nord'], ['badesoeen'], 250, ['da', 'en'], false, ['come-along', 'help-out'], [16, null]],
  ['cykelholdet', 'Cykelholdet', 'Vi cykler sammen på byens supercykelstier hver søndag.', 'We cycle together on the town’s cycle superhighways every Sunday.', ['sport', 'natur'], ['adults', 'seniors'], ['albertslund-syd'], [], 100, ['da'], false, ['come-along']],
  ['aeldre-sagen-albertslund', 'Ældre Sagen Albertslund', 'Motion, foredrag, IT-hjælp og besøgsvenner for seniorer.', 'Exercise, talks, IT help and visiting friends for seniors.', ['socialt-samvaer', 'ensomhed', 'sundhed-og-trivsel'], ['seniors'], ['albertslund-centrum'], ['frivilligcentret'], 250, ['da'], false, ['come-along', 'help-out'], [60, null]],
  ['besoegsvennerne', 'Besøgsvennerne', 'Frivillige besøgsvenner til ældre, der sidder meget alene.', 'Volunteer visiting friends for older people who are often alone.', ['socialt-samvaer', 'ensomhed'], ['seniors'], ['frivillige-i-albertslund'], ['frivilligcentret'], null, ['da', 'en', 'tr'], true, ['help-out'], [65, null]],
  ['faellesspisning-hedemarken', 'Fællesspisning i Hedemarken', 'Spis aftensmad med naboerne hver onsdag. 35 kr. for voksne, børn gratis.', 'Have dinner with the neighbours every Wednesday. DKK 35 for adults, children free.', ['socialt-samvaer', 'ensomhed'], ['families', 'adults', 'seniors', 'newcomers'], ['hedemarken'], ['hedemarkens-faelleshus'], null, ['da', 'en', 'ar'], true, ['come-along', 'help-out', 'co-organise']],
  ['galgebakkens-boerneklub', 'Galgebakkens Børneklub', 'Leg, værksted og udflugter for børn fra 6 til 12 år.', 'Play, crafts and trips for children aged 6 to 12.', ['boern', 'socialt-samvaer'], ['children', 'families'], ['galgebakken'], ['galgebakkens-faelleshus'], null, ['da', 'so', 'ar'], true, ['come-along', 'help-out'], [6, 12]],
  ['forbraendingens-vaerksted', 'Forbrændingens Værksted', 'Åbent værksted med keramik, tryk og reparation.', 'An open workshop for ceramics, printing and repairs.', ['kultur', 'laering'], ['young-people', 'adults', 'seniors'], ['albertslund-centrum'], ['forbraendingen'], 150, ['da', 'en'], false, ['come-along', 'co-organise'], [14, null]],
  ['filmklubben', 'Filmklubben', 'Vi ser og taler om film fra hele verden én gang om måneden.', 'We watch and talk about films from around the world once a month.', ['kultur'], ['adults', 'seniors'], ['albertslund-centrum'], ['albertslund-biograf'], 300, ['da', 'en'], false, ['come-along', 'co-organise'], [15, null]],
  ['boernefilmklubben', 'Børnefilmklubben', 'Film for børn og deres voksne søndag formiddag.', 'Films for children and their grown-ups on Sunday mornings.', ['kultur', 'boern'], ['families', 'children'], ['albertslund-centrum'], ['albertslund-biograf'], 200, ['da'], false, ['come-along'], [4, 11]],
  ['albertslund-haveforening', 'Albertslund Haveforening', 'Kolonihaver, fælleshave og frøbytte.', 'Allotments, a shared garden and seed swaps.', ['natur', 'socialt-samvaer'], ['families', 'adults', 'seniors'], ['vridsloeselille'], [], 500, ['da', 'pl'], false, ['come-along', 'help-out']],
  ['repair-cafe-albertslund', 'Repair Café Albertslund', 'Få hjælp til at reparere tøj, cykler og elektronik. Gratis.', 'Get help mending clothes, bikes and electronics. Free.', ['natur', 'laering'], ['adults', 'seniors', 'newcomers'], ['albertslund-centrum', 'frivillige-i-albertslund'], ['forbraendingen'], null, ['da', 'en'], true, ['come-along', 'help-out']],
  ['albertslund-badmintonklub', 'Albertslund Badmintonklub', 'Badminton for motionister og turneringsspillere.', 'Badminton for casual and competitive players.', ['sport'], ['children', 'young-people', 'adults'], ['albertslund-nord'], ['albertslund-idraetsanlaeg'], 800, ['da'], false, ['come-along'], [8, null]],
  ['albertslund-tennisklub', 'Albertslund Tennisklub', 'Udendørs baner om sommeren og hal om vinteren.', 'Outdoor courts in summer and indoor in winter.', ['sport'], ['children', 'adults', 'seniors'], ['albertslund-nord'], ['albertslund-idraetsanlaeg'], 1100, ['da', 'en'], false, ['come-along'], [6, null]],
  ['spejderne-albertslund', 'Spejderne i Albertslund', 'Friluftsliv, fællesskab og ansvar for børn og unge.', 'Outdoor life, community and responsibility for children and young people.', ['natur', 'boern'], ['children', 'young-people'], ['herstedvester'], ['vestskoven'], 900, ['da'], false, ['come-along', 'help-out'], [6, 18]],
  ['ungeraadet', 'Ungerådet', 'Albertslunds unge får en stemme: vi giver råd til politikerne.', 'Albertslund’s young people get a voice: we advise the politicians.', ['laering'], ['young-people'], ['albertslund-centrum'], ['forbraendingen'], null, ['da', 'en'], false, ['co-organise'], [13, 25]],
  ['kvindenetvaerket', 'Kvindenetværket', 'Mødested for kvinder med forskellig baggrund: snak, motion og ture.', 'A meeting place for women of all backgrounds: talks, exercise and trips.', ['socialt-samvaer', 'sundhed-og-trivsel'], ['adults', 'newcomers'], ['galgebakken', 'nye-i-albertslund'], ['galgebakkens-faelleshus'], null, ['da', 'ar', 'so', 'ur', 'tr'], true, ['come-along', 'co-organise'], [18, null]],
  ['mandecafeen', 'Mandecaféen', 'Kaffe, værksted og fællesskab for mænd, der savner nogen at tale med.', 'Coffee, a workshop and company for men who miss having someone to talk to.', ['socialt-samvaer', 'ensomhed'], ['adults', 'seniors'], ['hedemarken'], ['hedemarkens-faelleshus'], null, ['da'], true, ['come-along', 'help-out'], [50, null]],
  ['albertslund-kirkes-babysalmesang', 'Babysalmesang i Herstedøster Kirke', 'Sang og rytmer for babyer og deres forældre.', 'Singing and rhythm for babies and their parents.', ['tro', 'musik', 'boern'], ['families'], ['herstedoester'], [], null, ['da'], false, ['come-along'], [0, 1]],
  ['moskeens-aabne-hus', 'Det åbne hus i moskéforeningen', 'Åbent hus, te og samtale om tro og hverdag.', 'Open house, tea and conversation about faith and daily life.', ['tro', 'socialt-samvaer'], ['adults', 'newcomers'], ['albertslund-syd'], [], null, ['da', 'ar', 'ur'], false, ['come-along']],
  ['seniordans', 'Seniordans', 'Linedance og folkedans for seniorer. Ingen partner nødvendig.', 'Line dancing and folk dancing for seniors. No partner needed.', ['sport', 'sundhed-og-trivsel'], ['seniors'], ['herstedoester'], ['herstedoester-forsamlingshus'], 350, ['da'], false, ['come-along'], [60, null]],
  ['it-hjaelpen', 'IT-hjælpen', 'Frivillige hjælper med MitID, e-Boks og smartphones.', 'Volunteers help with MitID, e-Boks and smartphones.', ['laering'], ['seniors', 'newcomers'], ['albertslund-centrum'], ['albertslund-bibliotek'], null, ['da', 'en'], true, ['come-along', 'help-out']],
  ['velkomstambassadoererne', 'Velkomstambassadørerne', 'Frivillige, der byder nye borgere velkommen og viser byen frem.', 'Volunteers who welcome newcomers and show them the town.', ['socialt-samvaer'], ['newcomers', 'families', 'adults'], ['nye-hersted', 'nye-i-albertslund', 'frivillige-i-albertslund'], ['frivilligcentret'], null, ['da', 'en', 'ar', 'pl', 'uk'], true, ['come-along', 'help-out', 'co-organise']],
  ['teatergruppen-scenen', 'Teatergruppen Scenen', 'Amatørteater med to forestillinger om året.', 'Amateur theatre with two shows a year.', ['kultur'], ['young-people', 'adults'], ['albertslund-centrum'], ['forbraendingen'], 400, ['da'], false, ['come-along', 'help-out', 'co-organise'], [15, null]],
  ['strikkecafeen', 'Strikkecaféen', 'Strik, hækl og snak hver torsdag eftermiddag.', null, ['socialt-samvaer', 'kultur'], ['adults', 'seniors'], ['albertslund-syd'], ['albertslund-bibliotek'], null, ['da'], true, ['come-along']],
  ['albertslund-petanque', 'Albertslund Petanqueklub', 'Petanque ved Badesøen fra april til oktober.', null, ['sport', 'socialt-samvaer'], ['seniors', 'adults'], ['albertslund-nord'], ['badesoeen'], 150, ['da'], false, ['come-along']],
  ['familienetvaerket', 'Familienetværket', 'Legegrupper og familieudflugter for nye familier i byen.', 'Playgroups and family outings for families new to town.', ['boern', 'socialt-samvaer'], ['families', 'newcomers'], ['nye-hersted', 'hyldespjaeldet'], ['galgebakkens-faelleshus'], null, ['da', 'en'], true, ['come-along', 'co-organise'], [0, 6]],
  ['ungdomsklubben-hyldespjaeldet', 'Ungdomsklubben Hyldespjældet', 'Klub for unge med gaming, fodbold og lektiehjælp.', 'A youth club with gaming, football and homework help.', ['socialt-samvaer', 'sport'], ['young-people'], ['hyldespjaeldet'], [], null, ['da', 'ar', 'so'], true, ['come-along', 'co-organise'], [12, 18]],
  ['yoga-i-parken', 'Yoga i parken', 'Blid yoga udendørs om sommeren og i biblioteket om vinteren.', 'Gentle yoga outdoors in summer and at the library in winter.', ['sport', 'sundhed-og-trivsel'], ['adults', 'seniors'], ['albertslund-centrum'], ['albertslund-bibliotek'], 200, ['da', 'en'], false, ['come-along']],
  ['albertslund-fotoklub', 'Albertslund Fotoklub', 'Fototure, billedaftener og udstilling i Forbrændingen.', 'Photo walks, picture evenings and an exhibition at Forbrændingen.', ['kultur', 'natur'], ['adults', 'seniors'], ['albertslund-centrum'], ['forbraendingen'], 300, ['da', 'en'], false, ['come-along', 'co-organise'], [16, null]],
  ['herstedvester-landsbylaug', 'Herstedvester Landsbylaug', 'Byfest, juletræ og pleje af gadekæret.', 'Village fête, Christmas tree and care of the village pond.', ['socialt-samvaer', 'natur'], ['families', 'adults', 'seniors'], ['herstedvester'], [], 100, ['da'], false, ['help-out', 'co-organise']],
  ['vridsloeselille-beboerforening', 'Vridsløselille Beboerforening', 'Beboerforeningen arrangerer loppemarked, sommerfest og fællesarbejde.', 'The residents’ association holds flea markets, a summer party and work days.', ['socialt-samvaer'], ['families', 'adults', 'seniors', 'newcomers'], ['vridsloeselille'], [], null, ['da', 'pl'], false, ['come-along', 'help-out', 'co-organise']],
]

export const associations: AssociationSeed[] = rows.map(
  ([slug, name, da, en, categories, audiences, communities, venues, fee, languages, social, ways, age], i) => ({
    slug,
    name: text(name),
    summary: en === null ? text(da) : text(da, en),
    categories,
    audiences,
    communities,
    venues,
    fee,
    languages,
    socialOffer: social,
    ways,
    age,
    // Every third association shows a CVR number; these are made up and not registered.
    cvr: i % 3 === 0 ? String(30_000_000 + i * 7919) : undefined,
    email: `kontakt@${slug.slice(0, 30)}.example.org`,
    phone: i % 2 === 0 ? `4${String(3_600_000 + i * 1013).padStart(7, '0')}` : undefined,
    logo: i < 6 ? `logo-${i % 3}` : undefined,
  }),
)
