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
    const snapshot = await buildSnapshot(req.payload)
    return Response.json(snapshot, { headers: { 'Cache-Control': 'no-store' } })
  },
}
