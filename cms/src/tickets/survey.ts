import type { Payload, PayloadRequest } from 'payload'

/** What the newcomer survey says about a quarter, for the quarterly report. */
export interface SurveySummary {
  /** Answers given in the quarter (online, and entered by ambassadors). */
  answers: number
}

/**
 * The newcomer survey's answers in a quarter (`survey-answers`, issue 12), counted with the
 * reader's access (staff read them all), for the report page and its CSV.
 */
export async function surveySummary(
  payload: Payload,
  quarter: string,
  access: { req: Partial<PayloadRequest>; user: unknown },
): Promise<SurveySummary> {
  const { totalDocs } = await payload.count({
    collection: 'survey-answers',
    where: { quarter: { equals: quarter } },
    overrideAccess: false,
    user: access.user as never,
    req: access.req,
  })
  return { answers: totalDocs }
}
