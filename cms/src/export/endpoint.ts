import type { Endpoint } from 'payload'

import { buildSnapshot } from './snapshot'

/**
 * `GET /api/site-snapshot`: the published content in the content contract, for a site build
 * that runs against the live CMS. Public on purpose: it returns only what the public may read.
 */
export const siteSnapshotEndpoint: Endpoint = {
  path: '/site-snapshot',
  method: 'get',
  handler: async (req) => {
    try {
      const snapshot = await buildSnapshot(req.payload)
      return Response.json(snapshot, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      // A content problem names the document and field; the site's build shows it to staff.
      // (Only published content is read, so the message holds nothing the public cannot see.)
      req.payload.logger.error(error)
      const message = error instanceof Error ? error.message : String(error)
      return Response.json({ errors: [{ message }] }, { status: 500 })
    }
  },
}
