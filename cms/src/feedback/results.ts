import type { Payload, TypedUser } from 'payload'
import { translate, type DictionaryKey, type Locale } from '@velkomst/shared/i18n'
import {
  surveyChoiceKey,
  surveyCharts,
  surveyTextFields,
  type SurveyChartField,
} from '@velkomst/shared/newcomers'

/** One survey answer as the results read it. */
export interface AnswerRow {
  id: number | string
  createdAt: string
  quarter?: string | null
  locale?: string | null
  inPerson?: boolean | null
  reasons?: string[] | null
  reasonsOther?: string | null
  heardFrom?: string | null
  expectations?: string | null
  hard?: string | null
  activities?: string[] | null
  tickets?: string | null
  contact?: boolean | null
  email?: string | null
}

export interface ChartRow {
  value: string
  label: string
  count: number
}

export interface Chart {
  field: SurveyChartField
  question: string
  /** How many answers said anything to this question (the base of the shares). */
  answered: number
  rows: ChartRow[]
}

export interface WrittenAnswers {
  field: (typeof surveyTextFields)[number]
  question: string
  items: { id: number | string; text: string; inPerson: boolean; createdAt: string }[]
}

export interface Results {
  quarter: string
  count: number
  inPerson: number
  charts: Chart[]
  texts: WrittenAnswers[]
}

const questionKey = (field: SurveyChartField | (typeof surveyTextFields)[number]): DictionaryKey =>
  `survey.form.${field}`

/** The label of a chosen answer in the reader's language. */
export function choiceLabel(field: SurveyChartField, value: string, locale: Locale): string {
  const key = surveyChoiceKey(field, value)
  return key ? translate(locale, key) : value
}

/** Counts what the answers chose, question by question, every choice listed (zeros too). */
export function tally(answers: AnswerRow[], quarter: string, locale: Locale): Results {
  const charts = surveyCharts.map((chart): Chart => {
    const counts = new Map<string, number>(chart.list.map((v) => [v, 0]))
    let answered = 0
    for (const a of answers) {
      const raw = a[chart.field]
      const chosen = Array.isArray(raw) ? raw : raw ? [raw] : []
      if (chosen.length) answered++
      for (const v of new Set(chosen)) if (counts.has(v)) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    return {
      field: chart.field,
      question: translate(locale, questionKey(chart.field)),
      answered,
      rows: chart.list.map((value) => ({
        value,
        label: choiceLabel(chart.field, value, locale),
        count: counts.get(value) ?? 0,
      })),
    }
  })
  const texts = surveyTextFields.map((field): WrittenAnswers => ({
    field,
    question: translate(locale, questionKey(field)),
    items: answers
      .filter((a) => a[field]?.trim())
      .map((a) => ({
        id: a.id,
        text: a[field]!.trim(),
        inPerson: Boolean(a.inPerson),
        createdAt: a.createdAt,
      })),
  }))
  return {
    quarter,
    count: answers.length,
    inPerson: answers.filter((a) => a.inPerson).length,
    charts,
    texts,
  }
}

/** The answers of a quarter (or all), read with the reader's access. */
export async function loadAnswers(
  payload: Payload,
  user: TypedUser | null | undefined,
  quarter?: string,
): Promise<AnswerRow[]> {
  const { docs } = await payload.find({
    collection: 'survey-answers',
    where: quarter ? { quarter: { equals: quarter } } : undefined,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    overrideAccess: false,
    user,
  })
  return docs
}

/** The quarters that have answers, latest first. */
export async function answeredQuarters(
  payload: Payload,
  user: TypedUser | null | undefined,
): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'survey-answers',
    depth: 0,
    pagination: false,
    select: { quarter: true },
    overrideAccess: false,
    user,
  })
  const quarters = new Set(docs.map((d) => d.quarter).filter((q): q is string => Boolean(q)))
  return [...quarters].sort().reverse()
}
