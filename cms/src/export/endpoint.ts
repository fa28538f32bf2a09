import type { Endpoint, PayloadRequest } from 'payload'

import { changeLog } from './changes'
import { buildChanges, buildSnapshot } from './snapshot'

/**
 * The whole published content, built once per content version and kept: anonymous requests
 * between two changes cost nothing but sending it.
 */
let cached: { version: string; body: Promise<string> } | null = null

function wholeContent(req: PayloadRequest): { version: string; body: Promise<string> } {
  const version = changeLog.version
  if (cached?.version !== version) {
    const body = buildSnapshot(req.payload).then((s) => JSON.stringify(s))
    cached = { version, body }
    // A failed build is not kept: the next request tries again (and reports the problem).
    body.catch(() => {
      if (cached?.body === body) cached = null
    })
  }
  return cached
}

const headers = (version: string) => ({
  'Cache-Control': 'no-store',
  'Content-Type': 'application/json; charset=utf-8',
  ETag: `"${version}"`,
  'X-Content-Version': version,
})

/**
 * `GET /api/site-snapshot`: the published content in the content contract, for site builds
 * (public on purpose: it returns only what the public may read). With `?since=<version>` (the
 * `X-Content-Version` of an earlier answer) it answers with what changed since then:
 * `{ version, full: false, changes }`, or `{ version, full: true, snapshot }` when the CMS
 * cannot say (restarted, too long ago, or someone asked to rebuild everything).
 */
export const siteSnapshotEndpoint: Endpoint = {
  path: '/site-snapshot',
  method: 'get',
  handler: async (req) => {
    try {
      const since = typeof req.query.since === 'string' ? req.query.since : null
      if (since === null) {
        const { version, body } = wholeContent(req)
        if (req.headers.get('if-none-match') === `"${version}"`) {
          return new Response(null, { status: 304, headers: headers(version) })
        }
        return new Response(await body, { headers: headers(version) })
      }
      const version = changeLog.version
      const changes = changeLog.since(since)
      if (changes === null) {
        const whole = wholeContent(req)
        return new Response(
          `{"version":${JSON.stringify(whole.version)},"full":true,"snapshot":${await whole.body}}`,
          { headers: headers(whole.version) },
        )
      }
      const delta = await buildChanges(req.payload, changes)
      return Response.json({ version, full: false, changes: delta }, { headers: headers(version) })
    } catch (error) {
      // A content problem names the document and field; the site's build shows it to staff.
      // (Only published content is read, so the message holds nothing the public cannot see.)
      req.payload.logger.error(error)
      const message = error instanceof Error ? error.message : String(error)
      return Response.json({ errors: [{ message }] }, { status: 500 })
    }
  },
}
