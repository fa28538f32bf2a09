import type { Endpoint, SanitizedConfig } from 'payload'

import { refuse } from '../http/answers'

/**
 * `DELETE /api/payload-preferences/:key` for a key the user has no preference under answered
 * 500: the SQLite adapter's deleteOne falls back to a query naming a join it did not make. A
 * preference that is not there is a 404, asked for first.
 */
export function preferenceDeleteAnswers404(config: SanitizedConfig): void {
  const preferences = config.collections.find((c) => c.slug === 'payload-preferences')
  const endpoints = preferences?.endpoints
  if (!endpoints) return
  const index = endpoints.findIndex((e) => e.method === 'delete' && e.path === '/:key')
  const original = endpoints[index]
  if (!original) return
  const checked: Endpoint = {
    ...original,
    handler: async (req) => {
      const key = req.routeParams?.key
      if (req.user && typeof key === 'string') {
        const { totalDocs } = await req.payload.count({
          collection: 'payload-preferences',
          where: {
            and: [
              { key: { equals: key } },
              { 'user.value': { equals: req.user.id } },
              { 'user.relationTo': { equals: req.user.collection } },
            ],
          },
          overrideAccess: true,
          req,
        })
        if (totalDocs === 0) return refuse(req, 404, 'cms.request.notFound')
      }
      return original.handler(req)
    },
  }
  endpoints[index] = checked
}
