import { previousQuarter, quarterOf } from '@velkomst/shared/quarter'
import type {
  SurveyActivity,
  SurveyExpectation,
  SurveyHeardFrom,
  SurveyReason,
  SurveyTickets,
} from '@velkomst/shared/newcomers'

export interface SurveySeed {
  quarter: string
  locale: 'da' | 'en'
  reasons: SurveyReason[]
  reasonsOther?: string
  heardFrom?: SurveyHeardFrom
  expectations?: SurveyExpectation
  hard?: string
  activities: SurveyActivity[]
  tickets?: SurveyTickets
  /** Entered by the demo ambassador from a conversation. */
  inPerson: boolean
  contact?: boolean
  email?: string
}

/** A small deterministic random source, so the demo's charts are the same on every machine. */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Weighted<T> = [T, number][]

const reasons: Weighted<SurveyReason> = [
  ['housing', 9],
  ['price', 6],
  ['nature', 8],
  ['family-friends', 5],
  ['transport', 5],
  ['work-study', 3],
  ['schools-childcare', 4],
  ['community', 2],
  ['other', 1],
]
const heard: Weighted<SurveyHeardFrom> = [
  ['housing-company', 6],
  ['family-friends', 5],
  ['municipality', 2],
  ['social-media', 3],
  ['welcome-letter', 2],
  ['other', 1],
]
const expectations: Weighted<SurveyExpectation> = [
  ['met', 7],
  ['partly', 5],
  ['not-met', 1],
  ['too-early', 3],
]
const activities: Weighted<SurveyActivity> = [
  ['nature-outdoors', 6],
  ['culture', 5],
  ['families-children', 5],
  ['sport', 4],
  ['food-social', 4],
  ['language', 3],
  ['volunteering', 2],
  ['seniors', 1],
]
const tickets: Weighted<SurveyTickets> = [
  ['used', 5],
  ['not-yet', 4],
  ['did-not-know', 3],
  ['not-received', 1],
]

const hardTexts = {
  da: [
    'At finde en læge, der tager nye patienter.',
    'Det tog lang tid at få plads i vuggestuen.',
    'Vi kender ikke nogen endnu. Det er svært at komme ind i fællesskaberne.',
    'Busforbindelsen om aftenen fra Hersted.',
    'At forstå affaldssorteringen.',
    'Informationen fra kommunen er næsten kun på dansk.',
  ],
  en: [
    'Finding a doctor who takes new patients.',
    "Making friends: people are kind but we don't know anyone yet.",
    'Understanding which letters from the municipality are important.',
    'Most activities are announced only in Danish.',
  ],
}
const otherReasons = {
  da: ['Vi ville have en have til børnene.', 'Tæt på min kæreste.'],
  en: ['We wanted a garden for the children.', 'Close to the lake and the forest.'],
}

/**
 * About fifty answers over the current and the previous quarter, some with written answers,
 * a few collected in person by the demo ambassador and a few with consent to be contacted
 * (example.com addresses), so the survey's charts show something real.
 */
export function surveyAnswers(today: Date): SurveySeed[] {
  const next = random(2026)
  const pick = <T>(list: Weighted<T>): T => {
    const total = list.reduce((sum, [, w]) => sum + w, 0)
    let r = next() * total
    for (const [value, w] of list) if ((r -= w) < 0) return value
    return list[0]![0]
  }
  const some = <T>(list: Weighted<T>, most: number): T[] => {
    const chosen = new Set<T>()
    const count = 1 + Math.floor(next() * most)
    while (chosen.size < count) chosen.add(pick(list))
    return [...chosen]
  }
  const current = quarterOf(today)
  const quarters: [string, number][] = [
    [previousQuarter(current), 28],
    [current, 24],
  ]
  const answers: SurveySeed[] = []
  for (const [quarter, count] of quarters) {
    for (let i = 0; i < count; i++) {
      const locale = next() < 0.3 ? 'en' : 'da'
      const answer: SurveySeed = {
        quarter,
        locale,
        reasons: some(reasons, 3),
        activities: some(activities, 3),
        inPerson: i % 8 === 3,
      }
      if (next() < 0.9) answer.heardFrom = pick(heard)
      if (next() < 0.95) answer.expectations = pick(expectations)
      if (next() < 0.85) answer.tickets = pick(tickets)
      if (next() < 0.35)
        answer.hard = hardTexts[locale][Math.floor(next() * hardTexts[locale].length)]
      if (answer.reasons.includes('other') || next() < 0.1) {
        answer.reasonsOther = otherReasons[locale][Math.floor(next() * otherReasons[locale].length)]
      }
      if (i % 10 === 4) {
        answer.contact = true
        answer.email = `nytilflytter.${quarter.toLowerCase()}.${i}@example.com`
      }
      answers.push(answer)
    }
  }
  return answers
}
