import { dayAfter, text, type Text } from './helpers'

export interface StorySeed {
  slug: string
  title: Text
  summary: Text
  /** Paragraphs (`## ` starts a heading), per language. */
  body: { da: string[]; en?: string[] }
  /** Days before `today` the story is dated. */
  daysAgo: number
  associations: string[]
  events?: string[]
  communities?: string[]
  image?: string
}

/**
 * Good stories from Albertslund ("de gode historier om Albertslund skal deles"). Illustrative:
 * the people and numbers are made up for the demonstration.
 */
export const stories: StorySeed[] = [
  {
    slug: 'fra-sprogcafe-til-venskab',
    title: text('Fra sprogcafé til venskab', 'From language café to friendship'),
    summary: text(
      'Amal kom til Sprogcaféen for at øve dansk. Et år efter kommer hun for at mødes med veninderne.',
      'Amal came to the language café to practise Danish. A year later she comes to meet her friends.',
    ),
    body: {
      da: [
        'Da Amal flyttede til Albertslund, kendte hun ingen. En nabo fortalte hende om Sprogcaféen på biblioteket, hvor frivillige hver tirsdag drikker kaffe og taler dansk med dem, der vil øve sig.',
        '## Mere end grammatik',
        '"Jeg kom for at lære ordene. Jeg blev, fordi folk spurgte, hvordan jeg havde det," siger Amal. I dag er hun selv med til at byde nye velkommen og hjælper med at sætte kaffe over.',
        'Sprogcaféen er gratis og kræver ingen tilmelding. Alle er velkomne, også hvis man kun kan sige "hej".',
      ],
      en: [
        'When Amal moved to Albertslund, she knew nobody. A neighbour told her about the language café at the library, where volunteers drink coffee every Tuesday and speak Danish with anyone who wants to practise.',
        '## More than grammar',
        '"I came to learn the words. I stayed because people asked how I was," says Amal. Today she welcomes newcomers herself and helps put the coffee on.',
        'The language café is free and needs no sign-up. Everyone is welcome, even if all you can say is "hej".',
      ],
    },
    daysAgo: 4,
    associations: ['sprogcafeen'],
    events: ['sprogcafe-tirsdag'],
    communities: ['nye-i-albertslund'],
    image: 'library',
  },
  {
    slug: 'koret-der-sang-for-hele-byen',
    title: text('Koret, der sang for hele byen', 'The choir that sang for the whole town'),
    summary: text(
      'Vestegnens Kor inviterede naboerne til fællessang i Albertslund Centrum, og 200 sang med.',
      'Vestegnens Kor invited the neighbours to a sing-along in the town centre, and 200 joined in.',
    ),
    body: {
      da: [
        'En lørdag i efteråret stillede Vestegnens Kor sig op foran biblioteket og delte sanghæfter ud. Planen var en halv time. Det blev to.',
        'Korlederen fortæller, at de ville vise, at man ikke behøver at kunne synge for at synge med. Flere af dem, der stod på pladsen, er siden kommet til korets prøver om torsdagen.',
      ],
      en: [
        'One Saturday in the autumn, Vestegnens Kor lined up in front of the library and handed out song sheets. The plan was half an hour. It became two.',
        'The choir leader says they wanted to show that you do not need to be able to sing to sing along. Several of the people in the square have since come to the choir’s Thursday rehearsals.',
      ],
    },
    daysAgo: 12,
    associations: ['vestegnens-kor'],
    communities: ['albertslund-centrum'],
    image: 'music',
  },
  {
    slug: 'skakaften-samler-tre-generationer',
    title: text(
      'Skakaften samler tre generationer',
      'Chess night brings three generations together',
    ),
    summary: text(
      'Hver tirsdag sidder en pensionist på 81 og en skoleelev på 9 over for hinanden i Albertslund Skakklub.',
      'Every Tuesday, a pensioner of 81 and a schoolgirl of 9 face each other at Albertslund Skakklub.',
    ),
    body: {
      da: [
        'Bent har spillet skak i 60 år. Freja lærte reglerne i sommerferien. Hver tirsdag mødes de på biblioteket, og Bent har endnu ikke vundet over hende tre gange i træk.',
        'Skakklubben låner brikker og ure ud, så man kan bare møde op. Begyndere får en makker de første aftener.',
      ],
    },
    daysAgo: 26,
    associations: ['albertslund-skakklub'],
    events: ['skakaften'],
  },
  {
    slug: 'fodboldskolen-fik-40-nye-spillere',
    title: text('Fodboldskolen fik 40 nye spillere', 'Football school welcomed 40 new players'),
    summary: text(
      'Albertslund IF’s gratis prøvetræninger for nye familier blev så populære, at klubben har oprettet to nye hold.',
      'Albertslund IF’s free trial sessions for new families became so popular that the club has started two new teams.',
    ),
    body: {
      da: [
        'Da klubben sidste forår tilbød tre gratis træninger til børn fra nytilflyttede familier, håbede de på ti. Der kom 40.',
        'Frivillige forældre har meldt sig som trænere, og klubben søger flere, der vil hjælpe til om lørdagen.',
      ],
      en: [
        'When the club offered three free training sessions last spring to children from families new in town, they hoped for ten. Forty came.',
        'Volunteer parents have signed up as coaches, and the club is looking for more people to help out on Saturdays.',
      ],
    },
    daysAgo: 45,
    associations: ['albertslund-if'],
    communities: ['albertslund-nord'],
    image: 'forest',
  },
]

/** The day a story is dated, at noon (a date field keeps the day whatever the zone). */
export const storyDate = (today: Date, s: StorySeed) =>
  `${dayAfter(today, -s.daysAgo)}T12:00:00.000Z`
