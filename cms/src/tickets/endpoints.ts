import type { Endpoint, PayloadRequest } from 'payload'
import { isQuarterKey, quarterOf } from '@velkomst/shared/quarter'

import { isStaffUser } from '../access/roles'
import { editorLocale } from '../fields/messages'
import { done, refuse, routeId } from '../http/answers'
import { ticketDeskEndpoints } from './desk/endpoint'
import { renewDeskCode } from './desks'
import { quarterReport, reportCsv } from './report'

const query = (req: PayloadRequest, name: string) =>
  typeof req.searchParams?.get === 'function' ? req.searchParams.get(name) : null

/**
 * `GET /api/ticket-report?quarter=2026-Q4`: the quarterly report as CSV (staff);
 * `POST /api/ticket-desk-link/:offer`: a new desk link for an offer, the old one stops working
 * (staff); and the desk itself (`desk/endpoint.ts`).
 */
export const ticketEndpoints: Endpoint[] = [
  ...ticketDeskEndpoints,
  {
    path: '/ticket-report',
    method: 'get',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return refuse(req, 403, 'cms.error.forbidden')
      const quarter = query(req, 'quarter') ?? quarterOf(new Date())
      if (!isQuarterKey(quarter)) return refuse(req, 400, 'tickets.report.badQuarter')
      const locale = editorLocale(req)
      const report = await quarterReport(req.payload, quarter, locale, { req, user: req.user })
      return new Response(reportCsv(report, locale), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="velkomst-${quarter.toLowerCase()}-${locale}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
  {
    path: '/ticket-desk-link/:id',
    method: 'post',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return refuse(req, 403, 'cms.error.forbidden')
      const id = routeId(req)
      const offer = await req.payload
        .findByID({
          collection: 'ticket-offers',
          id,
          depth: 0,
          draft: true,
          overrideAccess: false,
          user: req.user,
          disableErrors: true,
        })
        .catch(() => null)
      if (!offer) return refuse(req, 404, 'tickets.desk.error.unknown')
      await renewDeskCode(req.payload, offer.id, req)
      return done(req, 'tickets.deskLink.rotated')
    },
  },
]
