import type { Endpoint } from 'payload'
import { isQuarterKey } from '@velkomst/shared/quarter'

import { isStaffUser } from '../access/roles'
import { editorLocale } from '../fields/messages'
import { refuse } from '../http/answers'
import { surveyCsv } from './csv'
import { loadAnswers } from './results'

/**
 * `GET /api/survey-answers/export?quarter=2026-Q4` (staff): the answers as CSV for a spreadsheet,
 * one quarter or (without `quarter`) all, headings and answers in the admin's language.
 */
export const surveyExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return refuse(req, 403, 'cms.error.forbidden')
    const requested = req.searchParams.get('quarter') ?? ''
    const quarter = isQuarterKey(requested) ? requested : undefined
    const answers = await loadAnswers(req.payload, req.user, quarter)
    const name = `survey-${quarter ?? 'all'}.csv`
    return new Response(surveyCsv(answers, editorLocale(req)), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
