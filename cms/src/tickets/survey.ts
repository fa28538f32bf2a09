import type { Payload, PayloadRequest } from 'payload'

/** What the newcomer survey says about a quarter, for the quarterly report. */
export type SurveySummary = { collected: false } | { collected: true; answers: number }

/**
 * THE SEAM for the newcomer survey (issue 12, "What newcomers tell us"). Until survey answers
 * are stored, every quarter reads "not yet collected" on the report page and in its CSV. When
 * they are, return `{ collected: true, answers }`, counted for `quarter` (e.g. a count of the
 * survey collection where its quarter equals this one, with the user's access); the report
 * page, the CSV and their tests already show the number.
 */
export async function surveySummary(
  _payload: Payload,
  _quarter: string,
  _req?: Partial<PayloadRequest>,
): Promise<SurveySummary> {
  return { collected: false }
}
