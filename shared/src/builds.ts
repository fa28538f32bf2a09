import { z } from 'zod'

/**
 * What the site builder reports about its builds (`GET /__builds`), and what the CMS shows staff.
 * The one description both sides read.
 */
export const siteBuild = z.object({
  startedAt: z.coerce.date(),
  ms: z.number(),
  ok: z.boolean(),
  /** What asked for the build (coalesced requests are all listed). */
  reasons: z.array(z.string()),
  /** The build's last lines when it failed (e.g. the contract message naming document and field). */
  error: z.string().optional(),
})
export type SiteBuild = z.infer<typeof siteBuild>

export const siteBuildsReport = z.object({ busy: z.boolean(), builds: z.array(siteBuild) })
export type SiteBuildsReport = z.infer<typeof siteBuildsReport>
