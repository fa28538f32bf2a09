import type { Endpoint, PayloadRequest } from 'payload'
import { siteBuildsReport, type SiteBuildsReport } from '@velkomst/shared/builds'

import { isStaffUser } from '../access/roles'
import { cmsConfig, type CmsConfig } from '../config'
import { notifySite } from './requestSiteRebuild'
import { refuse } from '../http/answers'

/**
 * Where the builder lists its builds: SITE_BUILDS_URL, or next to SITE_REBUILD_URL when that is
 * the local builder's `/__rebuild`. A production webhook (a hosting provider's build hook) has
 * no list; the admin then says so.
 */
export function buildsUrl(config: CmsConfig = cmsConfig()): string | null {
  if (config.SITE_BUILDS_URL) return config.SITE_BUILDS_URL
  const rebuild = config.SITE_REBUILD_URL
  if (!rebuild) return null
  const url = new URL(rebuild)
  if (!url.pathname.endsWith('/__rebuild')) return null
  url.pathname = url.pathname.replace(/__rebuild$/, '__builds')
  return url.toString()
}

export type BuildsAnswer =
  | { state: 'not-configured' }
  | { state: 'webhook-only' }
  | { state: 'unavailable'; status: string }
  | ({ state: 'ok' } & SiteBuildsReport)

/** The builder's report, for the admin's website panel. Never throws. */
export async function fetchBuilds(config: CmsConfig = cmsConfig()): Promise<BuildsAnswer> {
  if (!config.SITE_REBUILD_URL) return { state: 'not-configured' }
  const url = buildsUrl(config)
  if (!url) return { state: 'webhook-only' }
  try {
    const token = config.SITE_REBUILD_TOKEN
    const res = await fetch(url, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) return { state: 'unavailable', status: String(res.status) }
    return { state: 'ok', ...siteBuildsReport.parse(await res.json()) }
  } catch (error) {
    return { state: 'unavailable', status: error instanceof Error ? error.message : String(error) }
  }
}

const staffOnly = (req: PayloadRequest) =>
  isStaffUser(req.user) ? null : refuse(req, 403, 'cms.error.forbidden')

/** `GET /api/site-builds` (staff): the last builds; `POST` asks for a rebuild now. */
export const siteBuildsEndpoints: Endpoint[] = [
  {
    path: '/site-builds',
    method: 'get',
    handler: async (req) =>
      staffOnly(req) ??
      Response.json(await fetchBuilds(), { headers: { 'Cache-Control': 'no-store' } }),
  },
  {
    path: '/site-builds',
    method: 'post',
    handler: (req) => {
      const refused = staffOnly(req)
      if (refused) return refused
      if (!cmsConfig().SITE_REBUILD_URL) return refuse(req, 409, 'cms.builds.notConfigured')
      // "Rebuild now" reads everything again: the content may have changed where no hook saw it.
      notifySite(
        req,
        `manual: ${String((req.user as { email?: string } | null)?.email)}`,
        'everything',
      )
      return Response.json({ state: 'requested' }, { status: 202 })
    },
  },
]
